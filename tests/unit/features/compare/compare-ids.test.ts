import { describe, expect, it } from 'vitest';
import { readCompareIds } from '../../../../src/features/compare/compare-ids';

describe('readCompareIds', () => {
  it('takes 2 to 4 task ids, in their order, forgiving spaces and empty entries', () => {
    expect(readCompareIds('sora-2:task_demo_fast,video_abc')).toEqual({
      kind: 'ok',
      ids: ['sora-2:task_demo_fast', 'video_abc'],
    });
    expect(readCompareIds(' video_a , ,video_b,cgt-20250917121233-f4sg6,job-1,')).toEqual({
      kind: 'ok',
      ids: ['video_a', 'video_b', 'cgt-20250917121233-f4sg6', 'job-1'],
    });
  });

  it('counts the same id once, and refuses fewer than 2 or more than 4 tasks', () => {
    expect(readCompareIds(null)).toEqual({ kind: 'count', count: 0 });
    expect(readCompareIds('')).toEqual({ kind: 'count', count: 0 });
    expect(readCompareIds('video_a')).toEqual({ kind: 'count', count: 1 });
    expect(readCompareIds('video_a,video_a')).toEqual({ kind: 'count', count: 1 });
    expect(readCompareIds('video_a,video_b,video_c,video_d,video_e')).toEqual({
      kind: 'count',
      count: 5,
    });
  });

  it('refuses the whole list for one entry that is not a task id, and repeats little of it', () => {
    expect(readCompareIds('video_a,javascript:alert(1)')).toEqual({
      kind: 'junk',
      junk: ['javascript:alert(1)'],
      more: 0,
    });
    const long = 'x'.repeat(5000);
    const reading = readCompareIds([long, 'a', 'b', 'c', 'd', 'e', 'f', 'video_ok'].join(','));
    expect(reading).toEqual({
      kind: 'junk',
      junk: [`${'x'.repeat(60)}…`, 'a', 'b', 'c', 'd'],
      more: 2,
    });
  });
});
