// The simulator's latency on a fake clock: how long an answer is held, counted in timer
// milliseconds rather than measured on the wall clock.
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATENCY_JITTER, simulateLatency } from '../../../server/simulator/latency';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** An app whose every answer is held `latencyMs`, give or take the jitter `random` picks. */
function heldApp(latencyMs: number, random: () => number) {
  const app = new Hono();
  let made = 0;
  app.use('*', simulateLatency(latencyMs, random));
  app.get('/v1/videos/:id', (c) => {
    made += 1;
    return c.json({ id: c.req.param('id'), made });
  });
  return app;
}

/** Starts a request and tracks whether it has been answered yet. */
function start(app: Hono, path: string, signal?: AbortSignal) {
  const tracked = { answered: false };
  const done = Promise.resolve(app.request(path, { signal })).then((response) => {
    tracked.answered = true;
    return response;
  });
  return { tracked, done };
}

describe('simulateLatency', () => {
  it('holds each answer for the latency, within the jitter', async () => {
    for (const [random, held] of [
      [0, 400 * (1 - LATENCY_JITTER)],
      [0.5, 400],
      [1, 400 * (1 + LATENCY_JITTER)],
    ] as const) {
      const { tracked, done } = start(
        heldApp(400, () => random),
        '/v1/videos/a',
      );
      await vi.advanceTimersByTimeAsync(held - 1);
      expect(tracked.answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(tracked.answered).toBe(true);
      expect((await done).status).toBe(200);
    }
  });

  it('holds six requests side by side: all six are answered after one latency, not six', async () => {
    const app = heldApp(400, () => 0.5);
    const requests = Array.from({ length: 6 }, (_, index) => start(app, `/v1/videos/t${index}`));
    await vi.advanceTimersByTimeAsync(399);
    expect(requests.filter(({ tracked }) => tracked.answered)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests.filter(({ tracked }) => tracked.answered)).toHaveLength(6);
    const bodies: unknown[] = await Promise.all(
      requests.map(async ({ done }) => (await done).json()),
    );
    // Each answer was made when its request arrived, before any wait.
    expect(bodies.map((body) => JSON.stringify(body))).toEqual(
      requests.map((_, index) => JSON.stringify({ id: `t${index}`, made: index + 1 })),
    );
  });

  it('lets go at once when the client hangs up, leaving no timer behind', async () => {
    const controller = new AbortController();
    const { tracked, done } = start(
      heldApp(60_000, () => 0.5),
      '/v1/videos/gone',
      controller.signal,
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    // No time passes: only the promises the abort settles run.
    await vi.advanceTimersByTimeAsync(0);
    expect(tracked.answered).toBe(true);
    expect((await done).status).toBe(499);
    expect(vi.getTimerCount()).toBe(0);
  });
});
