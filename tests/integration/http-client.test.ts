// The dashboard's HTTP seam against the real simulator over real HTTP, faults included.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTask } from '../../src/api/get-task';
import {
  apiGet,
  normaliseBaseUrl,
  taskContentUrl,
  taskUrl,
  type Connection,
} from '../../src/api/http-client';
import { RequestLimiter } from '../../src/api/request-limiter';
import { createApp } from '../../server/app';
import { createSimulator } from '../../server/simulator/create-simulator';
import { failureOf, FakeClock, listen, type RunningServer } from './server-harness';
import { DEFAULT_QUERY_TEMPLATES } from '../../src/domain/query-endpoints';

const clock = new FakeClock();
let simulator: RunningServer;
let connection: Connection;

beforeAll(async () => {
  simulator = await listen(
    createApp({
      simulator: createSimulator({ now: clock.now, slowFaultMs: 1_500 }),
      proxyAllow: [],
    }),
  );
  connection = {
    baseUrl: `${simulator.origin}/v1/`,
    apiKey: 'sk-integration-secret',
    forwardedHost: 'api.quickrouter.ai',
    viaProxy: false,
    appOrigin: simulator.origin,
    queryTemplates: DEFAULT_QUERY_TEMPLATES,
  };
});

afterAll(() => simulator.close());

let run = 0;
const fresh = (id: string) => `${id}--seam${++run}`;

