// Hostile input, as properties: what a paste, a header or a provider's text may hold. Each
// reader must never throw, and what it returns must stay within its contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRetryAfter } from '../../../src/api/http-client';
import { expandTemplate } from '../../../src/domain/query-endpoints';
import { linkExpiry } from '../../../src/domain/readers/read-media';
import { parseTime } from '../../../src/domain/readers/read-time';
import { isTaskId, parseTaskIds } from '../../../src/domain/task-ids';

/** Characters that break naive parsers: controls, bidi marks, zero-widths, full-width commas. */
const NASTY = ['\u0000', '\u0007', '\u202e', '\u200f', '\u200b', '\ufeff', '，', '；', '\r', '\t'];
const nasty = fc.constantFrom(...NASTY);
const idLike = fc
  .tuple(
    fc.constantFrom('video_', 'task_', 'cgt-2025', 'sora-2:task_'),
    fc.stringMatching(/^[a-z0-9]{8,16}$/),
  )
  .map(([prefix, rest]) => prefix + rest);

describe('the paste parser', () => {
  it('takes 10,000 ids in one paste, each once', () => {
    const ids = Array.from({ length: 10_000 }, (_, n) => `video_${String(n).padStart(8, '0')}`);
    const { accepted, invalid, duplicates } = parseTaskIds([...ids, ids[0]].join('\n'), new Set());
    expect(accepted).toEqual(ids);
    expect(duplicates).toEqual([ids[0]]);
    expect(invalid).toEqual([]);
  });

  it('never throws and accepts only ids, whatever surrounds them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(idLike, nasty, fc.string(), fc.constant(' ')), { maxLength: 60 }),
        (pieces) => {
          const { accepted, duplicates } = parseTaskIds(pieces.join(''), new Set());
          expect(accepted.every(isTaskId)).toBe(true);
          expect(new Set(accepted).size).toBe(accepted.length);
          expect(accepted.some((id) => NASTY.some((mark) => id.includes(mark)))).toBe(false);
          expect(duplicates.every(isTaskId)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a megabyte of text without throwing', () => {
    const text = `${'lorem ipsum, '.repeat(80_000)}video_abcdef12`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(parseTaskIds(text, new Set()).accepted).toEqual(['video_abcdef12']);
  });
});

describe('Retry-After', () => {
  it('is never negative, never over a minute, for any header text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (seconds, milliseconds) => {
        const wait = readRetryAfter(
          new Headers({
            'retry-after': seconds.replace(/[^\t\x20-\x7e]/g, ''),
            'retry-after-ms': milliseconds.replace(/[^\t\x20-\x7e]/g, ''),
          }),
        );
        expect(wait === undefined || (wait >= 0 && wait <= 60_000)).toBe(true);
      }),
    );
  });
});

/**
 * The furthest from 1970 a Date can be (±100,000,000 days). The page writes every time it reads
 * through `Date` and `Intl` (`toISOString`, `formatRelative`), which throw beyond it.
 */
const DATE_LIMIT_MS = 8.64e15;

/** Nothing, or a time the page can show: finite, within a Date's range, writable as ISO text. */
function isShowableTime(time: number | undefined): boolean {
  if (time === undefined) return true;
  if (!Number.isFinite(time) || Math.abs(time) > DATE_LIMIT_MS) return false;
  new Date(time).toISOString(); // Throws, and so fails the test, if the page could not write it.
  return true;
}

/** Numbers as text, as a provider or a proxy might mangle them. */
const numberText = fc.oneof(
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.integer().map(String),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '-0',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '1e309',
    '9'.repeat(400),
    '0x10',
    '1_000',
    '٣٠٠', // Arabic-Indic digits
    '８６４００', // full-width digits
    '86400\u0000',
  ),
);

describe('time parsing', () => {
  it('gives nothing or a time a Date can hold, for any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double(), numberText), (value) => {
        expect(parseTime(value)).toSatisfy(isShowableTime);
      }),
      { numRuns: 500 },
    );
  });
});

