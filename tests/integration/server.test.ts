import { Hono } from 'hono';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { parseProxyAllow } from '../../server/proxy';
import { createSimulator } from '../../server/simulator/create-simulator';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
let upstream: RunningServer;
let echo: RunningServer;
let closedPort: string;
let app: RunningServer;
let staticRoot: string;

/** An upstream that reports what it received, to see exactly what the proxy forwards. */
function echoApp() {
  const echoed = new Hono();
  echoed.get('/v1/echo/:id', (c) =>
    c.json({
      path: new URL(c.req.url).pathname,
      query: new URL(c.req.url).search,
      headers: Object.fromEntries(c.req.raw.headers),
    }),
  );
  return echoed;
}

beforeAll(async () => {
  upstream = await listen(createSimulator({ now: clock.now, slowFaultMs: 2000 }));
  echo = await listen(echoApp());
  const closed = await listen(new Hono());
  closedPort = new URL(closed.origin).port;
  await closed.close();

  staticRoot = await mkdtemp(join(tmpdir(), 'sora-dashboard-static-'));
  await mkdir(join(staticRoot, 'assets'));
  await writeFile(join(staticRoot, 'index.html'), '<!doctype html><title>Fake SPA</title>');
  await writeFile(join(staticRoot, 'assets', 'app-1234.js'), 'console.log("app");');
  await writeFile(join(staticRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  app = await listen(
    createApp({
      simulator: createSimulator({ now: clock.now }),
      proxyAllow: [upstream.origin, echo.origin, `http://127.0.0.1:${closedPort}`],
      proxyTimeoutMs: 300,
      staticRoot,
    }),
  );
});

afterAll(async () => {
  await Promise.all([app.close(), upstream.close(), echo.close()]);
  await rm(staticRoot, { recursive: true, force: true });
});

const hostOf = (origin: string) => new URL(origin).host;
const proxied = (origin: string, path: string) => `${app.origin}/proxy/${hostOf(origin)}${path}`;

describe('proxy', () => {
  it('forwards a poll to an allow-listed upstream and returns its body', async () => {
    const { response, body } = await getJson(
      proxied(upstream.origin, '/v1/videos/sora-2:task_demo_fast--proxy'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(body.id).toBe('sora-2:task_demo_fast--proxy');
    // Media URLs point at the upstream, which the page can load directly.
    expect(at(body, 'detail', 'input', 'images')).toEqual([
      `${upstream.origin}/sim/media/input-1.png`,
      `${upstream.origin}/sim/media/input-2.png`,
    ]);
  });

  it('passes the upstream 401 through when no key is sent', async () => {
    const response = await fetch(proxied(upstream.origin, '/v1/videos/sora-2:task_demo_fast'));
    expect(response.status).toBe(401);
  });

  it('forwards only Authorization, Accept, X-Forwarded-Host, Range and the query', async () => {
    const { body } = await getJson(
      proxied(echo.origin, '/v1/echo/sora-2:task_x%20y?variant=video&a=1'),
      {
        ...auth,
        Accept: 'application/json',
        'X-Forwarded-Host': 'api.quickrouter.ai',
        Cookie: 'session=secret',
        'X-Custom': 'nope',
      },
    );
    expect(body.path).toBe('/v1/echo/sora-2:task_x%20y');
    expect(body.query).toBe('?variant=video&a=1');
    expect(body.headers).toMatchObject({
      authorization: 'Bearer sk-test',
      accept: 'application/json',
      'x-forwarded-host': 'api.quickrouter.ai',
    });
    expect(body.headers).not.toHaveProperty('cookie');
    expect(body.headers).not.toHaveProperty('x-custom');
  });

  it('returns the retry hints of a 429', async () => {
    const response = await fetch(proxied(upstream.origin, '/v1/videos/sora-2:task_fault_429'), {
      headers: auth,
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('retry-after-ms')).toBe('2000');
  });

  it('passes non-JSON error pages through unchanged', async () => {
    const response = await fetch(proxied(upstream.origin, '/v1/videos/sora-2:task_fault_524'), {
      headers: auth,
    });
    expect(response.status).toBe(524);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('relays Range requests for media', async () => {
    const response = await fetch(proxied(upstream.origin, '/sim/media/demo.mp4'), {
      headers: { Range: 'bytes=0-99' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    expect(response.headers.get('content-length')).toBe('100');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect((await response.arrayBuffer()).byteLength).toBe(100);
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(proxied(upstream.origin, '/sim/media/demo.jpg'), {
      method: 'HEAD',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
  });

  it('refuses a host that is not allow-listed with 403 naming PROXY_ALLOW', async () => {
    const { response, body } = await getJson(`${app.origin}/proxy/evil.example/v1/videos/x`);
    expect(response.status).toBe(403);
    expect(at(body, 'error', 'message')).toContain('evil.example');
    expect(at(body, 'error', 'message')).toContain('PROXY_ALLOW');
  });

  it('refuses other methods', async () => {
    const response = await fetch(proxied(upstream.origin, '/sim/reset'), { method: 'POST' });
    expect(response.status).toBe(405);
  });

  it('answers 502 when the upstream is unreachable', async () => {
    const { response, body } = await getJson(
      `${app.origin}/proxy/127.0.0.1:${closedPort}/v1/videos/x`,
    );
    expect(response.status).toBe(502);
    expect(at(body, 'error', 'code')).toBe('upstream_unreachable');
  });

  it('answers 504 when the upstream is too slow', async () => {
    const { response, body } = await getJson(
      proxied(upstream.origin, '/v1/videos/sora-2:task_fault_slow'),
    );
    expect(response.status).toBe(504);
    expect(at(body, 'error', 'code')).toBe('upstream_timeout');
  });

  it('reads PROXY_ALLOW as comma-separated origins with a default', () => {
    expect(parseProxyAllow(undefined)).toEqual(['https://api.quickrouter.ai']);
    expect(parseProxyAllow(' https://a.example/ , http://127.0.0.1:4010 ')).toEqual([
      'https://a.example',
      'http://127.0.0.1:4010',
    ]);
    expect(() => parseProxyAllow('ftp://a.example')).toThrow(/http/);
    expect(() => parseProxyAllow('not a url')).toThrow();
  });
});

describe('static SPA', () => {
  const securityHeaders = {
    'content-security-policy': expect.stringContaining("script-src 'self'"),
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  };

  function headersOf(response: Response) {
    return Object.fromEntries(response.headers);
  }

  it('serves index.html with security headers and no-cache', async () => {
    const response = await fetch(`${app.origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Fake SPA');
    expect(headersOf(response)).toMatchObject({ ...securityHeaders, 'cache-control': 'no-cache' });
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await fetch(`${app.origin}/tasks/sora-2:task_demo_fast?tab=raw`);
    const encoded = await fetch(`${app.origin}/tasks/sora-2%3Atask_demo_fast%20x`);
    expect(encoded.status).toBe(200);
    expect(await encoded.text()).toContain('Fake SPA');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Fake SPA');
    expect(headersOf(response)).toMatchObject(securityHeaders);
  });

  it.each(['/nowhere', '/tasks', '/tasks/a/b', '/settings/extra', '/compare/a', '/index.htm'])(
    'answers the app with 404 for %s, a page it does not have',
    async (path) => {
      const response = await fetch(`${app.origin}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('Fake SPA');
      expect(headersOf(response)).toMatchObject(securityHeaders);
    },
  );

  it.each(['/', '/settings', '/tasks/video_abc', '/compare?ids=video_a,video_b', '/index.html'])(
    'answers 200 for the page %s',
    async (path) => {
      expect((await fetch(`${app.origin}${path}`)).status).toBe(200);
    },
  );

  it('caches fingerprinted assets for a year and 404s missing ones', async () => {
    const asset = await fetch(`${app.origin}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersOf(asset)).toMatchObject(securityHeaders);
    expect((await fetch(`${app.origin}/assets/missing.js`)).status).toBe(404);
  });

  it('serves other public files', async () => {
    const icon = await fetch(`${app.origin}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it.each(['/v1/unknown', '/sim/unknown', '/proxy'])(
    'answers JSON 404, not the SPA, for the API path %s',
    async (path) => {
      const response = await fetch(`${app.origin}${path}`, { headers: auth });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/json');
    },
  );

  it('serves the simulator at the root of the same origin', async () => {
    const { response, body } = await getJson(`${app.origin}/v1/videos/video_demo_official`);
    expect(response.status).toBe(200);
    expect(body.object).toBe('video');
  });
});
