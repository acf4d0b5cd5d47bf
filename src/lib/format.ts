// Dates, times and durations in the active locale (lib/i18n.ts), always through `Intl`. One clock
// for the whole app: the locale's own (12-hour in en-US, 24-hour in en-GB, zh-CN and most of the
// world), never one of each on the same page.
import { intlCached, t } from './i18n';

const dateTime = () =>
  intlCached(
    'date-time',
    (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
  );

export function formatDateTime(epochMs: number | undefined): string {
  if (epochMs === undefined) return '—';
  return dateTime().format(epochMs);
}

/** The time of day only, on the same clock as `formatDateTime`. */
export function formatClockTime(epochMs: number): string {
  return intlCached(
    'clock',
    (locale) => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }),
  ).format(epochMs);
}

type Unit = 'second' | 'minute' | 'hour' | 'day';

const relative = (style: 'short' | 'long') =>
  intlCached(
    `relative-${style}`,
    (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style }),
  );

/** "just now", "12 sec. ago", "3 min. ago", "2 hr. ago", then the date. */
export function formatTimeAgo(epochMs: number | undefined, now = Date.now()): string {
  if (epochMs === undefined) return '—';
  const seconds = Math.round((now - epochMs) / 1000);
  if (seconds < 5) return t('just now');
  if (seconds >= 86_400) return formatDateTime(epochMs);
  const [value, unit]: [number, Unit] =
    seconds < 60
      ? [seconds, 'second']
      : seconds < 3600
        ? [Math.floor(seconds / 60), 'minute']
        : [Math.floor(seconds / 3600), 'hour'];
  return relative('short').format(-value, unit);
}

const unitFormat = (unit: 'second' | 'minute') =>
  intlCached(
    `unit-${unit}`,
    (locale) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }),
  );

/** "45 sec", "3 min 5 sec", "3 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return unitFormat('second').format(Math.round(seconds));
  const minutes = unitFormat('minute').format(Math.floor(seconds / 60));
  const rest = Math.round(seconds % 60);
  return rest ? `${minutes} ${unitFormat('second').format(rest)}` : minutes;
}

/** "in 5 days", "in 3 hours", "2 minutes ago": the distance to a moment, either way. */
export function formatRelative(epochMs: number, now = Date.now()): string {
  const seconds = (epochMs - now) / 1000;
  const abs = Math.abs(seconds);
  const format = relative('long');
  if (abs < 60) return format.format(Math.round(seconds), 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}
