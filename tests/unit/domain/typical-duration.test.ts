import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../src/domain/task-history';
import type { TaskStatus } from '../../../src/domain/readers/read-status';
import {
  describeBases,
  describeElapsed,
  describeTypical,
  describeTypicalLeft,
  describeTypicalShort,
  finishedDuration,
  formatClock,
  formatSpan,
  MAX_DURATIONS_PER_MODEL,
  MIN_FINISHED,
  mergeDurations,
  parseDurations,
  timeLeftFromTypical,
  typicalDuration,
  type FinishedDuration,
  type KnownTypical,
} from '../../../src/domain/typical-duration';

const MIN = 60_000;

function snap(at: number, status: TaskStatus): Snapshot {
  return { at, status, statusText: status, progress: undefined, queuePosition: undefined, raw: {} };
}

function done(
  id: string,
  ms: number,
  finishedAt = ms,
  basis: FinishedDuration['basis'] = 'provider',
): FinishedDuration {
  return { id, ms, basis, finishedAt };
}

function known(durations: readonly FinishedDuration[], model = 'veo3.1-fast'): KnownTypical {
  const typical = typicalDuration(model, durations);
  if (!typical.known) throw new Error(typical.reason);
  return typical;
}

const task = (fields: { createdAt?: number; completedAt?: number; status?: TaskStatus }) => ({
  id: 'veo3.1-fast:1',
  status: fields.status ?? 'succeeded',
  createdAt: fields.createdAt,
  completedAt: fields.completedAt,
});

describe('finishedDuration', () => {
  it('takes the provider’s created and completed times where the body has both', () => {
    expect(finishedDuration(task({ createdAt: 1_000, completedAt: 181_000 }), [])).toEqual({
      id: 'veo3.1-fast:1',
      ms: 180_000,
      basis: 'provider',
      finishedAt: 181_000,
    });
  });

  it('else times it from first seen unfinished to first seen succeeded', () => {
    const history = [
      snap(10_000, 'queued'),
      snap(40_000, 'running'),
      snap(130_000, 'succeeded'),
      snap(200_000, 'succeeded'),
    ];
    expect(finishedDuration(task({ createdAt: 5_000 }), history)).toEqual({
      id: 'veo3.1-fast:1',
      ms: 120_000,
      basis: 'seen',
      finishedAt: 130_000,
    });
  });

  it('does not time a task first seen finished, or one that did not succeed', () => {
    expect(finishedDuration(task({}), [snap(0, 'succeeded')])).toBeUndefined();
    const failed = task({ status: 'failed', createdAt: 0, completedAt: 60_000 });
    expect(finishedDuration(failed, [snap(0, 'running'), snap(60_000, 'failed')])).toBeUndefined();
  });

  it('falls back to the history when the provider’s times make no sense', () => {
    const history = [snap(0, 'running'), snap(90_000, 'succeeded')];
    const backwards = task({ createdAt: 500_000, completedAt: 100_000 });
    expect(finishedDuration(backwards, history)).toMatchObject({ ms: 90_000, basis: 'seen' });
  });

  it('does not count a finish nobody was watching (a tab hidden for an hour)', () => {
    const history = [snap(0, 'running'), snap(60_000, 'running'), snap(3_660_000, 'succeeded')];
    expect(finishedDuration(task({}), history)).toBeUndefined();
  });
});

describe('mergeDurations and parseDurations', () => {
  it('counts a task once, keeps the newest, and bounds the record', () => {
    const many = Array.from({ length: MAX_DURATIONS_PER_MODEL + 5 }, (_, i) =>
      done(`t${i}`, MIN, i),
    );
    const merged = mergeDurations(many, [done('t54', 2 * MIN, 54)]);
    expect(merged).toHaveLength(MAX_DURATIONS_PER_MODEL);
    expect(merged[0]?.id).toBe('t5');
    expect(merged.filter((entry) => entry.id === 't54')).toEqual([done('t54', 2 * MIN, 54)]);
  });

  it('keeps only well-formed entries from storage, and never throws', () => {
    const stored: unknown = [
      done('a', MIN, 1),
      { id: 'b', ms: -5, basis: 'provider', finishedAt: 2 },
      { id: 'c', ms: MIN, basis: 'guessed', finishedAt: 3 },
      { id: 'd', ms: '60000', basis: 'seen', finishedAt: 4 },
      null,
      'e',
      done('f', 2 * MIN, 5, 'seen'),
    ];
    expect(parseDurations(stored)).toEqual([done('a', MIN, 1), done('f', 2 * MIN, 5, 'seen')]);
    expect(parseDurations({ durations: [] })).toEqual([]);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(Array.isArray(parseDurations(value))).toBe(true);
      }),
    );
  });
});

