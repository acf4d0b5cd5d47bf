import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeEta,
  describeTimeLeftShort,
  estimateTaskTimeLeft,
  estimateTimeLeft,
  formatEta,
} from '../../../src/domain/task-eta';
import type { Snapshot } from '../../../src/domain/task-history';
import type { FinishedDuration } from '../../../src/domain/typical-duration';
import type { TaskStatus } from '../../../src/domain/readers/read-status';

function snap(at: number, status: TaskStatus, progress?: number, queuePosition?: number): Snapshot {
  return {
    at,
    status,
    statusText: status,
    progress,
    queuePosition,
    raw: { at, progress, queuePosition },
  };
}

/** A task running at `percentPerSecond`, polled every `everyMs` for `count` polls. */
function steady(
  percentPerSecond: number,
  everyMs: number,
  count: number,
  noise = () => 0,
): Snapshot[] {
  return Array.from({ length: count }, (_, i) =>
    snap(i * everyMs, 'running', Math.min(100, (i * everyMs * percentPerSecond) / 1000 + noise())),
  );
}

describe('estimateTimeLeft while running', () => {
  it('says unknown until there are enough updates over enough time', () => {
    const eta = estimateTimeLeft(steady(1, 2_000, 3), 4_000);
    expect(eta).toEqual({ known: false, reason: expect.stringContaining('more updates') });
  });

  it('gives a range around the true time left for a steady task', () => {
    // 1 % per second, at 30 % after 30 s: 70 s left.
    const history = steady(1, 5_000, 7);
    const eta = estimateTimeLeft(history, 30_000);
    expect(eta?.known).toBe(true);
    if (!eta?.known) return;
    expect(eta.until).toBe('done');
    expect(eta.lowMs).toBeLessThanOrEqual(70_000);
    expect(eta.highMs).toBeGreaterThanOrEqual(70_000);
    expect(eta.highMs - eta.lowMs).toBeLessThan(30_000);
  });

  it('does not jump when one reading leaps ahead', () => {
    const history = steady(0.5, 5_000, 20);
    const before = estimateTimeLeft(history, 95_000);
    const leapt = [...history, snap(100_000, 'running', 80)];
    const after = estimateTimeLeft(leapt, 100_000);
    if (!before?.known || !after?.known) throw new Error('expected estimates');
    // Unsmoothed, the leap alone would cut the time left from ~105 s to a few seconds.
    expect(after.highMs).toBeGreaterThan(before.highMs * 0.5);
  });

  it('ignores a reading that went backwards', () => {
    // 1 % per second: at 40 s the task is at 40 %, 60 s left. One reading falls to 10 %, either
    // the newest or one in the middle that the task then recovers from. Read as a real fall, it
    // would more than double the time left (to 140–200 s); ignored, the range still holds 60 s.
    const lastFell = [...steady(1, 5_000, 8), snap(40_000, 'running', 10)];
    const fellThenRecovered = steady(1, 5_000, 9).map((reading) =>
      reading.at === 25_000 ? snap(25_000, 'running', 2) : reading,
    );
    for (const history of [lastFell, fellThenRecovered]) {
      const eta = estimateTimeLeft(history, 40_000);
      if (!eta?.known) throw new Error('expected an estimate');
      expect(eta.lowMs).toBeLessThanOrEqual(60_000);
      expect(eta.highMs).toBeGreaterThanOrEqual(60_000);
    }
  });

  it('says unknown when the provider sends no progress', () => {
    const history = [snap(0, 'running'), snap(5_000, 'running'), snap(10_000, 'running')];
    expect(estimateTimeLeft(history, 10_000)).toEqual({
      known: false,
      reason: expect.stringContaining('no progress'),
    });
  });

  it('says unknown when progress has not moved for over 5 minutes', () => {
    const history = [...steady(1, 5_000, 6), snap(400_000, 'running', 25)];
    expect(estimateTimeLeft(history, 400_000)).toEqual({
      known: false,
      reason: expect.stringContaining('not moved'),
    });
  });
});

