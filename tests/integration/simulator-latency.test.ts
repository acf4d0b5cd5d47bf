import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { createSimulator } from '../../server/simulator/create-simulator';
import { LATENCY_JITTER } from '../../server/simulator/latency';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
const latencyMs = 400;
const earliest = latencyMs * (1 - LATENCY_JITTER) - 10;
let server: RunningServer;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now, latencyMs }));
});
afterAll(() => server.close());
beforeEach(async () => {
  await fetch(`${server.origin}/sim/reset`, { method: 'POST' });
  await fetch(`${server.origin}/sim/stats/reset`, { method: 'POST' });
});

const videoUrl = (id: string) => `${server.origin}/v1/videos/${id}`;
const stats = async () => (await getJson(`${server.origin}/sim/stats`, {})).body;

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
    expect(poll.ms).toBeLessThan(latencyMs * 3);

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

  it('waits for each request on its own, without blocking other requests', async () => {
    const started = Date.now();
    const polls = Array.from({ length: 6 }, (_, index) =>
      timed(fetch(videoUrl(`sora-2:task_demo_fast--l2-${index}`), { headers: auth })),
    );
    // Outside /v1/videos nothing waits, even while six answers are held.
    const catalogue = await timed(fetch(`${server.origin}/sim/catalogue`));
    expect(catalogue.response.status).toBe(200);
    expect(catalogue.ms).toBeLessThan(earliest);
    const during = await stats();
    expect(during.inFlight).toBe(6);

    const answered = await Promise.all(polls);
    expect(answered.every(({ response }) => response.status === 200)).toBe(true);
    // Six at once take one latency, not six.
    expect(Date.now() - started).toBeLessThan(latencyMs * 2.5);
    expect(at(await stats(), 'maxInFlight')).toBe(6);
    expect(at(await stats(), 'inFlight')).toBe(0);
  });

  it('answers with the task as it was when the request arrived, as the request record says', async () => {
    const id = 'sora-2:task_demo_fast--l3';
    const arrivedAt = clock.now();
    const answer = fetch(videoUrl(id), { headers: auth });
    await sleep(latencyMs / 4);
    // The fast demo has completed 25 s later; the answer on its way was made before.
    clock.advanceSeconds(25);
    const body: unknown = await (await answer).json();
    expect(at(body, 'status')).not.toBe('completed');
    expect(at(await stats(), 'tasks', id, 'pollTimes')).toEqual([arrivedAt]);
    expect(at(await stats(), 'tasks', id, 'firstSeenAt')).toBe(arrivedAt);
  });

  it('stops waiting as soon as the client gives up', async () => {
    const aborted = fetch(videoUrl('sora-2:task_demo_fast--l4'), {
      headers: auth,
      signal: AbortSignal.timeout(50),
    });
    await expect(aborted).rejects.toThrow();
    const gaveUpAt = Date.now();
    // The request leaves the record's in-flight count when its wait ends, well before the latency.
    while ((await stats()).inFlight !== 0) {
      expect(Date.now() - gaveUpAt).toBeLessThan(latencyMs / 2);
      await sleep(10);
    }
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
