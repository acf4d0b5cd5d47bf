import { CopyButton } from '../../components/ui/copy-button';
import { t } from '../../lib/i18n';

/**
 * How much of the body the page lays out. Megabytes in one <pre> freeze the tab for seconds
 * (a 5 MB answer: about 10 s to open and 6 s to close in Chromium); the history keeps no more
 * than this of a body either. Copy JSON still copies all of it.
 */
const MAX_SHOWN_CHARS = 64_000;

export function RawResponse({ raw }: { raw: unknown }) {
  // A task restored from storage whose history this browser no longer has comes without one.
  const text =
    raw === undefined
      ? t(
          'This answer was restored from storage without its body. Refresh now to see the body again.',
        )
      : (JSON.stringify(raw, null, 2) ?? String(raw));
  const shortened = text.length > MAX_SHOWN_CHARS;
  return (
    <section aria-labelledby="raw-heading" className="card space-y-2">
      <details>
        <summary className="cursor-pointer">
          <h2 id="raw-heading" className="inline text-base font-semibold">
            {t('Raw response')}
          </h2>
        </summary>
        <div className="mt-2 space-y-2">
          <CopyButton text={text} label={t('Copy JSON')} />
          {shortened ? (
            <p className="text-sm text-slate-600">
              {t(
                'The body is {length} characters long: the first {shown} are shown here. Copy JSON copies all of it.',
                { length: text.length, shown: MAX_SHOWN_CHARS },
              )}
            </p>
          ) : null}
          {/* A dark well in both themes: in the dark palette slate-50 is the darkest step. A phone
              wraps long lines (URLs, prompts) rather than scroll them sideways. */}
          <pre className="max-h-[32rem] overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100 max-sm:whitespace-pre-wrap max-sm:[overflow-wrap:anywhere] dark:bg-slate-50 dark:text-slate-800">
            {shortened ? text.slice(0, MAX_SHOWN_CHARS) : text}
          </pre>
        </div>
      </details>
    </section>
  );
}
