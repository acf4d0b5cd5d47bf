// An upstream's redirect through the proxy: one within its own origin stays under
// /proxy/{host}/…, one anywhere else is not passed on.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createSimulator } from '../../server/simulator/create-simulator';
import { listen, type RunningServer } from './server-harness';

let upstream: RunningServer;
let app: RunningServer;

/** Redirects to whatever `?to=` says, as a provider's `/content` might to its storage. */
function redirectingApp() {
  const redirecting = new Hono();
  redirecting.get('/v1/videos/:id/content', (c) =>
    c.body('Moved', 302, { Location: c.req.query('to') ?? '' }),
  );
  return redirecting;
}

beforeAll(async () => {
  upstream = await listen(redirectingApp());
  app = await listen(createApp({ simulator: createSimulator(), proxyAllow: [upstream.origin] }));
});

afterAll(async () => {
  await Promise.all([app.close(), upstream.close()]);
});

const host = () => new URL(upstream.origin).host;

/** The proxy's answer to an upstream redirect to `to`, not followed. */
async function redirectTo(to: string) {
  const response = await fetch(
    `${app.origin}/proxy/${host()}/v1/videos/video_1/content?to=${encodeURIComponent(to)}`,
    { redirect: 'manual' },
  );
  return { status: response.status, location: response.headers.get('location') };
}

describe('upstream redirects through the proxy', () => {
  it.each([
    ['/v1/files/video_1.mp4?variant=video', '/v1/files/video_1.mp4?variant=video'],
    ['download?part=1', '/v1/videos/video_1/download?part=1'],
    ['../video_2', '/v1/videos/video_2'],
  ])('rewrites the same-origin path %j to stay under /proxy/{host}', async (to, path) => {
    expect(await redirectTo(to)).toEqual({ status: 302, location: `/proxy/${host()}${path}` });
  });

  it('rewrites an absolute URL on the upstream origin the same way', async () => {
    expect(await redirectTo(`${upstream.origin}/v1/files/video_1.mp4`)).toEqual({
      status: 302,
      location: `/proxy/${host()}/v1/files/video_1.mp4`,
    });
  });

  it.each([
    ['another host', 'https://storage.example/video_1.mp4?sig=abc'],
    ['a scheme-relative URL', '//storage.example/video_1.mp4'],
    ['the same host on another port', () => `http://127.0.0.1:1/video_1.mp4`],
    ['the same host over https', () => `https://${host()}/video_1.mp4`],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('drops a Location to %s, keeping the status', async (_, to) => {
    const target = typeof to === 'function' ? to() : to;
    expect(await redirectTo(target)).toEqual({ status: 302, location: null });
  });
});
