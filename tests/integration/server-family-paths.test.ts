// The server treats every family's path as the API's, not the SPA's, and the proxy relays them
// with their query strings (the unified endpoint's id travels in `?id=`).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiPath } from '../../server/api-paths';
import { createApp } from '../../server/app';
import { createSimulator } from '../../server/simulator/create-simulator';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
let upstream: RunningServer;
let app: RunningServer;
let staticRoot: string;

beforeAll(async () => {
  upstream = await listen(createSimulator({ now: clock.now }));
  staticRoot = await mkdtemp(join(tmpdir(), 'sora-dashboard-families-'));
  await writeFile(join(staticRoot, 'index.html'), '<!doctype html><title>Fake SPA</title>');
  app = await listen(
    createApp({
      simulator: createSimulator({ now: clock.now }),
      proxyAllow: [upstream.origin],
      staticRoot,
    }),
  );
});

afterAll(async () => {
  await Promise.all([app.close(), upstream.close()]);
  await rm(staticRoot, { recursive: true, force: true });
});

describe('isApiPath', () => {
  it.each([
    '/v1/videos/x',
    '/v1/video/query',
    '/v1/video/generations/task_x',
    '/seedance/api/v3/contents/generations/tasks/cgt-1',
    '/kling/v1/videos/text2video/1',
    '/wan/api/v1/tasks/x',
    '/minimax/v2/query/video_generation/1',
    '/openrouter/api/v1/videos/job-1/content',
    '/kling',
    '/sim/catalogue',
    '/proxy/host/v1/videos/x',
  ])('claims %s for the API', (path) => {
    expect(isApiPath(path)).toBe(true);
  });

  it.each(['/', '/tasks/867283741759111202', '/settings', '/klingon', '/wanderer', '/assets/a.js'])(
    'leaves %s to the SPA',
    (path) => {
      expect(isApiPath(path)).toBe(false);
    },
  );
});

describe('the family paths on the full server', () => {
  it.each([
    '/seedance/api/v3/contents/generations/tasks/cgt-nope',
    '/kling/v1/videos/omni-video/1',
    '/wan/unknown',
    '/minimax/v1/query/video_generation',
    '/openrouter/api/v1/models',
  ])('answers JSON, never the SPA, at %s', async (path) => {
    const response = await fetch(`${app.origin}${path}`, { headers: auth });
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).not.toContain('Fake SPA');
    // The API side's sandbox, not the SPA's policy.
    expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
  });

  it('serves a vendor family at the root of the same origin', async () => {
    const { response, body } = await getJson(
      `${app.origin}/kling/v1/videos/text2video/867283741759000001`,
    );
    expect(response.status).toBe(200);
    expect(at(body, 'data', 'task_status')).toBe('submitted');
  });
});

describe('the proxy', () => {
  const proxied = (path: string) => `${app.origin}/proxy/${new URL(upstream.origin).host}${path}`;

  it('keeps the unified endpoint’s ?id= query', async () => {
    const id = 'veo3.1-fast:1770350082-trii1OXZc3--proxy';
    const { response, body } = await getJson(
      proxied(`/v1/video/query?id=${encodeURIComponent(id)}`),
    );
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ id, status: 'pending' });
  });

  it('relays a vendor path and its not-found answer as they are', async () => {
    const found = await getJson(proxied('/wan/api/v1/tasks/86ecf553-d340-4e21-af6e-a0c6a4000002'));
    expect(at(found.body, 'output', 'task_status')).toBe('PENDING');
    const missing = await getJson(proxied('/v1/video/generations/task_nope'));
    expect(missing.response.status).toBe(200);
    expect(missing.body).toEqual({ code: 'task_not_exist', message: 'task_not_exist', data: null });
  });
});
