import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OriginQueue } from '../../../src/api/origin-queue';

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

  it('starts an urgent job before those waiting ahead of it, even one that became urgent while waiting', async () => {
    const queue = new OriginQueue({ concurrency: 1, perSecond: 1 });
    const order: string[] = [];
    let onScreen = false;
    const job = (name: string, urgent?: () => boolean) =>
      queue.add(
        async () => {
          order.push(name);
        },
        { urgent },
      );
    const jobs = [
      job('first'),
      job('a'),
      job('b'),
      job('watched', () => onScreen),
      job('c'),
      job('opened', () => true),
    ];
    onScreen = true; // the detail page opened while its request was already in line
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(jobs);
    expect(order).toEqual(['first', 'watched', 'opened', 'a', 'b', 'c']);
  });
});