describe('fetchTask against the simulator', () => {
  it('follows a reseller task from queued to succeeded', async () => {
    const id = fresh('sora-2:task_demo_fast');
    const queued = await fetchTask(connection, id);
    expect(queued.status).toBe('queued');
    expect(queued.queuePosition).toBeGreaterThanOrEqual(1);
    expect(queued.inpaintItems).toHaveLength(2);
    expect(queued.inputImages).toHaveLength(2);

    clock.advanceSeconds(10);
    const running = await fetchTask(connection, id);
    expect(running.status).toBe('running');
    expect(running.progress).toBeGreaterThan(0);
    expect(running.progress).toBeLessThan(100);

    clock.advanceSeconds(60);
    const done = await fetchTask(connection, id);
    expect(done.status).toBe('succeeded');
    expect(done.progress).toBe(100);
    expect(done.video?.kind).toBe('url');
    expect(done.posterUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const video = done.video?.kind === 'url' ? done.video.url : '';
    const media = await fetch(video, { headers: { Range: 'bytes=0-99' } });
    expect(media.status).toBe(206);
    expect(media.headers.get('content-type')).toBe('video/mp4');
  });

  it('reads the OpenAI-format and official shapes', async () => {
    const formatId = fresh('video_demo_openai_format');
    const officialId = fresh('video_demo_official');
    await fetchTask(connection, formatId);
    await fetchTask(connection, officialId);
    clock.advanceSeconds(120);
    const format = await fetchTask(connection, formatId);
    expect(format.status).toBe('succeeded');
    expect(format.video?.kind).toBe('url');
    const official = await fetchTask(connection, officialId);
    expect(official.status).toBe('succeeded');
    expect(official.video).toEqual({ kind: 'content-endpoint' });

    const content = await apiGet(connection, taskContentUrl(connection, officialId));
    expect(content.headers.get('content-type')).toBe('video/mp4');
    expect((await content.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  it('reports moderation and plain failures with their reasons', async () => {
    const moderationId = fresh('sora-2:task_demo_moderation');
    const failureId = fresh('sora-2:task_demo_failure');
    await fetchTask(connection, moderationId);
    await fetchTask(connection, failureId);
    clock.advanceSeconds(120);
    const moderation = await fetchTask(connection, moderationId);
    expect(moderation.status).toBe('failed');
    expect(moderation.failure?.isModeration).toBe(true);
    expect(moderation.failure?.message).toContain('guardrails');
    expect(moderation.moderation?.isOutputRejection).toBe(true);
    const failure = await fetchTask(connection, failureId);
    expect(failure.status).toBe('failed');
    expect(failure.failure?.isModeration).toBe(false);
  });

  it('resolves disagreeing statuses to the most advanced one', async () => {
    const id = fresh('sora-2:task_demo_disagree');
    await fetchTask(connection, id);
    clock.advanceSeconds(5);
    const running = await fetchTask(connection, id);
    expect(running.statusDisagreement).toBeDefined();
    clock.advanceSeconds(300);
    expect((await fetchTask(connection, id)).status).toBe('succeeded');
  });
});

describe('faults become typed errors with messages a person can act on', () => {
  it('401 for a missing key', async () => {
    const error = await failureOf(
      fetchTask({ ...connection, apiKey: '' }, fresh('sora-2:task_demo_fast')),
    );
    expect(error.kind).toBe('unauthorized');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/Check the key in Settings/);
  });

  it('quotes a provider that echoes the key in its error, without the key', async () => {
    // Like OpenAI's "Incorrect API key provided: sk-…": the error body repeats what was sent.
    const echo = new Hono();
    echo.get('/v1/videos/:id', (c) => {
      const key = (c.req.header('authorization') ?? '').replace(/^Bearer /, '');
      const status = Number(c.req.param('id'));
      const said = `Incorrect API key provided: ${key}. You can find your key at ${key}/keys.`;
      return c.json(
        { error: { message: said, type: 'invalid_request_error', code: key } },
        {
          status: status === 401 || status === 403 || status === 500 ? status : 400,
        },
      );
    });
    const provider = await listen(echo);
    try {
      const apiKey = 'sk-live-0123456789abcdef';
      const echoed: Connection = { ...connection, baseUrl: provider.origin, apiKey };
      const messages: string[] = [];
      for (const status of ['401', '403', '500', '400']) {
        const error = await failureOf(
          apiGet(echoed, taskUrl(echoed, status), { limiter: new RequestLimiter() }),
        );
        messages.push(error.message);
      }
      // The same through the whole seam, Query endpoints and all.
      messages.push((await failureOf(fetchTask(echoed, '401'))).message);
      for (const message of messages) {
        expect(message).toContain('Incorrect API key provided: ••••. You can find your key at');
        expect(message).not.toContain(apiKey);
      }
    } finally {
      await provider.close();
    }
  });

  it('404 for an unknown id', async () => {
    const error = await failureOf(fetchTask(connection, 'sora-2:task_nothing_here'));
    expect(error.kind).toBe('not-found');
    expect(error.retryable).toBe(false);
  });

  it('429 with a readable Retry-After', async () => {
    const error = await failureOf(fetchTask(connection, fresh('sora-2:task_fault_429')));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(2000);
  });

  it('500 and a 524 HTML page are retryable server errors', async () => {
    const e500 = await failureOf(fetchTask(connection, fresh('sora-2:task_fault_500')));
    expect(e500.kind).toBe('server');
    expect(e500.status).toBe(500);
    const e524 = await failureOf(fetchTask(connection, fresh('sora-2:task_fault_524')));
    expect(e524.kind).toBe('server');
    expect(e524.message).toMatch(/HTML error page/);
    expect(e524.message).toMatch(/gateway/);
  });

  it('a body that is not JSON is a clear error, not a crash', async () => {
    const error = await failureOf(fetchTask(connection, fresh('sora-2:task_fault_not_json')));
    expect(error.kind).toBe('bad-body');
    expect(error.message).toMatch(/not JSON/);
  });

  it('a slow answer is abandoned at the timeout', async () => {
    const url = `${normaliseBaseUrl(connection.baseUrl)}/v1/videos/${fresh('sora-2:task_fault_slow')}`;
    const error = await failureOf(apiGet(connection, url, { timeoutMs: 300 }));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('faults on demand via /sim/faults, then the task recovers', async () => {
    const id = fresh('sora-2:task_demo_fast');
    const response = await fetch(`${simulator.origin}/sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, fault: '500', times: 1 }),
    });
    expect(response.ok).toBe(true);
    expect((await failureOf(fetchTask(connection, id))).kind).toBe('server');
    expect((await fetchTask(connection, id)).status).toBe('queued');
  });

  it('an unreachable host is a network error that suggests the proxy', async () => {
    const closed = await listen(createSimulator());
    await closed.close();
    const error = await failureOf(
      fetchTask({ ...connection, baseUrl: closed.origin }, 'sora-2:task_demo_fast'),
    );
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/through this server/);
  });

  it('never sends the key to another origin', async () => {
    const error = await failureOf(apiGet(connection, 'https://evil.example.com/v1/videos/x'));
    expect(error.kind).toBe('config');
    expect(error.message).not.toContain(connection.apiKey);
  });
});

describe('through the same-origin proxy', () => {
  it('forwards to an allow-listed upstream with the key', async () => {
    const upstream = await listen(createSimulator({ now: clock.now }));
    const front = await listen(
      createApp({ simulator: createSimulator(), proxyAllow: [upstream.origin] }),
    );
    try {
      const viaProxy: Connection = {
        ...connection,
        baseUrl: upstream.origin,
        viaProxy: true,
        appOrigin: front.origin,
      };
      const task = await fetchTask(viaProxy, fresh('sora-2:task_demo_fast'));
      expect(task.status).toBe('queued');
      const refused: Connection = { ...viaProxy, baseUrl: 'https://not-allowed.example.com' };
      const error = await failureOf(fetchTask(refused, 'sora-2:task_demo_fast'));
      expect(error.kind).toBe('config');
      expect(error.message).toMatch(/proxy could not forward/);
      expect(error.message).toMatch(/not-allowed\.example\.com/);
    } finally {
      await front.close();
      await upstream.close();
    }
  });
});