describe('estimateTimeLeft while queued', () => {
  it('estimates when the task leaves the queue from the drain rate', () => {
    // Position 5 → 3 in 20 s: 10 s per position, 30 s left.
    const history = [
      snap(0, 'queued', 0, 5),
      snap(10_000, 'queued', 0, 4),
      snap(20_000, 'queued', 0, 3),
    ];
    const eta = estimateTimeLeft(history, 20_000);
    if (!eta?.known) throw new Error('expected an estimate');
    expect(eta.until).toBe('leaves-queue');
    expect(eta.lowMs).toBeLessThanOrEqual(30_000);
    expect(eta.highMs).toBeGreaterThanOrEqual(30_000);
  });

  it('says unknown while the queue has not moved', () => {
    const history = [
      snap(0, 'queued', 0, 5),
      snap(10_000, 'queued', 0, 5),
      snap(20_000, 'queued', 0, 5),
    ];
    expect(estimateTimeLeft(history, 20_000)?.known).toBe(false);
  });
});

it('has nothing to estimate for a finished task', () => {
  expect(estimateTimeLeft([snap(0, 'running', 50), snap(1, 'succeeded', 100)], 2)).toBeUndefined();
});

describe('formatEta', () => {
  it.each([
    [0, 2_000, 'any moment now'],
    [41_000, 58_000, '40–60 s'],
    [240_000, 330_000, '4–6 min'],
    [180_000, 180_000, 'about 3 min'],
  ])('%i–%i ms reads “%s”', (low, high, text) => {
    expect(formatEta(low, high)).toBe(text);
  });
});

describe('describeEta', () => {
  it.each([
    ['done', 240_000, 330_000, '4–6 min left'],
    ['done', 0, 1_000, 'done any moment now'],
    ['leaves-queue', 21_000, 28_000, 'leaves the queue in 20–30 s'],
    ['leaves-queue', 0, 2_000, 'leaves the queue any moment now'],
  ] as const)('%s in %i–%i ms reads “%s”', (until, lowMs, highMs, text) => {
    expect(describeEta({ known: true, until, lowMs, highMs })).toBe(text);
  });
});

describe('estimateTaskTimeLeft', () => {
  const MIN = 60_000;
  const finished = (...minutes: number[]): FinishedDuration[] =>
    minutes.map((m, i) => ({
      id: `veo3.1-fast:${i}`,
      ms: m * MIN,
      basis: 'provider',
      finishedAt: i,
    }));
  const noProgress = { progress: undefined, model: 'veo3.1-fast', createdAt: 0 };
  const running = [snap(10_000, 'running'), snap(40_000, 'running')];

  it('keeps the progress-based estimate for a task that reports progress', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1_000, max: 30_000 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 10 }),
        (progress, everyMs, minutes) => {
          const history = progress.map((value, i) => snap(i * everyMs, 'running', value));
          const now = progress.length * everyMs;
          const task = { progress: Math.max(...progress), model: 'veo3.1-fast', createdAt: 0 };
          expect(estimateTaskTimeLeft(task, history, finished(...minutes), now)).toEqual(
            estimateTimeLeft(history, now),
          );
        },
      ),
    );
  });

  it('compares a task without progress with its model’s finished tasks', () => {
    const eta = estimateTaskTimeLeft(noProgress, running, finished(2, 3, 4), MIN);
    if (!eta?.known || eta.until !== 'typical') throw new Error('expected a typical estimate');
    expect(eta).toMatchObject({ elapsedMs: MIN, lowMs: MIN, highMs: 3 * MIN });
    expect(describeTimeLeftShort(eta)).toBe('usually 2–4 min · 1–3 min left');
  });

  it('uses the model’s past while queued too, when the queue says nothing', () => {
    const queued = [snap(0, 'queued'), snap(20_000, 'queued')];
    const eta = estimateTaskTimeLeft(noProgress, queued, finished(2, 3, 4), 30_000);
    expect(eta).toMatchObject({ known: true, until: 'typical' });
  });

  it('is unknown, and says why, with fewer than 3 finished tasks or no model', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 2 }), (minutes) => {
        const eta = estimateTaskTimeLeft(noProgress, running, finished(...minutes), MIN);
        expect(eta).toEqual({ known: false, reason: expect.stringContaining('3 are needed') });
      }),
    );
    expect(estimateTaskTimeLeft(noProgress, running, finished(2, 3), MIN)).toEqual({
      known: false,
      reason:
        'no progress reported, and only 2 finished veo3.1-fast tasks known in this browser; 3 are needed',
    });
    const anonymous = { ...noProgress, model: undefined };
    expect(estimateTaskTimeLeft(anonymous, running, finished(2, 3, 4), MIN)).toEqual({
      known: false,
      reason: expect.stringContaining('nor which model'),
    });
  });

  it('says what it said before while the durations are still loading', () => {
    expect(estimateTaskTimeLeft(noProgress, running, undefined, MIN)).toEqual(
      estimateTimeLeft(running, MIN),
    );
  });
});
