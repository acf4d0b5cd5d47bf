import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTaskIdForPath, isTaskId, parseTaskIds } from '../../../src/api/task-ids';

describe('task ids', () => {
  it('accepts both reseller and OpenAI ids', () => {
    expect(isTaskId('sora-2:task_01k6x15vhrff09dkkqjrzwhm60')).toBe(true);
    expect(isTaskId('sora-2-pro:task_01k81e7r1mf0qtvp3ett3mr4jm')).toBe(true);
    expect(isTaskId('video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5')).toBe(true);
    expect(isTaskId('task_01k6x15vhrff09dkkqjrzwhm60')).toBe(false);
    expect(isTaskId('https://api.quickrouter.ai/v1/videos/video_1')).toBe(false);
    expect(isTaskId('video_')).toBe(false);
  });

  it('strips quotes and brackets copied from JSON, and accepts full-width commas', () => {
    expect(parseTaskIds('["video_a", "video_b"]，video_c', new Set()).accepted).toEqual([
      'video_a',
      'video_b',
      'video_c',
    ]);
  });

  it('property: any ids joined by any separators come back once each, in order', () => {
    const id = fc.oneof(
      fc.stringMatching(/^sora-2:task_[a-z0-9]{1,12}$/),
      fc.stringMatching(/^video_[a-f0-9]{1,12}$/),
    );
    const separator = fc.constantFrom(' ', ',', '\n', ', ', ' \n ', '\t', ';');
    fc.assert(
      fc.property(fc.array(fc.tuple(id, separator), { maxLength: 30 }), (pairs) => {
        const text = pairs.map(([value, sep]) => value + sep).join('');
        const result = parseTaskIds(text, new Set());
        const unique = [...new Set(pairs.map(([value]) => value))];
        expect(result.accepted).toEqual(unique);
        expect(result.duplicates).toHaveLength(pairs.length - unique.length);
        expect(result.invalid).toEqual([]);
      }),
    );
  });

  it('keeps the colon unescaped in the path and encodes the rest', () => {
    expect(encodeTaskIdForPath('sora-2:task_abc')).toBe('sora-2:task_abc');
    expect(encodeTaskIdForPath('a b/c:d')).toBe('a%20b%2Fc:d');
  });
});
