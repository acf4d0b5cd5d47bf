// Every family is served at its own path only: any other id, of another family or of none,
// gets that path's own "not found", so a client's endpoint search meets what it would in the
// field. The key, CORS and the control surface cover every path alike.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../server/simulator/create-simulator';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
let server: RunningServer;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now }));
});
afterAll(() => server.close());
beforeEach(async () => {
  await fetch(`${server.origin}/sim/reset`, { method: 'POST' });
});

const url = (template: string, id: string) =>
  `${server.origin}${template.replace('{id}', encodeURIComponent(id))}`;

/** Each path, an id it serves, and how it says it does not know an id. */
const paths: {
  template: string;
  servedId: string;
  missing: (id: string) => { status: number; body: unknown };
}[] = [
  {
    template: '/v1/videos/{id}',
    servedId: 'video_6a0f3c2e-8d41-4b7a-9e15-2c7d9b0f4e83',
    missing: (id) => ({
      status: 404,
      body: {
        error: {
          message: `No video task found with id '${id}'.`,
          type: 'invalid_request_error',
          code: 'not_found',
        },
      },
    }),
  },
  {
    template: '/v1/video/query?id={id}',
    servedId: 'grok:eee6faa8-9dee-455c-aa82-02ac623adf3a',
    missing: (id) => ({
      status: 404,
      body: {
        error: {
          message: `task not found: ${id}`,
          type: 'invalid_request_error',
          code: 'task_not_found',
        },
      },
    }),
  },
  {
    template: '/v1/video/generations/{id}',
    servedId: 'task_TeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vU',
    missing: () => ({
      status: 200,
      body: { code: 'task_not_exist', message: 'task_not_exist', data: null },
    }),
  },
  {
    template: '/seedance/api/v3/contents/generations/tasks/{id}',
    servedId: 'cgt-20260112093015-x7k2p',
    missing: () => ({
      status: 404,
      body: {
        error: {
          code: 'ResourceNotFound',
          message: expect.stringContaining('not found'),
          param: 'id',
          type: 'NotFound',
        },
      },
    }),
  },
  {
    template: '/kling/v1/videos/text2video/{id}',
    servedId: '867283741759111202',
    missing: () => ({
      status: 404,
      body: { code: 1203, message: 'Task not found', request_id: expect.any(String), data: null },
    }),
  },
  {
    template: '/wan/api/v1/tasks/{id}',
    servedId: '86ecf553-d340-4e21-af6e-a0c6a421c010',
    missing: (id) => ({
      status: 200,
      body: { request_id: expect.any(String), output: { task_id: id, task_status: 'UNKNOWN' } },
    }),
  },
  {
    template: '/minimax/v2/query/video_generation/{id}',
    servedId: '314052875571396',
    missing: () => ({
      status: 404,
      body: { error: { code: 2013, message: expect.stringContaining('not found') } },
    }),
  },
  {
    template: '/openrouter/api/v1/videos/{id}',
    servedId: 'job-vr2k81hq5d',
    missing: () => ({
      status: 404,
      body: { error: { code: 404, message: 'Video generation job not found' } },
    }),
  },
];

describe('each family at its own path', () => {
  it.each(paths.map((path) => [path.template, path]))(
    '%s serves its own id',
    async (_template, { template, servedId }) => {
      const { response } = await getJson(url(template, servedId));
      expect(response.status).toBe(200);
    },
  );

  // Unknown ids, including ones in another form's shape and a `--suffix` on a slot-form id.
  const unknownIds = [
    'nope',
    'task_0000000000000000000000000000000x',
    '999999999999123456',
    '867283741759111202--x1',
  ];
  const cases = paths.flatMap((path) => [
    ...unknownIds.map((id) => [path.template, id, path] as const),
    // Every other path's served id is another family's here.
    ...paths
      .filter((other) => other !== path)
      .map((other) => [path.template, other.servedId, path] as const),
  ]);

  it.each(cases)('%s answers its own not-found for %s', async (template, id, path) => {
    const { response, body } = await getJson(url(template, id));
    const expected = path.missing(id);
    expect(response.status).toBe(expected.status);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(body).toEqual(expected.body);
  });

  it('serves no Sora id at the unified or new-api paths', async () => {
    for (const template of ['/v1/video/query?id={id}', '/v1/video/generations/{id}']) {
      const { body } = await getJson(url(template, 'sora-2:task_demo_fast'));
      expect(JSON.stringify(body)).toMatch(/not[_ ]?(found|exist)/);
    }
  });

  it('answers 400 at the unified path without an id', async () => {
    const { response, body } = await getJson(`${server.origin}/v1/video/query`);
    expect(response.status).toBe(400);
    expect(at(body, 'error', 'code')).toBe('missing_id');
  });

  it('answers unknown paths under a vendor prefix with a JSON 404', async () => {
    const { response, body } = await getJson(`${server.origin}/kling/v1/videos/omni/1`);
    expect(response.status).toBe(404);
    expect(at(body, 'error', 'code')).toBe('unknown_url');
  });
});

describe('the key and CORS on every path', () => {
  it.each(paths.map((path) => [path.template, path.servedId]))(
    '%s answers 401 without a key',
    async (template, id) => {
      const { response, body } = await getJson(url(template, id), {});
      expect(response.status).toBe(401);
      expect(at(body, 'error', 'code')).toBe('invalid_api_key');
    },
  );

  it.each(paths.map((path) => [path.template, path.servedId]))(
    '%s answers the preflight with the open policy',
    async (template, id) => {
      const response = await fetch(url(template, id), {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:5173',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const answer = await fetch(url(template, id), {
        headers: { ...auth, Origin: 'http://localhost:5173' },
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('access-control-expose-headers')).toBe(
        'Retry-After,retry-after-ms',
      );
      await answer.arrayBuffer();
    },
  );
});

describe('the control surface for the new ids', () => {
  const queueFault = (body: unknown) =>
    fetch(`${server.origin}/sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it.each([
    ['/kling/v1/videos/text2video/{id}', '867283741759654321'],
    ['/v1/video/query?id={id}', 'veo3.1-fast:1770350082-trii1OXZc3--f1'],
    ['/wan/api/v1/tasks/{id}', '86ecf553-d340-4e21-af6e-a0c6a4000042'],
    ['/openrouter/api/v1/videos/{id}', 'job-vr2k81hq5d'],
  ])('queues faults by id at %s', async (template, id) => {
    expect((await queueFault({ id, fault: '429', times: 2 })).status).toBe(201);
    for (const status of [429, 429, 200]) {
      const response = await fetch(url(template, id), { headers: auth });
      expect(response.status).toBe(status);
      await response.arrayBuffer();
    }
  });

  it('refuses a fault for an id no family knows', async () => {
    const response = await queueFault({ id: '867283741759111202--x', fault: '500' });
    expect(response.status).toBe(400);
  });

  it('restarts a new id’s clock on /sim/reset', async () => {
    const taskUrl = url('/minimax/v2/query/video_generation/{id}', '314052875571396');
    await getJson(taskUrl);
    clock.advanceSeconds(30);
    expect(at((await getJson(taskUrl)).body, 'task', 'status')).toBe('succeeded');
    await fetch(`${server.origin}/sim/reset`, { method: 'POST' });
    expect(at((await getJson(taskUrl)).body, 'task', 'status')).toBe('queued');
  });
});
