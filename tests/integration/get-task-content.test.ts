// Fetching files that need the key, over real HTTP: the key goes with every request to the API's
// origin and with none anywhere else; JSON pointers are followed, but a provider cannot make the
// page follow them for ever.
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchKeyedFile, NoVideoInAnswerError } from '../../src/api/get-task-content';
import type { Connection } from '../../src/api/http-client';
import { DEFAULT_QUERY_TEMPLATES } from '../../src/domain/query-endpoints';
import { TooLargeError } from '../../src/lib/limited-body';
import { listen, type RunningServer } from './server-harness';

const KEY = 'sk-content-secret';
const BYTES = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]);

/** Every request each server got, with the Authorization it carried. */
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

beforeAll(async () => {
  cdn = await listen(server('cdn', (app) => app.get('/v.mp4', (c) => c.body(BYTES))));
  api = await listen(
    server('api', (app) => {
      app.get('/bytes', (c) => c.body(BYTES, 200, { 'content-type': 'video/mp4' }));
      app.get('/to-cdn', (c) => c.json({ video_url: `${cdn.origin}/v.mp4` }));
      app.get('/to-bytes', (c) => c.json({ url: `${api.origin}/bytes` }));
      app.get('/loop', (c) => c.json({ url: `${api.origin}/loop` }));
      // Declares 1 GB: refused from the header, before a byte is read.
      app.get(
        '/huge',
        () =>
          new Response('x', {
            headers: { 'content-type': 'video/mp4', 'content-length': String(2 ** 30) },
          }),
      );
    }),
  );
  connection = {
    baseUrl: api.origin,
    apiKey: KEY,
    forwardedHost: '',
    viaProxy: false,
    appOrigin: api.origin,
    queryTemplates: DEFAULT_QUERY_TEMPLATES,
  };
});
afterAll(() => Promise.all([api.close(), cdn.close()]));
beforeEach(() => {
  asked.length = 0;
});

const options = () => ({ signal: new AbortController().signal });

describe('fetchKeyedFile', () => {
  it('fetches the bytes with the key', async () => {
    const file = await fetchKeyedFile(connection, `${api.origin}/bytes`, options());
    expect(file.kind).toBe('bytes');
    expect(file.kind === 'bytes' && file.blob.size).toBe(BYTES.byteLength);
    expect(asked).toEqual([{ server: 'api', path: '/bytes', authorization: `Bearer ${KEY}` }]);
  });

  it('follows a pointer back to the API with the key', async () => {
    const file = await fetchKeyedFile(connection, `${api.origin}/to-bytes`, options());
    expect(file.kind).toBe('bytes');
    expect(asked.map((request) => request.authorization)).toEqual([
      `Bearer ${KEY}`,
      `Bearer ${KEY}`,
    ]);
  });

  it('hands back a pointer to another host as a link, and sends it nothing', async () => {
    const file = await fetchKeyedFile(connection, `${api.origin}/to-cdn`, options());
    expect(file).toEqual({ kind: 'link', url: `${cdn.origin}/v.mp4` });
    expect(asked.map((request) => request.server)).toEqual(['api']);
  });

  it('stops following pointers that go round in circles', async () => {
    await expect(fetchKeyedFile(connection, `${api.origin}/loop`, options())).rejects.toThrow(
      NoVideoInAnswerError,
    );
    expect(asked).toHaveLength(3);
  });

  it('refuses a file larger than the limit before reading it', async () => {
    await expect(fetchKeyedFile(connection, `${api.origin}/huge`, options())).rejects.toThrow(
      TooLargeError,
    );
  });

  it('will not send the key to another origin even if asked to', async () => {
    await expect(fetchKeyedFile(connection, `${cdn.origin}/v.mp4`, options())).rejects.toThrow(
      /Refusing to send the API key/,
    );
    expect(asked).toEqual([]);
  });
});
