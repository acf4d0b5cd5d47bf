// The simulator can produce every failure class the dashboard knows, in the providers' own
// shapes, and the dashboard's HTTP seam, model and classifier put each where it is meant to go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/domain/api-error';
import { classifyFailure, type FailureClass } from '../../src/domain/failure-classes';
import { fetchTask } from '../../src/api/get-task';
import type { Connection } from '../../src/api/http-client';
import { parseTask } from '../../src/domain/task-model';
import { catalogue } from '../../server/simulator/catalogue';
import { createSimulator } from '../../server/simulator/create-simulator';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';
import { DEFAULT_QUERY_TEMPLATES } from '../../src/domain/query-endpoints';

const clock = new FakeClock();
let server: RunningServer;
let connection: Connection;
let run = 0;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now }));
  connection = {
    baseUrl: server.origin,
    apiKey: 'sk-classes',
    forwardedHost: '',
    viaProxy: false,
    appOrigin: server.origin,
    queryTemplates: DEFAULT_QUERY_TEMPLATES,
  };
});
afterAll(() => server.close());

const fresh = (id: string) => `${id}--cls${++run}`;
const poll = (id: string) => getJson(`${server.origin}/v1/videos/${id}`);

/** A fresh instance of `id`, asked for once and then moved past the end of its life. */
async function finished(id: string) {
  const instance = fresh(id);
  await poll(instance);
  clock.advanceSeconds(60);
  return { id: instance, ...(await poll(instance)) };
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the request to fail');
}

describe('the failure-class entries', () => {
  it('cover, with the demos, every class the dashboard shows', () => {
    const classes: FailureClass[] = [
      'input-moderation',
      'output-moderation',
      'quota',
      'not-found',
      'timed-out',
      'unreachable',
      'provider-error',
    ];
    const shown = new Set<string>(['output-moderation', 'timed-out']); // the two failing demos
    for (const entry of catalogue) if (entry.failureClass) shown.add(entry.failureClass);
    expect([...shown].sort()).toEqual([...classes].sort());
  });

  // Entries whose finished body says why it failed: the dashboard must agree on the class.
  it.each(
    catalogue.flatMap((entry) =>
      entry.failureClass && entry.outcome === 'failed' ? [[entry.id, entry.failureClass]] : [],
    ),
  )('%s ends in a body the dashboard classifies as %s', async (id, expected) => {
    const { id: instance, response, body } = await finished(id);
    expect(response.status).toBe(200);
    const task = parseTask(body, instance);
    expect(task.status).toBe('failed');
    expect(classifyFailure(task, null)).toBe(expected);
  });

  it.each([
    ['sora-2:task_demo_moderation', 'output-moderation'],
    ['sora-2:task_demo_failure', 'timed-out'],
  ])('the demo %s is classified as %s', async (id, expected) => {
    const { id: instance, body } = await finished(id);
    expect(classifyFailure(parseTask(body, instance), null)).toBe(expected);
  });
});

describe('input moderation', () => {
  it('refuses the prompt before generating, in the reseller shape', async () => {
    const id = fresh('sora-2:task_class_prompt_rejected');
    const queued = (await poll(id)).body;
    expect(at(queued, 'detail', 'pending_info', 'status')).toBe('queued');
    expect(at(queued, 'detail', 'pending_info', 'failure_reason')).toBeNull();

    clock.advanceSeconds(2);
    const failed = (await poll(id)).body;
    expect(failed.status).toBe('failed');
    expect(at(failed, 'detail', 'status')).toBe('failed');
    const pending = at(failed, 'detail', 'pending_info');
    expect(pending).toMatchObject({
      status: 'failed',
      progress_pct: 0,
      generations: [],
      failure_reason: 'Your prompt may violate our content policy. Please revise it and try again.',
      moderation_result: {
        type: 'input_rejection',
        is_output_rejection: false,
        results_by_frame_index: {},
      },
    });
    expect(failed.video_url).toBeUndefined();
  });

  it('refuses an input image of a real person, naming no policy', async () => {
    const { body } = await finished('sora-2:task_class_image_rejected');
    expect(at(body, 'detail', 'input', 'images')).toEqual([
      `${server.origin}/sim/media/input-1.png`,
    ]);
    expect(at(body, 'detail', 'pending_info', 'failure_reason')).toMatch(
      /^We currently do not support uploads of images containing photorealistic people/,
    );
    // The upload check, not the moderation model, refused it: moderation itself passed.
    expect(at(body, 'detail', 'pending_info', 'moderation_result', 'type')).toBe('passed');
  });

  it('answers moderation_blocked in the official shape, with no video to fetch', async () => {
    const { id, body } = await finished('video_class_moderation_blocked');
    expect(body).toMatchObject({
      id,
      object: 'video',
      status: 'failed',
      progress: 0,
      completed_at: null,
      expires_at: null,
      error: {
        code: 'moderation_blocked',
        message: 'Your request was blocked by our moderation system.',
      },
    });
    expect(body.video_url).toBeUndefined();
    const content = await fetch(`${server.origin}/v1/videos/${id}/content`, { headers: auth });
    expect(content.status).toBe(404);
  });
});

