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
          {/* A phone wraps long lines (URLs, prompts) rather than scroll them sideways. */}
          <pre className="max-h-[32rem] overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100 max-sm:whitespace-pre-wrap max-sm:[overflow-wrap:anywhere]">
            {text}
          </pre>
        </div>
      </details>
    </section>
  );
}