describe('typicalDuration', () => {
  it.each([
    [0, 'no finished veo3.1-fast tasks known in this browser yet; 3 are needed'],
    [1, 'only 1 finished veo3.1-fast task known in this browser; 3 are needed'],
    [2, 'only 2 finished veo3.1-fast tasks known in this browser; 3 are needed'],
  ])('with %i finished tasks is unknown, and says why', (count, reason) => {
    const durations = Array.from({ length: count }, (_, i) => done(`t${i}`, 2 * MIN, i));
    expect(typicalDuration('veo3.1-fast', durations)).toEqual({
      known: false,
      model: 'veo3.1-fast',
      count,
      reason,
    });
  });

  it('gives the whole range seen for a few tasks, and the middle half for more', () => {
    const few = known([done('a', 2 * MIN), done('b', 150_000), done('c', 3 * MIN)]);
    expect(few).toMatchObject({ medianMs: 150_000, lowMs: 2 * MIN, highMs: 3 * MIN });
    expect(few.spread).toBe('full-range');

    // One task that waited 20 minutes in a queue does not stretch "usually".
    const minutes = [2, 2, 2.5, 3, 3, 3, 3.5, 4, 20];
    const many = known(minutes.map((m, i) => done(`t${i}`, m * MIN, i)));
    expect(many).toMatchObject({ medianMs: 3 * MIN, lowMs: 2.5 * MIN, highMs: 3.5 * MIN });
    expect(many.spread).toBe('middle-half');
  });

  it('always has its median inside its range, and is unknown below 3 tasks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 24 * 3_600_000 }), { maxLength: 60 }),
        (values) => {
          const durations = values.map((ms, i) => done(`t${i}`, ms, i));
          const typical = typicalDuration('m', durations);
          expect(typical.known).toBe(values.length >= MIN_FINISHED);
          if (!typical.known) return;
          expect(typical.lowMs).toBeLessThanOrEqual(typical.medianMs);
          expect(typical.medianMs).toBeLessThanOrEqual(typical.highMs);
          expect(typical.lowMs).toBeGreaterThanOrEqual(Math.min(...values));
          expect(typical.highMs).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
    );
  });
});

describe('timeLeftFromTypical', () => {
  const typical = known([done('a', 2 * MIN), done('b', 3 * MIN), done('c', 4 * MIN)]);

  it('takes the elapsed time from the task’s creation', () => {
    const eta = timeLeftFromTypical(typical, { createdAt: 0, firstSeenAt: 30_000 }, 3 * MIN);
    expect(eta).toMatchObject({ elapsedMs: 3 * MIN, elapsedFrom: 'created', lowMs: 0 });
    expect(eta.highMs).toBe(MIN);
    expect(eta.overdue).toBe(false);
  });

  it('else from when it was first seen, and ignores a creation time after that', () => {
    const seen = { createdAt: undefined, firstSeenAt: MIN };
    expect(timeLeftFromTypical(typical, seen, 2 * MIN)).toMatchObject({
      elapsedMs: MIN,
      elapsedFrom: 'first-seen',
    });
    const ahead = { createdAt: 20 * MIN, firstSeenAt: MIN };
    expect(timeLeftFromTypical(typical, ahead, 2 * MIN).elapsedFrom).toBe('first-seen');
  });

  it('says the task takes longer than usual past the range, never a negative time', () => {
    const eta = timeLeftFromTypical(typical, { createdAt: 0, firstSeenAt: 0 }, 5 * MIN);
    expect(eta).toMatchObject({ overdue: true, lowMs: 0, highMs: 0 });
    expect(describeTypicalLeft(eta)).toBe('taking longer than usual');
    expect(describeTypicalShort(eta)).toBe('usually 2–4 min · taking longer');
  });

  it('never gives a negative time left, nor a range upside down', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3_600_000 }), { minLength: 3, maxLength: 50 }),
        fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (values, createdAt, firstSeenAt, now) => {
          const typical = known(values.map((ms, i) => done(`t${i}`, ms, i)));
          const eta = timeLeftFromTypical(typical, { createdAt, firstSeenAt }, now);
          expect(eta.elapsedMs).toBeGreaterThanOrEqual(0);
          expect(eta.lowMs).toBeGreaterThanOrEqual(0);
          expect(eta.highMs).toBeGreaterThanOrEqual(eta.lowMs);
          expect(eta.overdue).toBe(eta.elapsedMs > typical.highMs);
          expect(describeTypicalLeft(eta)).not.toMatch(/-/);
        },
      ),
    );
  });
});

describe('the words', () => {
  it.each([
    [120_000, 240_000, '2–4 min'],
    [40_000, 55_000, '40–55 s'],
    [45_000, 130_000, '45 s–3 min'],
    [60_000, 180_000, '1–3 min'],
    [180_000, 180_000, 'about 3 min'],
    [2_000, 8_000, 'under 10 s'],
    [2 * 3_600_000, 3.5 * 3_600_000, '2–4 h'],
  ])('%i–%i ms reads “%s”', (low, high, text) => {
    expect(formatSpan(low, high)).toBe(text);
  });

  it.each([
    [0, '0:00'],
    [190_400, '3:10'],
    [3_725_000, '1:02:05'],
  ])('%i ms on a clock reads %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('says what the estimate rests on', () => {
    const durations = [done('a', 2 * MIN), done('b', 3 * MIN), done('c', 4 * MIN, 4 * MIN, 'seen')];
    const typical = known(durations);
    expect(describeTypical(typical)).toBe('usually 2–4 min for veo3.1-fast, from 3 earlier tasks');
    expect(describeBases(typical)).toBe('2 timed by the provider, 1 by when this browser saw them');
    expect(describeBases(known(durations.slice(0, 2).concat(done('d', MIN))))).toBe(
      'timed by the provider’s created and completed times',
    );

    const eta = timeLeftFromTypical(typical, { createdAt: 0, firstSeenAt: 0 }, 190_400);
    expect(describeElapsed(eta)).toBe('3:10 elapsed · usually 2–4 min');
    expect(describeTypicalShort(eta)).toBe('usually 2–4 min · up to 50 s left');
    const later = timeLeftFromTypical(typical, { createdAt: 0, firstSeenAt: 0 }, 108_000);
    expect(describeTypicalLeft(later)).toBe('up to 3 min left'); // not "10 s–3 min"
    const early = timeLeftFromTypical(typical, { createdAt: undefined, firstSeenAt: 0 }, 30_000);
    expect(describeTypicalShort(early)).toBe('usually 2–4 min · 1–4 min left');
    expect(describeElapsed(early)).toBe('0:30 since first seen · usually 2–4 min');
  });
});
