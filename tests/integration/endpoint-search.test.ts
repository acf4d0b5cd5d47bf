// The endpoint search over real HTTP, against a stand-in reseller whose paths each know some
// tasks: how many requests a task costs to find, and what it says when no path knows it.
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchTask } from '../../src/api/get-task';
import type { Connection } from '../../src/api/http-client';
import { DEFAULT_QUERY_TEMPLATES } from '../../src/domain/query-endpoints';
import { endpointMemory } from '../../src/stores/endpoint-memory';
import { failureOf, listen, type RunningServer } from './server-harness';

/** Every request the reseller got, as `path?query`. */
const asked: string[] = [];
/** Ids each path knows; a task removed from one answers "not found" there from then on. */
const known = {
  videos: new Set(['sora-2:task_on_videos_1', 'video_on_videos']),
  unified: new Set(['veo3.1-fast:1770350082-trii1OXZc3', 'video_only_unified']),
  generations: new Set(['video_only_generations', 'task_0123456789abcdefghijABCDEFGHIJ01']),
};
/** Ids whose next request at a path answers this HTTP status once. */
const faults = new Map<string, number>();

function reseller(): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    asked.push(`${decodeURIComponent(url.pathname)}${decodeURIComponent(url.search)}`);
    await next();
  });
  const fault = (id: string) => {
    const status = faults.get(id);
    if (status === undefined) return undefined;
    faults.delete(id);
    return status;
  };
  app.get('/v1/videos/:id', (c) => {
    const id = c.req.param('id');
    if (id === 'video_refused_at_videos') return c.json({ error: { message: 'bad id form' } }, 400);
    if (!known.videos.has(id)) return c.json({ error: { message: 'not found' } }, 404);
    return c.json({ id, object: 'video', status: 'in_progress', progress: 40 });
  });
  app.get('/v1/video/query', (c) => {
    const id = c.req.query('id') ?? '';
    const status = fault(id);
    if (status)
      return c.json({ error: { message: `fault ${status}` } }, status === 500 ? 500 : 429);
    if (!known.unified.has(id)) return c.json({ error: { message: 'task not found' } }, 404);
    return c.json({ id, status: 'video_generating', detail: { status: 'video_generating' } });
  });
  app.get('/v1/video/generations/:id', (c) => {
    const id = c.req.param('id');
    if (id === 'task_refusedAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA') {
      return c.json({ code: 1102, message: 'Account balance not enough', data: null });
    }
    if (!known.generations.has(id)) {
      return c.json({ code: 'task_not_exist', message: 'task_not_exist', data: null });
    }
    return c.json({
      code: 'success',
      data: { task_id: id, status: 'IN_PROGRESS', progress: '30%' },
    });
  });
  return app;
}

let server: RunningServer;
let connection: Connection;

beforeAll(async () => {
  server = await listen(reseller());
  connection = {
    baseUrl: server.origin,
    apiKey: 'sk-search-secret',
    forwardedHost: '',
    viaProxy: false,
    appOrigin: server.origin,
    queryTemplates: DEFAULT_QUERY_TEMPLATES,
  };
});
afterAll(() => server.close());
beforeEach(() => {
  asked.length = 0;
  endpointMemory.reset();
});

