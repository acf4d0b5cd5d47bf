import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../server/simulator/create-simulator';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

// Held here so a row can pick it; the assertion itself always runs.
const ANY_TEXT = expect.any(String);

const clock = new FakeClock();
let server: RunningServer;
let instance = 0;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now }));
});
afterAll(() => server.close());

/** A fresh copy of a catalogue task, so every test starts its clock from zero. */
function fresh(id: string): string {
  instance += 1;
  return `${id}--t${instance}`;
}

function poll(id: string) {
  return getJson(`${server.origin}/v1/videos/${id}`);
}

describe('authentication and lookup', () => {
  it.each([
    ['no header', {}],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
    ['another scheme', { Authorization: 'Basic dXNlcjpwYXNz' }],
  ])('answers 401 with an OpenAI-style error for %s', async (_case, headers) => {
    const { response, body } = await getJson(
      `${server.origin}/v1/videos/sora-2:task_demo_fast`,
      headers,
    );
    expect(response.status).toBe(401);
    expect(body).toEqual({
      error: {
        message: expect.stringContaining('API key'),
        type: 'invalid_request_error',
        code: 'invalid_api_key',
      },
    });
  });

  it.each(['sora-2:task_nope', 'sora-2:task_demo_fast--bad.suffix', '--x'])(
    'answers 404 JSON for the unknown id %s',
    async (id) => {
      const { response, body } = await poll(encodeURIComponent(id));
      expect(response.status).toBe(404);
      expect(at(body, 'error', 'message')).toContain(id);
    },
  );

  it('accepts the colon raw or percent-encoded and echoes the id', async () => {
    const id = fresh('sora-2:task_demo_fast');
    const raw = await poll(id);
    const encoded = await poll(encodeURIComponent(id));
    expect(raw.body.id).toBe(id);
    expect(encoded.body.id).toBe(id);
    expect(at(raw.body, 'detail', 'id')).toBe(id.replace('sora-2:', ''));
  });
});

describe('sora-2:task_demo_fast (reseller shape)', () => {
  it('goes queued -> running -> completed on the simulator clock', async () => {
    const id = fresh('sora-2:task_demo_fast');
    const startedAt = clock.now();

    const queued = (await poll(id)).body;
    expect(queued.status).toBe('pending');
    expect(queued.status_update_time).toBe(startedAt);
    expect(at(queued, 'detail', 'status')).toBe('pending');
    expect(at(queued, 'detail', 'pending_info', 'status')).toBe('queued');
    expect(at(queued, 'detail', 'pending_info', 'progress_pos_in_queue')).toBe(2);
    expect(at(queued, 'detail', 'pending_info', 'estimated_queue_wait_time')).toBe(4);
    expect(at(queued, 'detail', 'pending_info', 'queue_status_message')).toMatch(/queue/);
    expect(at(queued, 'detail', 'input', 'images')).toEqual([
      `${server.origin}/sim/media/input-1.png`,
      `${server.origin}/sim/media/input-2.png`,
    ]);
    expect(at(queued, 'detail', 'pending_info', 'inpaint_items')).toEqual([
      expect.objectContaining({ type: 'image', crop_bounds: null }),
      expect.objectContaining({
        crop_bounds: { left: 0.1, top: 0.2, right: 0.8, bottom: 0.9 },
        source_start_frame: 72,
        source_end_frame: 95,
      }),
    ]);

    clock.advanceSeconds(2.5);
    const later = (await poll(id)).body;
    expect(at(later, 'detail', 'pending_info', 'progress_pos_in_queue')).toBe(1);
    expect(at(later, 'detail', 'pending_info', 'estimated_queue_wait_time')).toBe(2);

    clock.advanceSeconds(3.5);
    const running = (await poll(id)).body;
    // The seed's own disagreement: pending outside, processing inside.
    expect(running.status).toBe('pending');
    expect(running.status_update_time).toBe(startedAt + 4000);
    expect(at(running, 'detail', 'pending_info', 'status')).toBe('processing');
    expect(at(running, 'detail', 'pending_info', 'progress_pos_in_queue')).toBeNull();
    // The frame count of the demo file itself (media/demo.mp4: 96 frames at 24 fps).
    expect(at(running, 'detail', 'pending_info', 'n_frames')).toBe(96);
    const early = at(running, 'detail', 'pending_info', 'progress_pct');
    expect(early).toBeCloseTo(2 / 16);

    clock.advanceSeconds(10);
    const progressed = at((await poll(id)).body, 'detail', 'pending_info', 'progress_pct');
    expect(progressed).toBeCloseTo(12 / 16);

    clock.advanceSeconds(5);
    const done = (await poll(id)).body;
    expect(done.status).toBe('completed');
    expect(done.status_update_time).toBe(startedAt + 20_000);
    expect(done).toMatchObject({ width: 352, height: 640 });
    expect(at(done, 'detail', 'status')).toBe('completed');
    expect(at(done, 'detail', 'pending_info')).toBeUndefined();
    expect(at(done, 'detail', 'draft_info')).toMatchObject({
      kind: 'sora_draft',
      width: 352,
      height: 640,
      prompt: 'make animate',
      created_at: (startedAt + 20_000) / 1000,
    });
    for (const key of ['source', 'source_wm', 'md', 'gif', 'thumbnail']) {
      expect(at(done, 'detail', 'draft_info', 'encodings', key, 'path')).toMatch(
        new RegExp(`^${server.origin}/sim/media/demo\\.`),
      );
    }

    const videoUrl = new URL(String(done.video_url));
    expect(videoUrl.origin).toBe(server.origin);
    expect(videoUrl.pathname).toBe('/sim/media/demo.mp4');
    const expiresIn = Date.parse(videoUrl.searchParams.get('se') ?? '') - (startedAt + 20_000);
    expect(expiresIn).toBe(6 * 24 * 3600 * 1000);
    expect(at(done, 'detail', 'url')).toBe(done.video_url);
    expect(String(done.thumbnail_url)).toContain('/sim/media/demo.jpg?');
    expect(String(at(done, 'detail', 'gif_url'))).toContain('/sim/media/demo.gif?');

    // The URL is stable across polls, so a playing video is not reloaded.
    clock.advanceSeconds(30);
    expect((await poll(id)).body.video_url).toBe(done.video_url);

    const video = await fetch(String(done.video_url));
    expect(video.status).toBe(200);
    expect(video.headers.get('content-type')).toBe('video/mp4');
  });

  it('gives every instance its own clock', async () => {
    const first = fresh('sora-2:task_demo_fast');
    await poll(first);
    clock.advanceSeconds(21);
    const second = fresh('sora-2:task_demo_fast');
    expect((await poll(first)).body.status).toBe('completed');
    expect((await poll(second)).body.status).toBe('pending');
    expect((await poll(second)).body.id).toBe(second);
  });
});

