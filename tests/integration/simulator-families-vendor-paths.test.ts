// The vendor APIs a reseller relays under a prefix: Seedance (Volcengine Ark), Kling, Wan
// (DashScope), MiniMax Hailuo and OpenRouter. Each entry is walked from queued through running
// to its end on a fake clock; numeric and UUID ids take a fresh run in their last six characters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../server/simulator/create-simulator';
import { freshInstanceId } from '../../server/simulator/task-id';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

// Matchers held here so a table row can pick its expectation; the assertion itself always runs.
const ANY_TEXT = expect.any(String);
const SENSITIVE_OUTPUT = {
  code: 'OutputVideoSensitiveContentDetected',
  message: expect.stringContaining('sensitive'),
};

const clock = new FakeClock();
let server: RunningServer;
let run = 100_000;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now }));
});
afterAll(() => server.close());

const fresh = (id: string) => freshInstanceId(id, String(++run));
const seconds = (epochMs: number) => Math.floor(epochMs / 1000);

async function expectMedia(url: unknown, type = 'video/mp4', headers: Record<string, string> = {}) {
  expect(typeof url).toBe('string');
  const response = await fetch(String(url), { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(type);
  await response.arrayBuffer();
}

/** Polls `path(id)` at each offset (seconds after the first poll) and returns the bodies. */
async function walk(url: (id: string) => string, id: string, offsets: number[]) {
  const bodies: Record<string, unknown>[] = [];
  let elapsed = 0;
  for (const offset of offsets) {
    clock.advanceSeconds(offset - elapsed);
    elapsed = offset;
    bodies.push((await getJson(url(id))).body);
  }
  return bodies;
}

describe('seedance at /seedance/api/v3/contents/generations/tasks/{id}', () => {
  const url = (id: string) => `${server.origin}/seedance/api/v3/contents/generations/tasks/${id}`;

  it('goes queued, running, succeeded with links presigned for a day', async () => {
    const id = fresh('cgt-20260112093015-x7k2p');
    const created = seconds(clock.now());
    const [queued, running, done] = await walk(url, id, [0, 5, 18]);
    expect(queued).toMatchObject({
      id,
      model: 'doubao-seedance-2-0-260128',
      status: 'queued',
      created_at: created,
      updated_at: created,
      resolution: '480p',
      ratio: '9:16',
      duration: 4,
      framespersecond: 24,
    });
    expect(queued).not.toHaveProperty('progress');
    expect(queued).not.toHaveProperty('content');
    expect(running).toMatchObject({ status: 'running', updated_at: created + 3 });
    expect(done).toMatchObject({ status: 'succeeded', updated_at: created + 18, usage: {} });
    const video = new URL(String(at(done, 'content', 'video_url')));
    expect(video.searchParams.get('X-Amz-Expires')).toBe('86400');
    expect(video.searchParams.get('X-Amz-Date')).toMatch(/^\d{8}T\d{6}Z$/);
    await expectMedia(video.href);
    await expectMedia(at(done, 'content', 'last_frame_url'), 'image/jpeg');
  });

  it.each([
    ['cgt-20260112094422-m4q9d', 'failed', 12],
    ['cgt-20260112101507-r8t3w', 'cancelled', 7],
    ['cgt-20260112103349-b5n6z', 'expired', 9],
  ])('%s ends %s', async (entryId, status, endsAt) => {
    const id = fresh(entryId);
    const [queued, running, ended] = await walk(url, id, [0, endsAt - 1, endsAt]);
    expect(queued?.status).toBe('queued');
    expect(running?.status).toBe('running');
    expect(ended?.status).toBe(status);
    expect(ended).not.toHaveProperty('content');
    expect(ended?.error).toEqual(status === 'failed' ? SENSITIVE_OUTPUT : undefined);
  });
});

describe('kling at /kling/v1/videos/text2video/{id}', () => {
  const url = (id: string) => `${server.origin}/kling/v1/videos/text2video/${id}`;

  it('answers code 0 and moves submitted, processing, succeed (times in ms)', async () => {
    const id = fresh('867283741759111202');
    expect(id).toMatch(/^867283741759\d{6}$/);
    const created = clock.now();
    const [submitted, processing, done] = await walk(url, id, [0, 6, 20]);
    expect(submitted).toMatchObject({
      code: 0,
      message: 'SUCCEED',
      request_id: expect.any(String),
      data: {
        task_id: id,
        task_status: 'submitted',
        created_at: created,
        updated_at: created,
      },
    });
    expect(at(processing, 'data')).toMatchObject({
      task_status: 'processing',
      updated_at: created + 5000,
    });
    expect(at(processing, 'data', 'task_result')).toBeUndefined();
    expect(at(done, 'data')).toMatchObject({
      task_status: 'succeed',
      updated_at: created + 20_000,
      task_result: { videos: [{ id: expect.any(String), duration: '4.000' }] },
    });
    const videos = at(done, 'data', 'task_result', 'videos');
    await expectMedia(Array.isArray(videos) ? at(videos[0], 'url') : undefined);
  });

  it('fails with the reason in task_status_msg', async () => {
    const id = fresh('867283741802554913');
    const [, processing, failed] = await walk(url, id, [0, 5, 10]);
    expect(at(processing, 'data', 'task_status')).toBe('processing');
    expect(failed).toMatchObject({
      code: 0,
      data: { task_status: 'failed', task_status_msg: 'Failure to pass the risk control system' },
    });
  });

  it('answers an account error on HTTP 200 with code 1102, every time', async () => {
    const id = fresh('867283741845339027');
    for (const offset of [0, 30]) {
      clock.advanceSeconds(offset);
      const { response, body } = await getJson(url(id));
      expect(response.status).toBe(200);
      expect(body).toEqual({
        code: 1102,
        message: 'Account balance not enough',
        request_id: expect.any(String),
        data: null,
      });
    }
  });
});

describe('wan at /wan/api/v1/tasks/{id}', () => {
  const url = (id: string) => `${server.origin}/wan/api/v1/tasks/${id}`;
  /** `2025-07-27 21:05:15.212` is China time (UTC+8), without a zone. */
  const chinaTime = (epochMs: number) =>
    new Date(epochMs + 8 * 3600_000).toISOString().replace('T', ' ').replace('Z', '');

  it('goes PENDING, RUNNING, SUCCEEDED with zone-less China times and an Expires link', async () => {
    const id = fresh('86ecf553-d340-4e21-af6e-a0c6a421c010');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const submitted = clock.now();
    const [pending, running, done] = await walk(url, id, [0, 10, 20]);
    expect(pending).toEqual({
      request_id: expect.any(String),
      output: { task_id: id, task_status: 'PENDING', submit_time: chinaTime(submitted) },
    });
    expect(at(running, 'output')).toMatchObject({
      task_status: 'RUNNING',
      scheduled_time: chinaTime(submitted + 4000),
    });
    expect(at(done, 'output')).toMatchObject({
      task_status: 'SUCCEEDED',
      end_time: chinaTime(submitted + 20_000),
      orig_prompt: expect.stringContaining('koi'),
      actual_prompt: expect.stringContaining('koi'),
    });
    expect(at(done, 'usage')).toMatchObject({ video_count: 1 });
    const video = new URL(String(at(done, 'output', 'video_url')));
    expect(Number(video.searchParams.get('Expires'))).toBe(seconds(submitted + 20_000) + 86_400);
    expect(video.searchParams.get('OSSAccessKeyId')).toBeTruthy();
    expect(video.searchParams.get('Signature')).toBeTruthy();
    await expectMedia(video.href);
  });

  it.each([
    ['0385dc79-5ff8-4d82-bcb6-8ad3b9d1e1f4', 'FAILED', 11],
    ['c9f2a7e1-4b3d-4e8a-9f06-1d5b7c3e2a98', 'CANCELED', 7],
  ])('%s ends %s', async (entryId, status, endsAt) => {
    const id = fresh(entryId);
    const [pending, running, ended] = await walk(url, id, [0, endsAt - 1, endsAt]);
    expect(at(pending, 'output', 'task_status')).toBe('PENDING');
    expect(at(running, 'output', 'task_status')).toBe('RUNNING');
    expect(at(ended, 'output', 'task_status')).toBe(status);
    expect(at(ended, 'output', 'video_url')).toBeUndefined();
    expect({ code: at(ended, 'output', 'code'), message: at(ended, 'output', 'message') }).toEqual(
      status === 'FAILED'
        ? {
            code: 'DataInspectionFailed',
            message: 'Output data may contain inappropriate content.',
          }
        : { code: undefined, message: undefined },
    );
  });
});

describe('minimax at /minimax/v2/query/video_generation/{id}', () => {
  const url = (id: string) => `${server.origin}/minimax/v2/query/video_generation/${id}`;

  it('goes queued, running, succeeded with task.content.url', async () => {
    const id = fresh('314052875571396');
    expect(id).toMatch(/^314052875\d{6}$/);
    const [queued, running, done] = await walk(url, id, [0, 5, 16]);
    expect(queued).toEqual({
      task: { id, status: 'queued', content: { prompt: expect.stringContaining('balloon') } },
    });
    expect(at(running, 'task', 'status')).toBe('running');
    expect(at(done, 'task', 'status')).toBe('succeeded');
    expect(at(done, 'task', 'error')).toBeUndefined();
    await expectMedia(at(done, 'task', 'content', 'url'));
  });

  it.each([
    ['314052881204758', 'failed', 9],
    ['314052886930215', 'cancelled', 5],
  ])('%s ends %s', async (entryId, status, endsAt) => {
    const id = fresh(entryId);
    const [queued, running, ended] = await walk(url, id, [0, endsAt - 1, endsAt]);
    expect(at(queued, 'task', 'status')).toBe('queued');
    expect(at(running, 'task', 'status')).toBe('running');
    expect(at(ended, 'task', 'status')).toBe(status);
    expect(at(ended, 'task', 'content', 'url')).toBeUndefined();
    expect(at(ended, 'task', 'error')).toEqual(
      status === 'failed' ? { code: 1027, message: ANY_TEXT } : undefined,
    );
  });
});

describe('openrouter at /openrouter/api/v1/videos/{id}', () => {
  const url = (id: string) => `${server.origin}/openrouter/api/v1/videos/${id}`;

  it('completes with unsigned_urls on the API origin that need the key', async () => {
    const id = fresh('job-vr2k81hq5d');
    const [pending, running, done] = await walk(url, id, [0, 5, 14]);
    expect(pending).toEqual({ id, status: 'pending' });
    expect(running).toEqual({ id, status: 'in_progress' });
    expect(done).toEqual({
      id,
      status: 'completed',
      unsigned_urls: [`${server.origin}/openrouter/api/v1/videos/${id}/content?index=0`],
      usage: { cost: 0.5 },
    });
    const content = `${server.origin}/openrouter/api/v1/videos/${id}/content?index=0`;
    const withoutKey = await fetch(content);
    expect(withoutKey.status).toBe(401);
    await withoutKey.arrayBuffer();
    await expectMedia(content, 'video/mp4', auth);

    const whole = await (await fetch(content, { headers: auth })).arrayBuffer();
    const range = await fetch(content, { headers: { ...auth, Range: 'bytes=100-199' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe(`bytes 100-199/${whole.byteLength}`);
    expect(new Uint8Array(await range.arrayBuffer())).toEqual(
      new Uint8Array(whole.slice(100, 200)),
    );
  });

  it('serves no content before the job has completed, or for an unknown job', async () => {
    const id = fresh('job-vr2k81hq5d');
    await getJson(url(id));
    const early = await fetch(`${url(id)}/content?index=0`, { headers: auth });
    expect(early.status).toBe(409);
    await early.arrayBuffer();
    const unknown = await getJson(`${url('job-nope')}/content?index=0`);
    expect(unknown.response.status).toBe(404);
  });

  it.each([
    ['job-f4m9x27cna', 'failed', 8],
    ['job-c8t3q60wzh', 'cancelled', 5],
    ['job-p1n7d52ksy', 'expired', 7],
  ])('%s ends %s', async (entryId, status, endsAt) => {
    const id = fresh(entryId);
    const [pending, running, ended] = await walk(url, id, [0, endsAt - 1, endsAt]);
    expect(pending?.status).toBe('pending');
    expect(running?.status).toBe('in_progress');
    expect(ended?.status).toBe(status);
    expect(ended).not.toHaveProperty('unsigned_urls');
    expect(ended?.error).toEqual(status === 'failed' ? ANY_TEXT : undefined);
  });
});
