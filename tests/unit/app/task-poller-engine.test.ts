// The poller engine on its own: observers start 50 per tick so a large paste never freezes the
// page, stop in batches when the tab stops leading, follow new settings, and all go on stop().
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
