// The families a client reaches with the default paths: Veo OpenAI-style at /v1/videos, Veo and
// Grok at the unified /v1/video/query, new-api (and its flat channel answer) at
// /v1/video/generations. Each is walked from queued through running to its end on a fake clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../server/simulator/create-simulator';
import { at, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
let server: RunningServer;
let run = 0;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now }));
});
afterAll(() => server.close());

const fresh = (id: string) => `${id}--d${++run}`;
const seconds = (epochMs: number) => Math.floor(epochMs / 1000);

async function expectVideo(url: unknown) {
  expect(typeof url).toBe('string');
  const response = await fetch(String(url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('video/mp4');
  await response.arrayBuffer();
}

describe('veo-openai-style at /v1/videos/{id}', () => {
  const poll = async (id: string) => (await getJson(`${server.origin}/v1/videos/${id}`)).body;

  it('sends empty fields while running, then the video_url', async () => {
    const id = fresh('video_6a0f3c2e-8d41-4b7a-9e15-2c7d9b0f4e83');
    const createdAt = seconds(clock.now());
    const empty = { video_url: '', completed_at: 0, error: { message: '', code: '' } };
    expect(await poll(id)).toMatchObject({
      id,
      object: 'video',
      model: 'veo-3.1-fast',
      status: 'queued',
      progress: 0,
      created_at: createdAt,
      ...empty,
    });
    clock.advanceSeconds(10);
    expect(await poll(id)).toMatchObject({ status: 'in_progress', progress: 50, ...empty });
    clock.advanceSeconds(7);
    const done = await poll(id);
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      completed_at: createdAt + 17,
      error: { message: '', code: '' },
    });
    await expectVideo(done.video_url);
  });

  it('fails with error.code and error.message filled in', async () => {
    const id = fresh('video_b81d47a2-3f6c-4e09-a5d8-91c2e07f6b34');
    await poll(id);
    clock.advanceSeconds(5);
    expect((await poll(id)).status).toBe('in_progress');
    clock.advanceSeconds(5);
    expect(await poll(id)).toMatchObject({
      status: 'failed',
      progress: 45,
      video_url: '',
      error: { code: 'content_policy_violation', message: expect.stringContaining('safety') },
    });
  });
});

describe('veo-unified at /v1/video/query?id={id}', () => {
  const poll = async (id: string) =>
    (await getJson(`${server.origin}/v1/video/query?id=${encodeURIComponent(id)}`)).body;

  it('moves through the pipeline words, never with a progress field', async () => {
    const id = fresh('veo3.1-fast:1770350082-trii1OXZc3');
    const createdAt = clock.now();
    // As published: a minimal pending body.
    expect(await poll(id)).toEqual({ id, status: 'pending', status_update_time: createdAt });

    // Queued 3 s, then 18 s through the steps: polled every second from 3.5 s to 21.5 s.
    const seen: string[] = [];
    const bodies: Record<string, unknown>[] = [];
    clock.advanceSeconds(2.5);
    for (let count = 0; count < 19; count += 1) {
      clock.advanceSeconds(1);
      const body = await poll(id);
      bodies.push(body);
      if (seen.at(-1) !== body.status) seen.push(String(body.status));
    }
    expect(seen).toEqual([
      'image_downloading',
      'video_generating',
      'video_generation_completed',
      'video_upsampling',
      'completed',
    ]);
    expect(JSON.stringify(bodies)).not.toContain('progress');

    const downloading = bodies[0];
    expect(at(downloading, 'detail', 'running')).toBe(true);
    expect(at(downloading, 'video_url')).toBeNull();
    expect(at(downloading, 'detail', 'images')).toEqual([
      { url: `${server.origin}/sim/media/input-1.png`, status: 'downloading', mediaId: '' },
      { url: `${server.origin}/sim/media/input-2.png`, status: 'downloading', mediaId: '' },
    ]);
    expect(at(downloading, 'status_update_time')).toBe(createdAt + 3000);

    const done = bodies.at(-1);
    expect(at(done, 'detail')).toMatchObject({
      status: 'completed',
      running: false,
      req: {
        model: 'veo3.1-fast',
        prompt: expect.any(String),
        images: [expect.stringContaining('input-1.png'), expect.stringContaining('input-2.png')],
        aspect_ratio: '9:16',
        enhance_prompt: true,
        enable_upsample: true,
      },
      upsample_status: 'completed',
      video_generation_status: 'completed',
      enhanced_prompt: expect.stringContaining('Cinematic'),
      created_at: createdAt,
      completed_at: createdAt + 21_000,
      // Left from the retry it recovered from, exactly like the published example.
      retry_count: 1,
      max_retries: 3,
      error_message: expect.stringContaining('retrying'),
      video_generation_error: expect.stringContaining('503'),
    });
    expect(at(done, 'status_update_time')).toBe(createdAt + 21_000);
    expect(at(done, 'video_url')).toBe(at(done, 'detail', 'upsample_video_url'));
    await expectVideo(at(done, 'video_url'));
    await expectVideo(at(done, 'detail', 'video_url'));
  });

  it('fails with the text in detail.error_message and detail.video_generation_error', async () => {
    const id = fresh('veo3.1-fast:1770352817-Wd4nQ8sLbx');
    expect((await poll(id)).status).toBe('pending');
    clock.advanceSeconds(3);
    const running = await poll(id);
    expect(running.status).toBe('video_generating');
    expect(at(running, 'detail', 'images')).toEqual([]);
    clock.advanceSeconds(9);
    const failed = await poll(id);
    expect(failed).toMatchObject({ status: 'failed', video_url: null });
    expect(at(failed, 'detail')).toMatchObject({
      status: 'failed',
      running: false,
      video_generation_status: 'failed',
      retry_count: 3,
      error_message: expect.stringContaining('PUBLIC_ERROR_UNSAFE_GENERATION'),
      video_generation_error: expect.stringContaining('PUBLIC_ERROR_UNSAFE_GENERATION'),
    });
  });
});

