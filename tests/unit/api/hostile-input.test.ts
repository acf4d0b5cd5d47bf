// Hostile input, as properties: what a paste, a header or a provider's text may hold. Each
// reader must never throw, and what it returns must stay within its contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRetryAfter } from '../../../src/api/http-client';
import { expandTemplate } from '../../../src/domain/query-endpoints';
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

describe('time parsing', () => {
  it('gives a finite time or nothing, for any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.double()), (value) => {
        const time = parseTime(value);
        expect(time === undefined || Number.isFinite(time)).toBe(true);
      }),
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
