// Times as providers write them: epoch seconds or milliseconds (as numbers or numeric text), ISO
// strings, and zone-less `YYYY-MM-DD HH:mm:ss` text. `0` and empty mean "not set".
import { asNumber } from '../../lib/json-reader';

/** A zone-less local time, as DashScope writes it: `2025-07-27 21:05:15.212`. */
const ZONELESS = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)$/;

/**
 * The providers that write zone-less times (DashScope/Wan, Chinese resellers) run on China time,
 * so such a time is read as UTC+8, not as the browser's own zone.
 */
const ZONELESS_OFFSET = '+08:00';

/** How far from 1970 a Date reaches (±100,000,000 days); `toISOString` and `Intl` throw beyond. */
const DATE_LIMIT_MS = 8.64e15;

/** The time, if a Date can hold it; a provider's `1e21` or an overflowing sum is no time at all. */
export function asDateTime(epochMs: number): number | undefined {
  return Number.isFinite(epochMs) && Math.abs(epochMs) <= DATE_LIMIT_MS ? epochMs : undefined;
}

/** Epoch milliseconds from epoch seconds, epoch milliseconds or a date string. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === 'string' && value.trim() !== '' && Number.isNaN(Number(value))) {
    const text = value.trim();
    const zoneless = ZONELESS.exec(text);
    const parsed = Date.parse(zoneless ? `${zoneless[1]}T${zoneless[2]}${ZONELESS_OFFSET}` : text);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  const number = asNumber(value);
  if (number === undefined || number <= 0) return undefined;
  // A number above 1e12 is milliseconds (1e12 s is the year 33658); anything less is seconds.
  return asDateTime(number > 1e12 ? Math.round(number) : Math.round(number * 1000));
}
