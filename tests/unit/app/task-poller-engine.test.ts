// The poller engine on its own: observers start 50 per tick so a large paste never freezes the
// page, stop in batches when the tab stops leading, follow new settings, and all go on stop();
// hidden while notifications are on, it keeps polling, each task at most every 30 s.
import { focusManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeQueryClient } from '../../../src/app/query-client';
import { TaskPollerEngine } from '../../../src/app/task-poller-engine';
import { taskQueryKey } from '../../../src/api/get-task';
import type { Connection } from '../../../src/api/http-client';
import { parseTask } from '../../../src/domain/task-model';

const connection: Connection = {
  baseUrl: 'https://api.example.com',
  apiKey: 'sk-test-key',
  forwardedHost: '',
  viaProxy: false,
  appOrigin: 'http://localhost:5173',
  queryTemplates: ['/v1/videos/{id}'],
};

const ids = Array.from({ length: 120 }, (_, index) => `video_engine_${index}`);

let engine: TaskPollerEngine | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  // Every task is known and finished, so observers start without sending anything.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new Error('no request expected'))),
  );
});
afterEach(() => {
  engine?.stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function finishedClient() {
  const queryClient = makeQueryClient();
  for (const id of ids) {
    const task = parseTask({ id, object: 'video', status: 'completed' }, id);
    queryClient.setQueryData(taskQueryKey(connection, id), task);
  }
  return queryClient;
}

describe('the poller engine', () => {
  it('starts 50 observers per tick, and stops them in batches when the tab stops leading', () => {
    const queryClient = finishedClient();
    engine = new TaskPollerEngine(queryClient);
    engine.sync({ ids, connection, pollIntervalMs: 5_000, active: true });
    expect(engine.size).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(engine.size).toBe(50);
    vi.advanceTimersToNextTimer();
    expect(engine.size).toBe(100);
    vi.advanceTimersToNextTimer();
    expect(engine.size).toBe(120);
    const observed = () =>
      ids.filter(
        (id) =>
          (queryClient
            .getQueryCache()
            .find({ queryKey: taskQueryKey(connection, id) })
            ?.getObserversCount() ?? 0) > 0,
      ).length;
    expect(observed()).toBe(120);

    engine.sync({ ids, connection, pollIntervalMs: 5_000, active: false });
    vi.advanceTimersToNextTimer();
    expect(engine.size).toBe(20);
    vi.advanceTimersToNextTimer();
    expect(engine.size).toBe(0);
    expect(observed()).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gives every observer the new settings, and stops them all at once on stop()', () => {
    const queryClient = finishedClient();
    engine = new TaskPollerEngine(queryClient);
    engine.sync({ ids: ids.slice(0, 10), connection, pollIntervalMs: 5_000, active: true });
    vi.advanceTimersToNextTimer();
    const moved: Connection = { ...connection, baseUrl: 'https://other.example.com' };
    engine.sync({ ids: ids.slice(0, 10), connection: moved, pollIntervalMs: 5_000, active: true });
    // The observers now watch the queries of the new address.
    const watching = ids.slice(0, 10).map(
      (id) =>
        queryClient
          .getQueryCache()
          .find({ queryKey: taskQueryKey(moved, id) })
          ?.getObserversCount() ?? 0,
    );
    expect(watching).toEqual(Array.from({ length: 10 }, () => 1));

    engine.stop();
    expect(engine.size).toBe(0);
    expect(
      queryClient
        .getQueryCache()
        .findAll()
        .every((query) => !query.getObserversCount()),
    ).toBe(true);
  });
});

describe('while the page is hidden and notifications are on', () => {
  /**
   * A provider whose task moves on every time it is asked (so the policy asks at the floor) and
   * never ends; returns the times it was asked.
   */
  function runningProvider(): number[] {
    const asked: number[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(() => {
        asked.push(Date.now());
        const progress = Math.min(10 + asked.length, 99);
        return Promise.resolve(
          Response.json({ id: 'video_hidden', object: 'video', status: 'in_progress', progress }),
        );
      }),
    );
    return asked;
  }

  const gaps = (times: readonly number[]) =>
    times.slice(1).map((time, i) => time - (times[i] ?? 0));

  it('keeps polling, at the policy’s pace but never more often than every 30 s per task', async () => {
    const asked = runningProvider();
    focusManager.setFocused(false);
    try {
      engine = new TaskPollerEngine(makeQueryClient());
      const target = { ids: ['video_hidden'], connection, pollIntervalMs: 2_000, active: true };
      engine.sync({ ...target, hidden: true });
      await vi.advanceTimersByTimeAsync(5 * 60_000);
      // Asked as it started, then on the policy's schedule, held back by the 30 s floor: a task
      // that moves would be asked every 2 s on a visible page.
      expect(asked.length).toBeGreaterThanOrEqual(9);
      expect(Math.min(...gaps(asked))).toBe(30_000);

      // Shown again: the user's interval is the floor once more.
      focusManager.setFocused(true);
      engine.sync({ ...target, hidden: false });
      const shownAt = asked.length;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(asked.length - shownAt).toBeGreaterThanOrEqual(10);
      expect(Math.max(...gaps(asked.slice(shownAt)))).toBeLessThan(5_000);
    } finally {
      focusManager.setFocused(undefined);
    }
  });

  it('sends nothing while hidden when not told to poll hidden (notifications off)', async () => {
    const asked = runningProvider();
    const queryClient = makeQueryClient();
    engine = new TaskPollerEngine(queryClient);
    engine.sync({ ids: ['video_hidden'], connection, pollIntervalMs: 2_000, active: true });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asked).toHaveLength(1);
    focusManager.setFocused(false);
    try {
      await vi.advanceTimersByTimeAsync(5 * 60_000);
      expect(asked).toHaveLength(1);
    } finally {
      focusManager.setFocused(undefined);
    }
  });
});