describe('the other catalogue tasks', () => {
  it('sora-2:task_demo_slow queues 30 s from position 5, runs 150 s, completes', async () => {
    const id = fresh('sora-2:task_demo_slow');
    expect(at((await poll(id)).body, 'detail', 'pending_info', 'progress_pos_in_queue')).toBe(5);
    clock.advanceSeconds(29);
    expect(at((await poll(id)).body, 'detail', 'pending_info', 'progress_pos_in_queue')).toBe(1);
    clock.advanceSeconds(76);
    const running = (await poll(id)).body;
    expect(at(running, 'detail', 'pending_info', 'progress_pct')).toBeCloseTo(0.5);
    clock.advanceSeconds(75);
    expect((await poll(id)).body.status).toBe('completed');
  });

  it('video_demo_openai_format uses OpenAI fields with seconds and 0-100 progress', async () => {
    const id = fresh('video_demo_openai_format');
    const createdAt = Math.floor(clock.now() / 1000);
    const queued = (await poll(id)).body;
    expect(queued).toEqual({
      id,
      object: 'video',
      created_at: createdAt,
      status: 'queued',
      completed_at: null,
      model: 'sora-2',
      progress: 0,
      seconds: '4',
      size: '352x640',
    });
    clock.advanceSeconds(9);
    const running = (await poll(id)).body;
    expect(running).toMatchObject({ status: 'in_progress', progress: 50 });
    clock.advanceSeconds(6);
    const done = (await poll(id)).body;
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      completed_at: createdAt + 15,
    });
    expect(String(done.video_url)).toMatch(new RegExp(`^${server.origin}/sim/media/demo\\.mp4\\?`));
  });

  it('video_demo_official carries no URL and expires a day after completion', async () => {
    const id = fresh('video_demo_official');
    const createdAt = Math.floor(clock.now() / 1000);
    const queued = (await poll(id)).body;
    expect(queued).toMatchObject({
      status: 'queued',
      expires_at: null,
      error: null,
      remixed_from_video_id: null,
      prompt: expect.any(String),
    });
    clock.advanceSeconds(7);
    expect((await poll(id)).body).toMatchObject({ status: 'in_progress', progress: 50 });
    clock.advanceSeconds(5);
    const done = (await poll(id)).body;
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      completed_at: createdAt + 12,
      expires_at: createdAt + 12 + 86_400,
    });
    expect(JSON.stringify(done)).not.toMatch(/https?:/);
  });

  it('sora-2:task_demo_moderation fails with an output rejection', async () => {
    const id = fresh('sora-2:task_demo_moderation');
    await poll(id);
    clock.advanceSeconds(6);
    const running = (await poll(id)).body;
    expect(at(running, 'detail', 'pending_info', 'failure_reason')).toBeNull();
    clock.advanceSeconds(5);
    const failed = (await poll(id)).body;
    expect(failed.status).toBe('failed');
    expect(at(failed, 'detail', 'status')).toBe('failed');
    const info = at(failed, 'detail', 'pending_info');
    expect(info).toMatchObject({
      status: 'failed',
      failure_reason:
        'This content may violate our guardrails around nudity, sexuality, or erotic content.',
      needs_user_review: true,
      num_unsafe_generations: 1,
      moderation_result: {
        type: 'output_rejection',
        is_output_rejection: true,
        task_id: id.replace('sora-2:', ''),
      },
    });
    expect(Object.keys(Object(at(info, 'moderation_result', 'results_by_frame_index')))).toEqual([
      '24',
      '72',
    ]);
    expect(at(failed, 'video_url')).toBeUndefined();
  });

  it('sora-2:task_demo_failure fails after 8 s with a plain reason', async () => {
    const id = fresh('sora-2:task_demo_failure');
    await poll(id);
    clock.advanceSeconds(7.9);
    expect((await poll(id)).body.status).toBe('pending');
    clock.advanceSeconds(0.2);
    const failed = (await poll(id)).body;
    expect(failed.status).toBe('failed');
    expect(at(failed, 'detail', 'pending_info', 'failure_reason')).toBe(
      'Generation failed: upstream worker timed out.',
    );
    expect(at(failed, 'detail', 'pending_info', 'moderation_result', 'type')).toBe('passed');
  });

  it('sora-2:task_demo_disagree keeps a lagging outer status after completing', async () => {
    const id = fresh('sora-2:task_demo_disagree');
    await poll(id);
    clock.advanceSeconds(9);
    const running = (await poll(id)).body;
    expect(running.status).toBe('pending');
    expect(at(running, 'detail', 'pending_info', 'status')).toBe('processing');
    expect(at(running, 'detail', 'pending_info', 'progress_pct')).toBeCloseTo(0.5);
    clock.advanceSeconds(7);
    const done = (await poll(id)).body;
    expect(done.status).toBe('processing');
    expect(done.video_url).toBeUndefined();
    expect(at(done, 'detail', 'status')).toBe('completed');
    expect(String(at(done, 'detail', 'url'))).toContain('/sim/media/demo.mp4?');
    expect(at(done, 'detail', 'draft_info', 'kind')).toBe('sora_draft');
  });

  it('runs faster with speed', async () => {
    const fastClock = new FakeClock();
    const quick = await listen(createSimulator({ now: fastClock.now, speed: 10 }));
    try {
      const url = `${quick.origin}/v1/videos/sora-2:task_demo_fast`;
      await getJson(url);
      fastClock.advanceSeconds(2.1);
      const { body } = await getJson(url);
      expect(body.status).toBe('completed');
      expect(body.status_update_time).toBe(fastClock.now() - 100);
    } finally {
      await quick.close();
    }
  });
});

