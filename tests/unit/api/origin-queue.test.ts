import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OriginQueue } from '../../../src/api/origin-queue';
import { PRIORITY, type Priority } from '../../../src/api/task-priority';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('origin queue', () => {
  it('frees the slot of a job that fails, even synchronously', async () => {
    const queue = new OriginQueue({ concurrency: 1, perSecond: 100 });
    const failing = queue.add(() => {
      throw new Error('boom');
    });
    const next = queue.add(() => Promise.resolve('ran'));
    await expect(failing).rejects.toThrow('boom');
    await vi.advanceTimersByTimeAsync(1);
    await expect(next).resolves.toBe('ran');
    expect(queue.pending).toBe(0);
  });

  it('never starts more than the budget in any one-second window', async () => {
    const queue = new OriginQueue({ concurrency: 10, perSecond: 3 });
    const starts: number[] = [];
    const jobs = Array.from({ length: 10 }, () =>
      queue.add(async () => {
        starts.push(Date.now());
      }),
    );
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(jobs);
    expect(starts).toHaveLength(10);
    for (const start of starts) {
      expect(
        starts.filter((other) => other >= start && other < start + 1000).length,
      ).toBeLessThanOrEqual(3);
    }
  });

  it('starts the lowest level first and, within a level, the job that came first', async () => {
    const queue = new OriginQueue({ concurrency: 1, perSecond: 100 });
    const order: string[] = [];
    const job = (name: string, level?: Priority) =>
      queue.add(
        async () => {
          order.push(name);
        },
        level === undefined ? {} : { priority: () => level },
      );
    const jobs = [
      job('running'),
      job('polled a', 2),
      job('row a', 1),
      job('unmarked'),
      job('opened a', 0),
      job('polled b', 2),
      job('row b', 1),
      job('opened b', 0),
    ];
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(jobs);
    expect(order).toEqual([
      'running',
      'opened a',
      'opened b',
      'row a',
      'row b',
      'polled a',
      'unmarked',
      'polled b',
    ]);
  });

  it('reads the level when it picks, so a waiting job moves up (or down) as its task does', async () => {
    const queue = new OriginQueue({ concurrency: 1, perSecond: 1 });
    const order: string[] = [];
    const levels = new Map<string, Priority>();
    const job = (name: string) =>
      queue.add(
        async () => {
          order.push(name);
        },
        { priority: () => levels.get(name) ?? PRIORITY.background },
      );
    levels.set('scrolled away', PRIORITY.onScreen);
    const jobs = ['first', 'a', 'scrolled away', 'b', 'opened', 'c'].map(job);
    // While they wait: one task's page opens, another row leaves the screen.
    levels.set('opened', PRIORITY.asked);
    levels.delete('scrolled away');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(order).toEqual(['first', 'opened']);
    // Its page closes and another row comes into view: the next pick sees that.
    levels.set('c', PRIORITY.onScreen);
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(jobs);
    expect(order).toEqual(['first', 'opened', 'c', 'a', 'scrolled away', 'b']);
  });

  it('never starts a job aborted while it waits, and keeps the order of the others', async () => {
    const queue = new OriginQueue({ concurrency: 1, perSecond: 100 });
    const order: number[] = [];
    const controllers = Array.from({ length: 40 }, () => new AbortController());
    const jobs = controllers.map((controller, index) =>
      queue
        .add(
          async () => {
            order.push(index);
          },
          // Every fourth job is the open task's, the rest wait in the background.
          { signal: controller.signal, priority: () => (index % 4 === 3 ? 0 : 2) },
        )
        .then(
          () => 'ran',
          () => 'aborted',
        ),
    );
    // Job 0 started at once; abort most of the rest, enough to make the queue tidy its line.
    const aborted = new Set([3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22, 39]);
    for (const index of aborted) controllers[index]?.abort();
    expect(queue.size).toBe(39 - aborted.size);
    await vi.advanceTimersByTimeAsync(1_000);
    const outcomes = await Promise.all(jobs);
    expect(outcomes.filter((outcome) => outcome === 'aborted')).toHaveLength(aborted.size);
    const kept = Array.from({ length: 39 }, (_, i) => i + 1).filter((i) => !aborted.has(i));
    expect(order).toEqual([
      0,
      ...kept.filter((i) => i % 4 === 3),
      ...kept.filter((i) => i % 4 !== 3),
    ]);
    expect(queue.size).toBe(0);
  });

  it('holds every job while paused, then starts them by level', async () => {
    const queue = new OriginQueue({ concurrency: 2, perSecond: 100, paused: true });
    const order: string[] = [];
    const job = (name: string, level: Priority) =>
      queue.add(
        async () => {
          order.push(name);
        },
        { priority: () => level },
      );
    const jobs = [job('polled', 2), job('row', 1), job('opened', 0), job('polled 2', 2)];
    await vi.advanceTimersByTimeAsync(5_000);
    expect(order).toEqual([]);
    queue.start();
    await vi.advanceTimersByTimeAsync(1_000);
    await Promise.all(jobs);
    expect(order).toEqual(['opened', 'row', 'polled', 'polled 2']);
  });

  it('picks the one open job among ten thousand with one look at each, and no sorting', async () => {
    const queue = new OriginQueue({ concurrency: 1, perSecond: 1, paused: true });
    let looks = 0;
    const order: number[] = [];
    const count = 10_000;
    const controllers = Array.from({ length: count }, () => new AbortController());
    const jobs = controllers.map(({ signal }, index) =>
      queue
        .add(
          async () => {
            order.push(index);
          },
          {
            signal,
            priority: () => {
              looks += 1;
              return index === count - 1 ? PRIORITY.asked : PRIORITY.background;
            },
          },
        )
        .catch(() => undefined),
    );
    queue.start();
    await vi.advanceTimersByTimeAsync(1);
    expect(order).toEqual([count - 1]);
    expect(looks).toBe(count);
    // The next second's pick: the oldest of the rest, after one look at each.
    looks = 0;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(order).toEqual([count - 1, 0]);
    expect(looks).toBe(count - 1);
    expect(queue.size).toBe(count - 2);
    for (const controller of controllers) controller.abort();
    await Promise.all(jobs);
    expect(queue.size).toBe(0);
  });
});
