// The tab's own signs, for a person looking at the tab strip: the title starts with "⚠" when a
// task failed since the tab was last looked at and with the count of tasks under way, and the
// icon carries the same as a badge.
import { setTitleBadge } from '../../components/ui/page-heading';
import { t } from '../../lib/i18n';

const ICON = '/favicon.svg';

/** "⚠ (3) ": a failure not seen yet first (what needs the person), then how many are under way. */
export function titleBadge(running: number, failedUnseen: boolean): string {
  const parts = [failedUnseen ? '⚠' : '', running ? t('({count})', { count: running }) : ''];
  const text = parts.filter(Boolean).join(' ');
  return text ? `${text} ` : '';
}

/** public/favicon.svg with a badge: the count under way (9+ past nine) or "!"; red for a failure. */
export function badgedIcon(plainSvg: string, running: number, failedUnseen: boolean): string {
  const text = running > 9 ? '9+' : running > 0 ? String(running) : '!';
  // In the lower right, as large as fits: at 16 px the digit must still read.
  const badge =
    `<circle cx="21" cy="21" r="10.25" fill="${failedUnseen ? '#dc2626' : '#f59e0b'}" stroke="#fff" stroke-width="1.5"/>` +
    `<text x="21" y="26.25" text-anchor="middle" font-family="Arial,sans-serif" font-weight="700" ` +
    `font-size="${text.length > 1 ? 11 : 15}" fill="${failedUnseen ? '#fff' : '#111827'}">${text}</text>`;
  return plainSvg.replace(/<\/svg>\s*$/, `${badge}</svg>`);
}

let plainIcon: Promise<string | undefined> | undefined;
/** Counts the calls, so an icon drawn late never replaces a newer one. */
let shown = 0;

/** The icon with its badge, or the plain one when nothing runs and no failure is unseen. */
async function showIcon(running: number, failedUnseen: boolean): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  const turn = (shown += 1);
  if (!link) return;
  if (!running && !failedUnseen) {
    link.href = ICON;
    return;
  }
  plainIcon ??= fetch(ICON).then(
    (response) => (response.ok ? response.text() : undefined),
    () => undefined,
  );
  const svg = await plainIcon;
  // The CSP allows data: images (server/security-headers.ts), the icon among them.
  if (svg && turn === shown)
    link.href = `data:image/svg+xml,${encodeURIComponent(badgedIcon(svg, running, failedUnseen))}`;
}

/** Shows both signs; the title's only while the tab is hidden (see TabAttention). */
export function showTabBadge(running: number, failedUnseen: boolean, hidden: boolean): void {
  setTitleBadge(hidden ? titleBadge(running, failedUnseen) : '');
  void showIcon(running, failedUnseen);
}