describe('catalogue', () => {
  it('lists demos first, then the flagged failure-class examples, faults and hostile bodies', async () => {
    const { body } = await getJson(`${server.origin}/sim/catalogue`, {});
    const tasks = body.tasks;
    if (!Array.isArray(tasks)) throw new Error('tasks must be an array');
    const ids = tasks.map((task) => String(at(task, 'id')));
    // The Sora tasks keep their ids and their order; the other families' tasks come after
    // the Sora demos (`simulator-catalogue.test.ts` looks at them).
    expect(ids.filter((id) => /^(sora-2:|video_demo_|video_class_)/.test(id))).toEqual([
      'sora-2:task_demo_fast',
      'sora-2:task_demo_slow',
      'video_demo_openai_format',
      'video_demo_official',
      'sora-2:task_demo_moderation',
      'sora-2:task_demo_failure',
      'sora-2:task_demo_disagree',
      'sora-2:task_demo_jumpy',
      'sora-2:task_demo_expiring_link',
      'sora-2:task_demo_link_gone',
      'sora-2:task_class_prompt_rejected',
      'sora-2:task_class_image_rejected',
      'video_class_moderation_blocked',
      'video_class_insufficient_quota',
      'sora-2:task_class_internal_error',
      'sora-2:task_class_expired',
      'sora-2:task_class_no_cors',
      'sora-2:task_fault_429',
      'sora-2:task_fault_500',
      'sora-2:task_fault_524',
      'sora-2:task_fault_slow',
      'sora-2:task_fault_not_json',
      'sora-2:task_fault_flaky',
      'sora-2:task_hostile_text',
      'sora-2:task_hostile_text_done',
      'sora-2:task_hostile_urls',
      'sora-2:task_hostile_huge',
    ]);
    const flagged = (task: unknown) =>
      at(task, 'fault') === true ||
      typeof at(task, 'failureClass') === 'string' ||
      typeof at(task, 'hostile') === 'string';
    const firstFlagged = tasks.findIndex(flagged);
    expect(tasks.slice(firstFlagged).every(flagged)).toBe(true);
    expect(ids.indexOf('sora-2:task_class_prompt_rejected')).toBe(firstFlagged);

    for (const task of tasks) {
      const id = String(at(task, 'id'));
      expect(task).toEqual({
        id: expect.any(String),
        title: expect.any(String),
        shape: at(task, 'family'),
        outcome: expect.any(String),
        description: expect.any(String),
        family: expect.any(String),
        model: expect.any(String),
        endpoint: expect.any(String),
        state: expect.stringMatching(/^(succeeded|failed|cancelled|expired)$/),
        fresh: expect.stringContaining('{run}'),
        ...(at(task, 'demo') === undefined ? {} : { demo: true }),
        ...(id.includes('fault') || id === '867283741845339027' ? { fault: true } : {}),
        ...(id.includes('_class_') ? { failureClass: ANY_TEXT } : {}),
        ...(id.includes('_hostile_') ? { hostile: ANY_TEXT } : {}),
      });
    }
    // The demo: a mix of Sora tasks and of the families that replaced Sora 2.
    expect(
      ids.filter((id) => tasks.some((task) => at(task, 'id') === id && at(task, 'demo'))),
    ).toEqual([
      'sora-2:task_demo_fast',
      'sora-2:task_demo_slow',
      'video_demo_official',
      'sora-2:task_demo_moderation',
      'sora-2:task_demo_jumpy',
      'veo3.1-fast:1770350082-trii1OXZc3',
      'task_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO',
      'cgt-20260112093015-x7k2p',
      'cgt-20260112094422-m4q9d',
      '867283741759111202',
    ]);
  });
});