describe('quota and provider errors', () => {
  it('answers insufficient_quota in the official shape', async () => {
    const { body } = await finished('video_class_insufficient_quota');
    expect(body).toMatchObject({
      status: 'failed',
      progress: 0,
      error: {
        code: 'insufficient_quota',
        message: expect.stringMatching(/exceeded your current quota/),
      },
    });
  });

  it('fails mid-way with a generic internal error in the reseller shape', async () => {
    const id = fresh('sora-2:task_class_internal_error');
    await poll(id);
    clock.advanceSeconds(4);
    const running = (await poll(id)).body;
    expect(at(running, 'detail', 'pending_info', 'status')).toBe('processing');
    expect(at(running, 'detail', 'pending_info', 'progress_pct')).toBeCloseTo(0.3);
    clock.advanceSeconds(2);
    const failed = (await poll(id)).body;
    expect(at(failed, 'detail', 'pending_info')).toMatchObject({
      status: 'failed',
      progress_pct: 0.6,
      failure_reason:
        'An internal error occurred while generating your video. Please try again later.',
      moderation_result: { type: 'passed' },
    });
  });
});

describe('expired', () => {
  it('completes, then answers 404 once the provider has forgotten it', async () => {
    const id = fresh('sora-2:task_class_expired');
    await poll(id);
    clock.advanceSeconds(4);
    const done = await poll(id);
    expect(done.body.status).toBe('completed');
    const content = `${server.origin}/v1/videos/${id}/content`;
    expect((await fetch(content, { headers: auth })).status).toBe(200);

    clock.advanceSeconds(7.9);
    expect((await poll(id)).body.status).toBe('completed');
    clock.advanceSeconds(0.1);
    const gone = await poll(id);
    expect(gone.response.status).toBe(404);
    expect(gone.body).toEqual({
      error: {
        message: `Video task '${id}' has expired and is no longer available.`,
        type: 'invalid_request_error',
        code: 'task_expired',
      },
    });
    expect((await fetch(content, { headers: auth })).status).toBe(404);

    // Through the dashboard's own HTTP seam: a not-found error, classed as expired or not found.
    const error = await errorOf(fetchTask(connection, id));
    expect(error).toBeInstanceOf(ApiError);
    expect(classifyFailure(undefined, error)).toBe('not-found');
  });
});

describe('unreachable: a provider that sends no CORS headers', () => {
  const origin = 'http://localhost:5173';

  it('answers the preflight with a 401 and no CORS headers, so a browser gives up', async () => {
    const id = fresh('sora-2:task_class_no_cors');
    const preflight = await fetch(`${server.origin}/v1/videos/${id}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,accept',
      },
    });
    expect(preflight.status).toBe(401);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('sends a normal task without CORS headers, which only a same-origin page can read', async () => {
    const id = fresh('sora-2:task_class_no_cors');
    const response = await fetch(`${server.origin}/v1/videos/${encodeURIComponent(id)}`, {
      headers: { ...auth, Origin: origin },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const body: unknown = await response.json();
    expect(at(body, 'detail', 'pending_info', 'status')).toBe('queued');

    // Every other task still answers with CORS headers.
    const other = await fetch(`${server.origin}/v1/videos/${fresh('sora-2:task_demo_fast')}`, {
      headers: { ...auth, Origin: origin },
    });
    expect(other.headers.get('access-control-allow-origin')).toBe('*');
  });
});
