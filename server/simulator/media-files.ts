import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path string rather than `new URL(…, import.meta.url)`: under jsdom (component tests) the
// global URL is jsdom's, which node:url refuses.
export const mediaDir = join(dirname(fileURLToPath(import.meta.url)), 'media');

export const mediaFiles = ['demo.mp4', 'demo.jpg', 'demo.gif', 'input-1.png', 'input-2.png'];

const sixDaysMs = 6 * 24 * 60 * 60 * 1000;

function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A URL that looks like the resellers' signed blob URLs (`st`/`se` start and expiry, about six
 * days apart). It is derived from the moment the task completed, so it stays identical across
 * polls and a playing `<video>` is never reloaded by a new URL.
 */
export function signedMediaUrl(
  origin: string,
  file: string,
  issuedAt: number,
  extra: Record<string, string> = {},
): string {
  const st = isoSeconds(issuedAt - 5 * 60 * 1000);
  const se = isoSeconds(issuedAt + sixDaysMs);
  const sig = createHash('sha256').update(`${file}|${st}|${se}`).digest('base64url').slice(0, 43);
  const query = new URLSearchParams({ st, se, sp: 'r', sv: '2018-11-09', sr: 'b', ...extra, sig });
  return `${origin}/sim/media/${file}?${query.toString()}`;
}

export function plainMediaUrl(origin: string, file: string): string {
  return `${origin}/sim/media/${file}`;
}