describe('link expiry', () => {
  /** `YYYYMMDDTHHMMSSZ`, with any digits in each part: months 13-99 and days 00 included. */
  const amzDate = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([year, ...rest]) => {
      const two = rest.map((part) => String(part).padStart(2, '0'));
      return `${String(year).padStart(4, '0')}${two[0]}${two[1]}T${two[2]}${two[3]}${two[4]}Z`;
    });
  const dateText = fc.oneof(
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    fc.constantFrom(
      '+275760-09-13T00:00:00.000Z',
      '+275760-09-13T00:00:00.001Z',
      '-271821-04-20T00:00:00.000Z',
      '9999-99-99T99:99:99Z',
      '2025-02-30T00:00:00Z',
      '2025-10-12 15:00:00',
      '0000-01-01',
    ),
  );
  const value = fc.oneof(
    numberText,
    dateText,
    amzDate,
    fc.string(),
    fc.string({ unit: 'grapheme' }),
  );
  const name = fc.constantFrom(
    'se',
    'Expires',
    'expires',
    'EXPIRES',
    'X-Amz-Date',
    'X-Amz-Expires',
    'x-amz-date',
    'st',
  );
  /** A query with the expiry parameters repeated, mixed, empty or missing. */
  const query = fc
    .array(fc.tuple(name, value), { maxLength: 8 })
    .map((pairs) => pairs.map(([key, text]) => `${key}=${encodeURIComponent(text)}`).join('&'));
  const signedUrl = fc
    .tuple(fc.constantFrom('https://cdn.example.com/v.mp4', 'http://127.0.0.1/v.mp4', ''), query)
    .map(([base, search]) => `${base}?${search}`);
  /** Raw text as a provider might send it in a URL field, half-encoded or not a URL at all. */
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.tuple(name, value).map(([key, text]) => `https://x.example/v.mp4?${key}=${text}`),
    fc.constantFrom('https://', 'https://?se=', '?Expires=1', 'javascript:alert(1)?se=1'),
  );

  it('never throws, and gives nothing or a time a Date can hold, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(signedUrl, anyText), (url) => {
        expect(linkExpiry(url)).toSatisfy(isShowableTime);
      }),
      { numRuns: 2_000 },
    );
  });

  it('holds at the edges: amz dates out of range, huge and negative lifetimes, huge epochs', () => {
    const amz = (date: string, seconds: string) =>
      linkExpiry(`https://x.example/v.mp4?X-Amz-Date=${date}&X-Amz-Expires=${seconds}`);
    for (const time of [
      amz('20251317T000000Z', '60'),
      amz('20250100T000000Z', '60'),
      amz('20250101T250000Z', '60'),
      amz('20250101T000000Z', '1e308'),
      amz('20250101T000000Z', '-1e308'),
      amz('99991231T235959Z', String(Number.MAX_SAFE_INTEGER)),
      linkExpiry('https://x.example/v.mp4?Expires=999999999999999999999'),
      linkExpiry('https://x.example/v.mp4?expires=1e300'),
      linkExpiry(`https://x.example/v.mp4?se=${'9'.repeat(30)}`),
    ]) {
      expect(time).toSatisfy(isShowableTime);
    }
  });

  /** Whole seconds between 1970 and 2200, the expiries links really carry. */
  const expiry = fc.integer({ min: 1, max: Date.UTC(2200, 0, 1) / 1000 }).map((s) => s * 1000);
  const otherParams = fc.array(
    fc.tuple(
      fc.constantFrom('sig', 'sp', 'sv', 'X-Amz-Signature', 'OSSAccessKeyId', 'rscd'),
      fc.string(),
    ),
    { maxLength: 4 },
  );
  const amzText = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

  /** Each style a link is signed in, as the storage writes it, for a link that ends at `at`. */
  const signings = {
    'Azure se=': (at: number) => [['se', new Date(at).toISOString()]],
    'Azure se= without milliseconds': (at: number) => [
      ['se', new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z')],
    ],
    'OSS/CloudFront Expires=': (at: number) => [['Expires', String(at / 1000)]],
    'lower-case expires=': (at: number) => [['expires', String(at / 1000)]],
    'S3 X-Amz-Date + X-Amz-Expires': (at: number, lifetime: number) => [
      ['X-Amz-Date', amzText(at - lifetime * 1000)],
      ['X-Amz-Expires', String(lifetime)],
    ],
  } satisfies Record<string, (at: number, lifetime: number) => string[][]>;

  it.each(Object.entries(signings))('reads back the expiry of a %s link exactly', (_, sign) => {
    fc.assert(
      fc.property(
        expiry,
        fc.integer({ min: 1, max: 7 * 24 * 60 * 60 }),
        otherParams,
        fc.boolean(),
        (at, lifetime, others, expiryFirst) => {
          const signed = sign(at, lifetime);
          const pairs = expiryFirst ? [...signed, ...others] : [...others, ...signed];
          const url = new URL('https://storage.example.com/bucket/video.mp4');
          for (const [key = '', text = ''] of pairs) url.searchParams.append(key, text);
          expect(linkExpiry(url.href)).toBe(at);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Query endpoint templates', () => {
  it('put any id in as one path segment or query value, never a new path or host', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        for (const template of ['/v1/videos/{id}', '/v1/video/query?id={id}']) {
          const path = expandTemplate(template, id);
          const url = new URL(path, 'https://api.example.com');
          expect(url.host).toBe('api.example.com');
          expect(url.pathname.startsWith(template.split('{id}')[0]?.split('?')[0] ?? '')).toBe(
            true,
          );
          expect(path.slice(template.indexOf('{id}'))).not.toMatch(/[/?#]/);
        }
      }),
    );
  });
});