describe('grok-unified at /v1/video/query?id={id}', () => {
  const poll = async (id: string) =>
    (await getJson(`${server.origin}/v1/video/query?id=${encodeURIComponent(id)}`)).body;

  it('answers with the bare uuid, video_url null until done', async () => {
    const id = fresh('grok:eee6faa8-9dee-455c-aa82-02ac623adf3a');
    const bare = id.slice('grok:'.length);
    const startedAt = clock.now();
    expect(await poll(id)).toEqual({
      id: bare,
      status: 'pending',
      video_url: null,
      enhanced_prompt: expect.stringContaining('corgi'),
      status_update_time: startedAt,
    });
    clock.advanceSeconds(5);
    expect(await poll(id)).toMatchObject({
      id: bare,
      status: 'processing',
      video_url: null,
      status_update_time: startedAt + 2000,
    });
    clock.advanceSeconds(5);
    const done = await poll(id);
    expect(done).toMatchObject({ id: bare, status: 'completed' });
    await expectVideo(done.video_url);
  });

  it('fails with the reason in error', async () => {
    const id = fresh('grok:033fa60e-5b2d-4c8e-9f71-a4d6e2b8c019');
    await poll(id);
    clock.advanceSeconds(3);
    expect((await poll(id)).status).toBe('processing');
    clock.advanceSeconds(5);
    expect(await poll(id)).toMatchObject({
      status: 'failed',
      video_url: null,
      error: expect.stringContaining('moderation'),
    });
  });
});

describe('new-api at /v1/video/generations/{id}', () => {
  const poll = async (id: string) =>
    (await getJson(`${server.origin}/v1/video/generations/${id}`)).body;

  it('reports the gateway words and progress guesses, with the upstream body in data.data', async () => {
    const id = fresh('task_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO');
    const submitted = seconds(clock.now());
    const first = await poll(id);
    expect(first).toMatchObject({ code: 'success', message: '' });
    expect(at(first, 'data')).toMatchObject({
      task_id: id,
      status: 'NOT_START',
      progress: '0%',
      result_url: '',
      fail_reason: '',
      submit_time: submitted,
      start_time: 0,
      finish_time: 0,
      properties: { origin_model_name: 'kling-v2-1' },
    });
    expect(at(first, 'data', 'data', 'task_status')).toBe('submitted');

    const steps: [number, string, string][] = [
      [1, 'SUBMITTED', '10%'],
      [2, 'QUEUED', '20%'],
      [2, 'IN_PROGRESS', '30%'],
      [6, 'IN_PROGRESS', '50%'],
      [5, 'SUCCESS', '100%'],
    ];
    let last: unknown;
    for (const [advance, status, progress] of steps) {
      clock.advanceSeconds(advance);
      last = await poll(id);
      expect(at(last, 'data')).toMatchObject({ status, progress });
    }
    expect(at(last, 'data')).toMatchObject({
      start_time: submitted + 4,
      finish_time: submitted + 16,
    });
    expect(at(last, 'data', 'data', 'task_status')).toBe('succeed');
    expect(at(last, 'data', 'data', 'task_id')).toMatch(/^\d{18}$/);
    await expectVideo(at(last, 'data', 'result_url'));
  });

  it('ends in FAILURE with the reason in fail_reason', async () => {
    const id = fresh('task_OL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJ');
    await poll(id);
    clock.advanceSeconds(4);
    expect(at(await poll(id), 'data', 'status')).toBe('IN_PROGRESS');
    clock.advanceSeconds(6);
    const failed = await poll(id);
    expect(at(failed, 'data')).toMatchObject({
      status: 'FAILURE',
      result_url: '',
      fail_reason: 'Failure to pass the risk control system',
    });
    expect(at(failed, 'data', 'data', 'task_status')).toBe('failed');
  });
});

describe('new-api-flat at /v1/video/generations/{id}', () => {
  const poll = async (id: string) =>
    (await getJson(`${server.origin}/v1/video/generations/${id}`)).body;

  it('answers flat: queued, processing, succeeded with url', async () => {
    const id = fresh('task_TeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vU');
    expect(await poll(id)).toEqual({
      code: 'success',
      data: { status: 'queued', task_id: id, url: '', format: 'mp4', error: null },
    });
    clock.advanceSeconds(5);
    expect(at(await poll(id), 'data', 'status')).toBe('processing');
    clock.advanceSeconds(9);
    const done = await poll(id);
    expect(at(done, 'data')).toMatchObject({ status: 'succeeded', format: 'mp4', error: null });
    await expectVideo(at(done, 'data', 'url'));
  });

  it('fails with an error object', async () => {
    const id = fresh('task_CsMehGAkWvj7FAc9QeWJKY40uvSwMFLZ');
    await poll(id);
    clock.advanceSeconds(4);
    expect(at(await poll(id), 'data', 'status')).toBe('processing');
    clock.advanceSeconds(5);
    expect(at(await poll(id), 'data')).toMatchObject({
      status: 'failed',
      url: '',
      error: { code: 'generation_failed', message: expect.stringContaining('input image') },
    });
  });
});