describe('CORS', () => {
  it('answers the preflight a browser sends before an authorised GET', async () => {
    const response = await fetch(`${server.origin}/v1/videos/sora-2:task_demo_fast`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,accept,x-forwarded-host',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'accept', 'x-forwarded-host']) {
      expect(allowed).toContain(header);
    }
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,DELETE,OPTIONS');
  });

  it('exposes the retry hints on error answers, unless told not to', async () => {
    const response = await fetch(`${server.origin}/v1/videos/sora-2:task_fault_429`, {
      headers: { ...auth, Origin: 'http://localhost:5173' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe(
      'Retry-After,retry-after-ms',
    );

    const stingy = await listen(createSimulator({ exposeRetryHeaders: false }));
    try {
      const plain = await fetch(`${stingy.origin}/v1/videos/sora-2:task_fault_429`, {
        headers: auth,
      });
      expect(plain.headers.get('access-control-expose-headers')).toBeNull();
      expect(plain.headers.get('retry-after')).toBe('2');
    } finally {
      await stingy.close();
    }
  });
});

describe('media', () => {
  it.each([
    ['demo.mp4', 'video/mp4'],
    ['demo.jpg', 'image/jpeg'],
    ['demo.gif', 'image/gif'],
    ['input-1.png', 'image/png'],
    ['input-2.png', 'image/png'],
  ])('serves %s as %s, ignoring the signature query', async (file, type) => {
    const response = await fetch(`${server.origin}/sim/media/${file}?st=x&se=y&sig=z`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toContain('max-age');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('answers a Range request with 206 and the requested bytes', async () => {
    const whole = await (await fetch(`${server.origin}/sim/media/demo.mp4`)).arrayBuffer();
    const response = await fetch(`${server.origin}/sim/media/demo.mp4`, {
      headers: { Range: 'bytes=100-199' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 100-199/${whole.byteLength}`);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      new Uint8Array(whole.slice(100, 200)),
    );
  });

  it.each(['nope.mp4', '..%2Fcatalogue.ts', '.gitkeep'])('answers 404 for %s', async (file) => {
    const response = await fetch(`${server.origin}/sim/media/${file}`);
    expect(response.status).toBe(404);
  });
});
