import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path string rather than `new URL(…, import.meta.url)`: under jsdom (component tests) the
// global URL is jsdom's, which node:url refuses.
export const mediaDir = join(dirname(fileURLToPath(import.meta.url)), 'media');

export const mediaFiles = ['demo.mp4', 'demo.jpg', 'demo.gif', 'input-1.png', 'input-2.png'];

const sixDaysMs = 6 * 24 * 60 * 60 * 1000;
const oneDaySeconds = 24 * 60 * 60;

function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A stand-in signature: stable for the same link, and never checked. */
function fakeSignature(...parts: string[]): string {
  return createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 43);
}

function mediaUrl(origin: string, file: string, query: Record<string, string>): string {
  return `${origin}/sim/media/${file}?${new URLSearchParams(query).toString()}`;
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
  const sig = fakeSignature(file, st, se);
  return mediaUrl(origin, file, { st, se, sp: 'r', sv: '2018-11-09', sr: 'b', ...extra, sig });
}

/**
 * An S3-style presigned URL, as Volcengine Ark hands out for Seedance videos: valid for
 * `X-Amz-Expires` seconds from `X-Amz-Date` (a day).
 */
export function amzSignedMediaUrl(origin: string, file: string, issuedAt: number): string {
  const date = isoSeconds(issuedAt).replace(/[-:]/g, '');
  const day = date.slice(0, 8);
  return mediaUrl(origin, file, {
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `AKLTSIMULATOR0000000/${day}/cn-beijing/tos/aws4_request`,
    'X-Amz-Date': date,
    'X-Amz-Expires': String(oneDaySeconds),
    'X-Amz-SignedHeaders': 'host',
    'X-Amz-Signature': fakeSignature(file, date),
  });
}

/**
 * An Alibaba Cloud OSS signed URL, as DashScope (Wan) and MiniMax hand out: `Expires` is the
 * epoch second it stops working, a day after signing.
 */
export function ossSignedMediaUrl(origin: string, file: string, issuedAt: number): string {
  const expires = String(Math.floor(issuedAt / 1000) + oneDaySeconds);
  return mediaUrl(origin, file, {
    Expires: expires,
    OSSAccessKeyId: 'LTAI5tSimulator00000000',
    Signature: fakeSignature(file, expires),
  });
}

/** An unsigned link; `extra` tells apart links to the same file (a base and an upsampled cut). */
export function plainMediaUrl(
  origin: string,
  file: string,
  extra: Record<string, string> = {},
): string {
  return Object.keys(extra).length ? mediaUrl(origin, file, extra) : `${origin}/sim/media/${file}`;
}
