// One clock for the whole app: the locale's own (12-hour in en-US, 24-hour in zh-CN and most of
// the world), never one of each on the same page.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function formatDateTime(epochMs: number | undefined): string {
  if (epochMs === undefined) return '—';
  return dateTime.format(epochMs);
}

/** The time of day only, on the same clock as `formatDateTime`. */
export function formatClockTime(epochMs: number): string {
  return clock.format(epochMs);
}

/** "just now", "12 s ago", "3 min ago", "2 h ago", then the date. */
export function formatTimeAgo(epochMs: number | undefined, now = Date.now()): string {
  if (epochMs === undefined) return '—';
  const seconds = Math.round((now - epochMs) / 1000);
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return formatDateTime(epochMs);
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "in 5 days", "in 3 hours", "2 minutes ago": the distance to a moment, either way. */
export function formatRelative(epochMs: number, now = Date.now()): string {
  const seconds = (epochMs - now) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 60) return relative.format(Math.round(seconds), 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  return relative.format(Math.round(seconds / 86_400), 'day');
}
