import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../server/simulator/create-simulator';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
const slowFaultMs = 400;
let server: RunningServer;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now, slowFaultMs }));
});
afterAll(() => server.close());
beforeEach(async () => {
  await fetch(`${server.origin}/sim/reset`, { method: 'POST' });
});

const videoUrl = (id: string) => `${server.origin}/v1/videos/${id}`;
const get = (id: string) => fetch(videoUrl(id), { headers: auth });

function queueFault(body: unknown) {
  return fetch(`${server.origin}/sim/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('fault ids', () => {
  it('sora-2:task_fault_429 answers 429 with both retry hints, every time', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await get('sora-2:task_fault_429');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('2');
      expect(response.headers.get('retry-after-ms')).toBe('2000');
      expect(at(await response.json(), 'error', 'code')).toBe('rate_limit_exceeded');
    }
  });

  it('sora-2:task_fault_500 answers a JSON 500', async () => {
    const response = await get('sora-2:task_fault_500');
    expect(response.status).toBe(500);
    expect(at(await response.json(), 'error', 'type')).toBe('server_error');
  });

  it('sora-2:task_fault_524 answers a Cloudflare-like HTML page', async () => {
    const response = await get('sora-2:task_fault_524');
    expect(response.status).toBe(524);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Error code 524');
  });

  it('sora-2:task_fault_not_json answers 200 text/plain that does not parse', async () => {
    const response = await get('sora-2:task_fault_not_json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('sora-2:task_fault_slow answers late without blocking other requests', async () => {
    const started = Date.now();
    const slow = get('sora-2:task_fault_slow').then(async (response) => ({
      response,
      body: await response.json(),
      at: Date.now() - started,
    }));
    const quick = await get('sora-2:task_demo_fast');
    expect(quick.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(slowFaultMs);

    const late = await slow;
    expect(late.at).toBeGreaterThanOrEqual(slowFaultMs - 20);
    expect(late.response.status).toBe(200);
    expect(at(late.body, 'id')).toBe('sora-2:task_fault_slow');
  });

  it('sora-2:task_fault_slow stops waiting when the client gives up', async () => {
    const aborted = fetch(videoUrl('sora-2:task_fault_slow'), {
      headers: auth,
      signal: AbortSignal.timeout(50),
    });
    await expect(aborted).rejects.toThrow();
  });

  it('sora-2:task_fault_flaky fails twice per instance, then behaves like the fast demo', async () => {
    for (const id of ['sora-2:task_fault_flaky', 'sora-2:task_fault_flaky--again']) {
      expect((await get(id)).status).toBe(500);
      expect((await get(id)).status).toBe(500);
      const { response, body } = await getJson(videoUrl(id));
      expect(response.status).toBe(200);
      expect(body.id).toBe(id);
      expect(at(body, 'detail', 'pending_info', 'progress_pos_in_queue')).toBe(2);
    }
  });
});

describe('faults on demand', () => {
  it('makes the next n requests misbehave, then recovers', async () => {
    const id = 'sora-2:task_demo_fast--ondemand';
    const queued = await queueFault({ id, fault: '429', times: 2 });
    expect(queued.status).toBe(201);
    expect((await get(id)).status).toBe(429);
    expect((await get(id)).status).toBe(429);
    expect((await get(id)).status).toBe(200);
  });

  it.each([
    ['500', 500],
    ['524', 524],
  ])('supports fault %s', async (fault, status) => {
    await queueFault({ id: 'video_demo_official', fault });
    expect((await get('video_demo_official')).status).toBe(status);
    expect((await get('video_demo_official')).status).toBe(200);
  });

  it('supports not-json and slow', async () => {
    await queueFault({ id: 'sora-2:task_demo_slow', fault: 'not-json' });
    const response = await get('sora-2:task_demo_slow');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);

    await queueFault({ id: 'sora-2:task_demo_slow', fault: 'slow' });
    const started = Date.now();
    expect((await get('sora-2:task_demo_slow')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(slowFaultMs - 20);
  });

  it('DELETE /sim/faults clears queued faults', async () => {
    await queueFault({ id: 'sora-2:task_demo_fast', fault: '500', times: 5 });
    const cleared = await fetch(`${server.origin}/sim/faults`, { method: 'DELETE' });
    expect(cleared.status).toBe(204);
    expect((await get('sora-2:task_demo_fast')).status).toBe(200);
  });

  it('POST /sim/reset restarts clocks and clears faults', async () => {
    const id = 'sora-2:task_demo_fast';
    await get(id);
    clock.advanceSeconds(25);
    expect(at(await (await get(id)).json(), 'status')).toBe('completed');
    await queueFault({ id, fault: '500' });
    await fetch(`${server.origin}/sim/reset`, { method: 'POST' });
    expect(at(await (await get(id)).json(), 'status')).toBe('pending');
  });

  it.each([
    ['not JSON', 'nope'],
    ['an array', []],
    ['an unknown id', { id: 'sora-2:task_nope', fault: '500' }],
    ['an unknown fault', { id: 'sora-2:task_demo_fast', fault: '418' }],
    ['a bad count', { id: 'sora-2:task_demo_fast', fault: '500', times: 0 }],
    ['a fractional count', { id: 'sora-2:task_demo_fast', fault: '500', times: 1.5 }],
  ])('rejects %s with a 400 JSON error', async (_case, body) => {
    const response = await fetch(`${server.origin}/sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(at(await response.json(), 'error', 'message')).toEqual(expect.any(String));
  });
});

describe('GET /v1/videos/:id/content', () => {
  const contentUrl = (query = '') => `${videoUrl('video_demo_official')}/content${query}`;

  async function complete() {
    await get('video_demo_official');
    clock.advanceSeconds(13);
  }

  it('needs the Bearer key', async () => {
    await complete();
    expect((await fetch(contentUrl())).status).toBe(401);
  });

  it('answers 404 JSON before completion', async () => {
    await get('video_demo_official');
    const response = await fetch(contentUrl(), { headers: auth });
    expect(response.status).toBe(404);
    expect(at(await response.json(), 'error', 'code')).toBe('video_not_ready');
  });

  it('answers 404 for a task that was never polled', async () => {
    expect((await fetch(contentUrl(), { headers: auth })).status).toBe(404);
  });

  it('serves the video by default, with Range support', async () => {
    await complete();
    const whole = await fetch(contentUrl(), { headers: auth });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    const size = (await whole.arrayBuffer()).byteLength;

    const part = await fetch(contentUrl('?variant=video'), {
      headers: { ...auth, Range: 'bytes=0-1023' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-1023/${size}`);
    expect((await part.arrayBuffer()).byteLength).toBe(1024);
  });

  it('serves the thumbnail as JPEG', async () => {
    await complete();
    const response = await fetch(contentUrl('?variant=thumbnail'), { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
  });

  it('rejects an unknown variant', async () => {
    await complete();
    expect((await fetch(contentUrl('?variant=audio'), { headers: auth })).status).toBe(400);
  });

  it('has no content for a failed task', async () => {
    await get('sora-2:task_demo_failure');
    clock.advanceSeconds(10);
    const response = await fetch(`${videoUrl('sora-2:task_demo_failure')}/content`, {
      headers: auth,
    });
    expect(response.status).toBe(404);
  });
});
