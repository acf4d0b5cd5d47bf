// The limiter in the HTTP seam reacting to the simulator's real faults over real HTTP.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/domain/api-error';
import { fetchTask } from '../../src/api/get-task';
import type { Connection } from '../../src/api/http-client';
import { requestLimiter } from '../../src/api/request-limiter';
import { createApp } from '../../server/app';
import { createSimulator } from '../../server/simulator/create-simulator';
import { at, listen, type RunningServer } from './server-harness';
import { DEFAULT_QUERY_TEMPLATES } from '../../src/domain/query-endpoints';

let simulator: RunningServer;
let connection: Connection;

beforeAll(async () => {
  simulator = await listen(createApp({ simulator: createSimulator(), proxyAllow: [] }));
  connection = {
    baseUrl: simulator.origin,
    apiKey: 'sk-polling-faults',
    forwardedHost: '',
    viaProxy: false,
    appOrigin: simulator.origin,
    queryTemplates: DEFAULT_QUERY_TEMPLATES,
  };
  requestLimiter.configure({ maxInFlight: 4, requestsPerSecond: 50 });
});
afterAll(() => simulator.close());

let run = 0;
const fresh = (id: string) => `${id}--faults${++run}`;

async function pollsSeenBySimulator(): Promise<number> {
  const stats: unknown = await (await fetch(`${simulator.origin}/sim/stats`)).json();
  const total = at(stats, 'byKind', 'poll');
  if (typeof total !== 'number') throw new Error('No poll count in /sim/stats');
  return total;
}

/** When the simulator received polls for `id` (its clock is the real one here). */
async function pollTimesOf(id: string): Promise<unknown[] | undefined> {
  const stats: unknown = await (await fetch(`${simulator.origin}/sim/stats`)).json();
  const times = at(stats, 'tasks', id, 'pollTimes');
  return Array.isArray(times) ? times : undefined;
}

describe('the limiter against real faults', () => {
  it('pauses every request to the provider after a 429 for as long as it asked', async () => {
    await expect(fetchTask(connection, fresh('sora-2:task_fault_429'))).rejects.toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 2000,
    });
    const [paused] = requestLimiter.getSnapshot().rateLimited;
    expect(paused?.origin).toBe(simulator.origin);
    const id = fresh('sora-2:task_demo_fast');
    const pending = fetchTask(connection, id);
    // Counted, not timed: the request waits in line and the simulator has not heard of it...
    expect(requestLimiter.load(simulator.origin)).toEqual({ inFlight: 0, waiting: 1 });
    expect(await pollTimesOf(id)).toBeUndefined();
    const resumed = new Promise<number>((resolve) => {
      const stop = requestLimiter.subscribe(() => {
        if (requestLimiter.getSnapshot().rateLimited.length > 0) return;
        stop();
        resolve(Date.now());
      });
    });
    expect((await pending).status).toBe('queued');
    // ...and arrives once, only after the pause the 429 asked for had ended.
    const arrivals = await pollTimesOf(id);
    expect(arrivals).toHaveLength(1);
    expect(arrivals?.[0]).toBeGreaterThanOrEqual(await resumed);
    // The pause ends at the time it named (a timer may fire a millisecond early by Date.now).
    expect(await resumed).toBeGreaterThanOrEqual((paused?.until ?? Infinity) - 5);
    expect(requestLimiter.getSnapshot().rateLimited).toEqual([]);
  });

  it('stops sending with a key the provider refused, until the key changes', async () => {
    const noKey = { ...connection, apiKey: '' };
    await expect(fetchTask(noKey, fresh('sora-2:task_demo_fast'))).rejects.toMatchObject({
      kind: 'unauthorized',
    });
    const before = await pollsSeenBySimulator();
    const error = await fetchTask(noKey, fresh('sora-2:task_demo_fast')).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'unauthorized',
      message: expect.stringMatching(/^Paused/),
    });
    expect(await pollsSeenBySimulator()).toBe(before);
    // Another key goes through at once.
    expect((await fetchTask(connection, fresh('sora-2:task_demo_fast'))).status).toBe('queued');
    requestLimiter.clearKeyRejections();
  });

  it('never has more requests in flight than allowed', async () => {
    requestLimiter.configure({ maxInFlight: 2, requestsPerSecond: 50 });
    try {
      await fetch(`${simulator.origin}/sim/stats/reset`, { method: 'POST' });
      const ids = Array.from({ length: 6 }, () => fresh('sora-2:task_fault_slow'));
      const controller = new AbortController();
      const pending = ids.map((id) =>
        fetchTask(connection, id, controller.signal).catch(() => undefined),
      );
      // Waits for the simulator to hold two (the slow fault holds them for 20 s), then counts.
      await vi.waitFor(
        async () => {
          const stats: unknown = await (await fetch(`${simulator.origin}/sim/stats`)).json();
          expect(at(stats, 'inFlight')).toBe(2);
        },
        { timeout: 10_000 },
      );
      expect(requestLimiter.load(simulator.origin)).toEqual({ inFlight: 2, waiting: 4 });
      const stats: unknown = await (await fetch(`${simulator.origin}/sim/stats`)).json();
      expect(at(stats, 'maxInFlight')).toBe(2);
      controller.abort();
      await Promise.all(pending);
    } finally {
      requestLimiter.configure({ maxInFlight: 4, requestsPerSecond: 50 });
    }
  });
});
