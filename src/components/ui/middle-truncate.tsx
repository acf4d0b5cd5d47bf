/** How many characters at the end always show: where similar ids (a run of one model) differ. */
const KEPT_AT_END = 6;

/**
 * Text cut in the middle where its box is too narrow: the start shrinks behind an ellipsis and
 * the last characters always show, so `veo3.1-fast:17703…1OXZc3` and `…Wd4nQ8` stay apart.
 * CSS does the cutting: where the text fits (a desk's width) it is shown whole, with no script
 * measuring anything, and selecting or copying it gives the whole text. The two parts are two
 * boxes, so whoever renders this names the control with the whole text (`aria-label`).
 */
export function MiddleTruncate({ text }: { text: string }) {
  if (text.length <= KEPT_AT_END * 2) return <span className="truncate">{text}</span>;
  return (
    <span className="flex min-w-0">
      <span className="truncate">{text.slice(0, -KEPT_AT_END)}</span>
      <span className="shrink-0 whitespace-pre">{text.slice(-KEPT_AT_END)}</span>
    </span>
  );
}
