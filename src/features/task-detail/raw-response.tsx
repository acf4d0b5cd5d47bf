import { CopyButton } from '../../components/ui/copy-button';

export function RawResponse({ raw }: { raw: unknown }) {
  // A task restored from storage whose history this browser no longer has comes without one.
  const text =
    raw === undefined
      ? 'This answer was restored from storage without its body. Refresh now to see the body again.'
      : (JSON.stringify(raw, null, 2) ?? String(raw));
  return (
    <section aria-labelledby="raw-heading" className="card space-y-2">
      <details>
        <summary className="cursor-pointer">
          <h2 id="raw-heading" className="inline text-base font-semibold">
            Raw response
          </h2>
        </summary>
        <div className="mt-2 space-y-2">
          <CopyButton text={text} label="Copy JSON" />
          {/* A dark well in both themes: in the dark palette slate-50 is the darkest step. */}
          <pre className="max-h-[32rem] overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100 dark:bg-slate-50 dark:text-slate-800">
            {text}
          </pre>
        </div>
      </details>
    </section>
  );
}
