// A task's video fetched into the page (Download, and keeping it in this browser), over real
// HTTP: a link goes without the key, in the limiter's line for its host; a keyed file goes with
// the key to the API's origin only; each refusal is told apart as far as a browser can know.
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchVideoFile } from '../../src/api/fetch-video-file';
import type { Connection } from '../../src/api/http-client';
import { requestLimiter } from '../../src/api/request-limiter';
import { DEFAULT_QUERY_TEMPLATES } from '../../src/domain/query-endpoints';
import { listen, type RunningServer } from './server-harness';

const KEY = 'sk-video-file-secret';
const BYTES = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]);
const asked: { server: 'api' | 'cdn'; path: string; authorization: string | undefined }[] = [];

function server(name: 'api' | 'cdn', routes: (app: Hono) => void): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    asked.push({
      server: name,
      path: new URL(c.req.url).pathname,
      authorization: c.req.header('authorization'),
    });
    await next();
  });
  routes(app);
  return app;
}

let api: RunningServer;
let cdn: RunningServer;
let connection: Connection;
/** A port nothing listens on any more: the fetch fails as a refused cross-origin read does. */
let closedOrigin: string;

beforeAll(async () => {
  cdn = await listen(
    server('cdn', (app) => {
      app.get('/v.mp4', (c) => c.body(BYTES, 200, { 'content-type': 'video/mp4' }));
      app.get('/expired.mp4', (c) => c.body('<Error>AuthenticationFailed</Error>', 403));
    }),
  );
  api = await listen(
    server('api', (app) => {
      app.get('/v1/videos/:id/content', (c) => c.body(BYTES, 200, { 'content-type': 'video/mp4' }));
    }),
  );
  const closed = await listen(new Hono());
  closedOrigin = closed.origin;
  await closed.close();
  connection = {
    baseUrl: api.origin,
    apiKey: KEY,
    forwardedHost: '',
    viaProxy: false,
    appOrigin: api.origin,
    queryTemplates: DEFAULT_QUERY_TEMPLATES,
  };
});
afterAll(async () => {
  await api.close();
  await cdn.close();
});
afterEach(() => {
  asked.length = 0;
  requestLimiter.setOpen(true);
});

const signal = () => new AbortController().signal;

describe('fetchVideoFile', () => {
  it('fetches a link without the key, in the limiter’s line for the link’s host', async () => {
    // As while the page is hidden: the limiter holds every request.
    requestLimiter.setOpen(false);
    const fetching = fetchVideoFile(
      { kind: 'link', url: `${cdn.origin}/v.mp4` },
      { signal: signal() },
    );
    await expect.poll(() => requestLimiter.load(cdn.origin).waiting).toBe(1);
    expect(asked).toEqual([]);

    requestLimiter.setOpen(true);
    const file = await fetching;
    expect(file.kind).toBe('file');
    expect(file.kind === 'file' && new Uint8Array(await file.blob.arrayBuffer())).toEqual(BYTES);
    expect(file.kind === 'file' && file.blob.type).toBe('video/mp4');
    expect(asked).toEqual([{ server: 'cdn', path: '/v.mp4', authorization: undefined }]);
  });

  it('says an expired link was refused with its status, and offers the link', async () => {
    const url = `${cdn.origin}/expired.mp4`;
    expect(await fetchVideoFile({ kind: 'link', url }, { signal: signal() })).toEqual({
      kind: 'unreadable',
      url,
      reason: 'status',
      why: 'The provider answered HTTP 403 (the link may have expired).',
    });
  });

  it('says the host does not let the page read the file when the fetch itself fails', async () => {
    const url = `${closedOrigin}/v.mp4`;
    const file = await fetchVideoFile({ kind: 'link', url }, { signal: signal() });
    expect(file).toMatchObject({ kind: 'unreadable', url, reason: 'cors' });
    expect(file.kind === 'unreadable' && file.why).toMatch(/no CORS headers/);
  });

  it('fetches a keyed file with the key, from the API’s origin only', async () => {
    const file = await fetchVideoFile(
      { kind: 'keyed', url: `${api.origin}/v1/videos/video_1/content`, connection },
      { signal: signal() },
    );
    expect(file.kind).toBe('file');
    expect(asked).toEqual([
      { server: 'api', path: '/v1/videos/video_1/content', authorization: `Bearer ${KEY}` },
    ]);

    const elsewhere = await fetchVideoFile(
      { kind: 'keyed', url: `${cdn.origin}/v.mp4`, connection },
      { signal: signal() },
    );
    expect(elsewhere).toMatchObject({ kind: 'failed', why: expect.stringMatching(/Refusing/) });
    expect(asked.filter((request) => request.server === 'cdn')).toEqual([]);
  });

  it('stops when cancelled, and rejects', async () => {
    const controller = new AbortController();
    requestLimiter.setOpen(false);
    const fetching = fetchVideoFile(
      { kind: 'link', url: `${cdn.origin}/v.mp4` },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(fetching).rejects.toBeDefined();
    requestLimiter.setOpen(true);
    expect(asked).toEqual([]);
  });
});
