// Every answer on this origin but the SPA's own files is data: opened as a page it may run no
// script, so the app is the only document here that can. Real HTTP against the whole server.
import { Hono } from 'hono';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app';
import { createSimulator } from '../../server/simulator/create-simulator';
import { auth, listen, type RunningServer } from './server-harness';

const apiHeaders = {
  'content-security-policy': "sandbox; default-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

let upstream: RunningServer;
let app: RunningServer;
let staticRoot: string;

beforeAll(async () => {
  upstream = await listen(createSimulator());
  staticRoot = await mkdtemp(join(tmpdir(), 'reelwatch-headers-'));
  await mkdir(join(staticRoot, 'assets'));
  await writeFile(join(staticRoot, 'index.html'), '<!doctype html><title>Fake SPA</title>');
  await writeFile(join(staticRoot, 'assets', 'app-1234.js'), 'console.log("app");');
  // A route that fails, in front of the simulator, for the server's JSON 500.
  const simulator = new Hono();
  simulator.get('/sim/explode', () => {
    throw new Error('Exploded on purpose.');
  });
  simulator.route('/', createSimulator());
  app = await listen(createApp({ simulator, proxyAllow: [upstream.origin], staticRoot }));
});

afterAll(async () => {
  await Promise.all([app.close(), upstream.close()]);
  await rm(staticRoot, { recursive: true, force: true });
});

/** The path through the proxy to the upstream simulator (whose port is known only once it runs). */
const proxied = (path: string) => `/proxy/{upstream}${path}`;

async function answer(path: string, init: RequestInit = {}) {
  const url = `${app.origin}${path.replace('{upstream}', new URL(upstream.origin).host)}`;
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return { status: response.status, headers: Object.fromEntries(response.headers) };
}

describe('API-side answers', () => {
  it.each([
    ['a poll through the proxy', proxied('/v1/videos/sora-2:task_demo_fast'), 200],
    [
      'an upstream HTML error page through the proxy',
      proxied('/v1/videos/sora-2:task_fault_524'),
      524,
    ],
    ['a host the proxy refuses', '/proxy/evil.example/v1/videos/x', 403],
    ['the proxy without a host', '/proxy', 404],
    ['a poll of the simulator', '/v1/videos/sora-2:task_demo_fast', 200],
    ['the unified query path', '/v1/video/query?id=veo3.1-fast:1770350082-trii1OXZc3', 200],
    ['a vendor path', '/kling/v1/videos/text2video/867283741759111202', 200],
    [
      'a vendor path that does not know the id',
      '/seedance/api/v3/contents/generations/tasks/x',
      404,
    ],
    ['the simulator catalogue', '/sim/catalogue', 200],
    ['an unknown simulator path', '/sim/unknown', 404],
    ['a missing asset (the JSON 404)', '/assets/missing.js', 404],
    ['the JSON 500', '/sim/explode', 500],
  ])('%s carries the sandbox policy, nosniff and no-referrer', async (_, path, status) => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await answer(path, { headers: auth });
      expect(response.status).toBe(status);
      expect(response.headers).toMatchObject(apiHeaders);
    } finally {
      quiet.mockRestore();
    }
  });

  it('puts the sandbox on the JSON 404 of any method to any path', async () => {
    const response = await answer('/no-such-page', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(response.headers).toMatchObject(apiHeaders);
  });

  it('keeps the CORS headers of the simulator, preflight included', async () => {
    const poll = await answer('/v1/videos/sora-2:task_demo_fast', {
      headers: { ...auth, Origin: 'https://elsewhere.example' },
    });
    expect(poll.headers).toMatchObject({ ...apiHeaders, 'access-control-allow-origin': '*' });
    expect(poll.headers['access-control-expose-headers']).toContain('Retry-After');

    const preflight = await answer('/v1/videos/sora-2:task_demo_fast', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://elsewhere.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/i);
  });

  it('keeps Range on media, and lets a video opened in a tab of its own load itself', async () => {
    for (const path of ['/sim/media/demo.mp4', proxied('/sim/media/demo.mp4')]) {
      const response = await answer(path, { headers: { Range: 'bytes=0-99' } });
      expect(response.status).toBe(206);
      expect(response.headers).toMatchObject({
        ...apiHeaders,
        // Still sandboxed, still no script: only the player of a media document may fetch it.
        'content-security-policy': "sandbox; default-src 'none'; media-src 'self'",
        'content-type': 'video/mp4',
        'content-length': '100',
        'accept-ranges': 'bytes',
      });
      expect(response.headers['content-range']).toMatch(/^bytes 0-99\/\d+$/);
    }
    const image = await answer('/sim/media/demo.jpg');
    expect(image.headers).toMatchObject({ ...apiHeaders, 'content-type': 'image/jpeg' });
  });
});

describe("the SPA's own files", () => {
  it.each(['/', '/tasks/sora-2:task_demo_fast', '/assets/app-1234.js'])(
    'keep the SPA policy at %s',
    async (path) => {
      const response = await answer(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).not.toContain('sandbox');
      expect(response.headers['x-frame-options']).toBe('DENY');
    },
  );
});