describe('the endpoint search', () => {
  it('asks a Sora id at /v1/videos first and a Veo id at the unified endpoint first: one request each', async () => {
    const sora = await fetchTask(connection, 'sora-2:task_on_videos_1');
    const veo = await fetchTask(connection, 'veo3.1-fast:1770350082-trii1OXZc3');
    expect(sora.endpoint).toBe('/v1/videos/{id}');
    expect(veo.endpoint).toBe('/v1/video/query?id={id}');
    expect(veo.status).toBe('running');
    expect(asked).toEqual([
      '/v1/videos/sora-2:task_on_videos_1',
      '/v1/video/query?id=veo3.1-fast:1770350082-trii1OXZc3',
    ]);
  });

  it('moves on after a 404 and a task_not_exist body, then asks only where it was found', async () => {
    const task = await fetchTask(connection, 'video_only_generations');
    expect(task.status).toBe('running');
    expect(task.progress).toBe(30);
    expect(task.endpoint).toBe('/v1/video/generations/{id}');
    expect(asked).toHaveLength(3);
    asked.length = 0;
    await fetchTask(connection, 'video_only_generations');
    expect(asked).toEqual(['/v1/video/generations/video_only_generations']);
  });

  it('a 400 from a path that cannot take the id form moves on too', async () => {
    known.unified.add('video_refused_at_videos');
    const task = await fetchTask(connection, 'video_refused_at_videos');
    expect(task.endpoint).toBe('/v1/video/query?id={id}');
  });

  it('says so when no endpoint knows the task, once per endpoint, and searches again when asked again', async () => {
    const error = await failureOf(fetchTask(connection, 'video_nowhere'));
    expect(error.kind).toBe('not-found');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(
      /^Not found at any endpoint: asked \/v1\/videos\/\{id\}, \/v1\/video\/query\?id=\{id\}, \/v1\/video\/generations\/\{id\}\./,
    );
    expect(error.message).toMatch(/Settings → Query endpoints/);
    expect(asked).toHaveLength(3);
    await failureOf(fetchTask(connection, 'video_nowhere'));
    expect(asked).toHaveLength(6);
  });

  it('a 404 where the task answered before means it expired: no new search', async () => {
    known.videos.add('video_going_away');
    known.generations.add('video_going_away');
    await fetchTask(connection, 'video_going_away');
    known.videos.delete('video_going_away');
    asked.length = 0;
    const error = await failureOf(fetchTask(connection, 'video_going_away'));
    expect(error.kind).toBe('not-found');
    expect(error.message).toMatch(/no longer has this task.*expired or was removed/);
    expect(asked).toEqual(['/v1/videos/video_going_away']);
  });

  it('an error other than "not here" stops the search; the next ask resumes where it stopped', async () => {
    faults.set('video_only_generations_2', 500);
    known.generations.add('video_only_generations_2');
    const error = await failureOf(fetchTask(connection, 'video_only_generations_2'));
    expect(error.kind).toBe('server');
    expect(asked).toEqual([
      '/v1/videos/video_only_generations_2',
      '/v1/video/query?id=video_only_generations_2',
    ]);
    asked.length = 0;
    const task = await fetchTask(connection, 'video_only_generations_2');
    expect(task.endpoint).toBe('/v1/video/generations/{id}');
    expect(asked).toEqual([
      '/v1/video/query?id=video_only_generations_2',
      '/v1/video/generations/video_only_generations_2',
    ]);
  });

  it('a code other than 0 on HTTP 200 is an error with the provider’s words and never the key', async () => {
    const error = await failureOf(
      fetchTask(
        { ...connection, queryTemplates: ['/v1/video/generations/{id}'] },
        'task_refusedAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ),
    );
    expect(error.kind).toBe('client');
    expect(error.message).toBe(
      'The provider answered with an error (code 1102): “Account balance not enough”. Fix what it names, then press Refresh.',
    );
    expect(error.message).not.toContain(connection.apiKey);
  });

  it('a new list of endpoints starts a new search', async () => {
    const only = { ...connection, queryTemplates: ['/v1/videos/{id}'] };
    await failureOf(fetchTask(only, 'task_0123456789abcdefghijABCDEFGHIJ01'));
    asked.length = 0;
    const task = await fetchTask(connection, 'task_0123456789abcdefghijABCDEFGHIJ01');
    expect(task.endpoint).toBe('/v1/video/generations/{id}');
    expect(asked).toEqual(['/v1/video/generations/task_0123456789abcdefghijABCDEFGHIJ01']);
  });
});
