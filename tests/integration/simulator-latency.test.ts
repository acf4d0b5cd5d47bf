import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../server/config';
import { createSimulator } from '../../server/simulator/create-simulator';
import { LATENCY_JITTER } from '../../server/simulator/latency';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
const latencyMs = 400;
const earliest = latencyMs * (1 - LATENCY_JITTER) - 10;
let server: RunningServer;
/** A provider a minute away: what it holds stays held for the whole of a test. */
let held: RunningServer;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now, latencyMs }));
  held = await listen(createSimulator({ now: clock.now, latencyMs: 60_000 }));
});
afterAll(async () => {
  await server.close();
  await held.close();
});
beforeEach(async () => {
  for (const { origin } of [server, held]) {
    await fetch(`${origin}/sim/reset`, { method: 'POST' });
    await fetch(`${origin}/sim/stats/reset`, { method: 'POST' });
  }
});

const videoUrl = (id: string) => `${server.origin}/v1/videos/${id}`;
const stats = async () => (await getJson(`${server.origin}/sim/stats`, {})).body;
/** Generous for a busy machine, and still far short of the held simulator's minute. */
const patiently = { timeout: 10_000, interval: 20 };
const heldStats = async () => (await getJson(`${held.origin}/sim/stats`, {})).body;

async function timed(request: Promise<Response>) {
  const started = Date.now();
  const response = await request;
  const body = await response.text();
  return { response, body, ms: Date.now() - started };
}

describe('createSimulator({ latencyMs })', () => {
  it('delays every /v1/videos answer by about the latency', async () => {
    const poll = await timed(fetch(videoUrl('sora-2:task_demo_fast--l1'), { headers: auth }));
    expect(poll.response.status).toBe(200);
    expect(poll.ms).toBeGreaterThanOrEqual(earliest);

    // Not only polls: errors and preflights travel as far.
    const missing = await timed(fetch(videoUrl('no_such_task'), { headers: auth }));
    expect(missing.response.status).toBe(404);
    expect(missing.ms).toBeGreaterThanOrEqual(earliest);
    const preflight = await timed(
      fetch(videoUrl('sora-2:task_demo_fast--l1'), {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://example.test',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      }),
    );
    expect(preflight.response.status).toBe(204);
    expect(preflight.ms).toBeGreaterThanOrEqual(earliest);
  });

  it.each([
    '/v1/video/query?id=grok%3Aeee6faa8-9dee-455c-aa82-02ac623adf3a',
    '/v1/video/generations/task_nope',
    '/kling/v1/videos/text2video/867283741759111202',
    '/wan/api/v1/tasks/unknown',
    '/openrouter/api/v1/videos/job-vr2k81hq5d',
  ])('delays %s as far, found or not', async (path) => {
    const answer = await timed(fetch(`${server.origin}${path}`, { headers: auth }));
    expect(answer.response.status).not.toBe(401);
    expect(answer.ms).toBeGreaterThanOrEqual(earliest);
  });

  it('holds requests side by side, without blocking other requests', async () => {
    // Held for a minute: the catalogue must be answered while all six are still held. How long
    // six take together is counted on a fake clock in tests/unit/server/simulate-latency.test.ts.
    const controller = new AbortController();
    const polls = Array.from({ length: 6 }, (_, index) =>
      fetch(`${held.origin}/v1/videos/sora-2:task_demo_fast--l2-${index}`, {
        headers: auth,
        signal: controller.signal,
      }).catch(() => undefined),
    );
    await vi.waitFor(async () => expect(at(await heldStats(), 'inFlight')).toBe(6), patiently);
    const catalogue = await fetch(`${held.origin}/sim/catalogue`);
    expect(catalogue.status).toBe(200);
    expect(at(await heldStats(), 'inFlight')).toBe(6);
    expect(at(await heldStats(), 'maxInFlight')).toBe(6);
    controller.abort();
    expect(await Promise.all(polls)).toEqual(Array.from({ length: 6 }, () => undefined));
    await vi.waitFor(async () => expect(at(await heldStats(), 'inFlight')).toBe(0), patiently);
  });

  it('answers with the task as it was when the request arrived, as the request record says', async () => {
    const id = 'sora-2:task_demo_fast--l3';
    const arrivedAt = clock.now();
    const answer = fetch(videoUrl(id), { headers: auth });
    // Once the simulator has the request (and holds it for the latency), its clock moves on.
    await vi.waitFor(async () => expect(at(await stats(), 'tasks', id, 'requests')).toBe(1), {
      interval: 5,
    });
    // The fast demo has completed 25 s later; the answer on its way was made before.
    clock.advanceSeconds(25);
    const body: unknown = await (await answer).json();
    expect(at(body, 'status')).not.toBe('completed');
    expect(at(await stats(), 'tasks', id, 'pollTimes')).toEqual([arrivedAt]);
    expect(at(await stats(), 'tasks', id, 'firstSeenAt')).toBe(arrivedAt);
  });

  it('stops waiting as soon as the client gives up', async () => {
    // Held for a minute: only the hang-up can end the wait within the 10 s waited for.
    const controller = new AbortController();
    const aborted = fetch(`${held.origin}/v1/videos/sora-2:task_demo_fast--l4`, {
      headers: auth,
      signal: controller.signal,
    });
    await vi.waitFor(async () => expect(at(await heldStats(), 'inFlight')).toBe(1), patiently);
    controller.abort();
    await expect(aborted).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
    await vi.waitFor(async () => expect(at(await heldStats(), 'inFlight')).toBe(0), patiently);
  });

  it('refuses a negative latency', () => {
    expect(() => createSimulator({ latencyMs: -1 })).toThrow(RangeError);
    expect(() => createSimulator({ latencyMs: Number.NaN })).toThrow(RangeError);
  });
});

describe('SIM_LATENCY_MS', () => {
  it('defaults to 0 and reads milliseconds', () => {
    expect(readConfig({}, []).latencyMs).toBe(0);
    expect(readConfig({ SIM_LATENCY_MS: '' }, []).latencyMs).toBe(0);
    expect(readConfig({ SIM_LATENCY_MS: '150' }, []).latencyMs).toBe(150);
  });

  it.each(['-5', 'slow', 'Infinity', '60001'])('refuses %s with a message naming it', (value) => {
    expect(() => readConfig({ SIM_LATENCY_MS: value }, [])).toThrow(/SIM_LATENCY_MS must be/);
  });
});
