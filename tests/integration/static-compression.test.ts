// The built app's files as a browser receives them: the build's precompressed copies chosen by
// Accept-Encoding, over real HTTP. Raw node:http, because fetch() would decode the bodies itself.
import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createSimulator } from '../../server/simulator/create-simulator';
import { precompressDirectory, type PrecompressedFile } from '../../scripts/precompress-plugin';
import { listen, type RunningServer } from './server-harness';

const CHROMIUM = 'gzip, deflate, br, zstd';

let app: RunningServer;
let root: string;
let written: PrecompressedFile[];

/** A script big and repetitive enough to compress, as a bundle is. */
const script = Array.from(
  { length: 400 },
  (_, i) => `export function step${i}(task) { return task.progress + ${i}; }`,
).join('\n');
const html =
  '<!doctype html><html lang="en"><head><title>Fake SPA</title>' +
  '<script type="module" src="/assets/app-1234.js"></script></head><body><div id="root"></div>' +
  '</body></html>';
const style = Array.from({ length: 200 }, (_, i) => `.row-${i} { padding: ${i}px; }`).join('\n');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'reelwatch-compressed-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), html);
  await writeFile(join(root, 'assets', 'app-1234.js'), script);
  await writeFile(join(root, 'assets', 'app-1234.css'), style);
  await writeFile(join(root, 'assets', 'app-1234.js.map'), JSON.stringify({ mappings: script }));
  await writeFile(join(root, 'clip.mp4'), Buffer.alloc(4096, 1));
  await writeFile(join(root, 'photo.png'), Buffer.alloc(4096, 2));
  written = await precompressDirectory(root);
  app = await listen(createApp({ simulator: createSimulator(), proxyAllow: [], staticRoot: root }));
});

afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const original = (file: string) => readFile(join(root, file));

describe('the build', () => {
  it('writes a brotli and a gzip copy of every text file, and of nothing else', () => {
    expect(written.map((entry) => entry.file).sort()).toEqual([
      join('assets', 'app-1234.css'),
      join('assets', 'app-1234.js'),
      'index.html',
    ]);
    for (const entry of written) {
      expect(entry.sizes.br).toBeLessThan(entry.bytes);
      expect(entry.sizes.gzip).toBeLessThan(entry.bytes);
    }
    for (const file of ['clip.mp4', 'photo.png', join('assets', 'app-1234.js.map')]) {
      expect(existsSync(join(root, `${file}.br`))).toBe(false);
      expect(existsSync(join(root, `${file}.gz`))).toBe(false);
    }
  });

  it('writes copies that decode to the file', async () => {
    const js = await original('assets/app-1234.js');
    expect(brotliDecompressSync(await original('assets/app-1234.js.br'))).toEqual(js);
    expect(gunzipSync(await original('assets/app-1234.js.gz'))).toEqual(js);
  });
});

describe('compressed delivery', () => {
  it('sends brotli to a browser that takes it, with the type and caching of the script', async () => {
    const response = await get('/assets/app-1234.js', { 'Accept-Encoding': CHROMIUM });
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({
      'content-encoding': 'br',
      'content-type': 'text/javascript; charset=utf-8',
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-length': String(response.body.length),
    });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(brotliDecompressSync(response.body)).toEqual(await original('assets/app-1234.js'));
    expect(response.body.length).toBeLessThan(script.length / 3);
  });

  it('sends gzip when only gzip is taken', async () => {
    const response = await get('/assets/app-1234.css', { 'Accept-Encoding': 'gzip' });
    expect(response.headers).toMatchObject({
      'content-encoding': 'gzip',
      'content-type': 'text/css; charset=utf-8',
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(gunzipSync(response.body)).toEqual(await original('assets/app-1234.css'));
  });

  it.each([
    ['no Accept-Encoding', {}],
    ['identity', { 'Accept-Encoding': 'identity' }],
    ['codings we have no copy in', { 'Accept-Encoding': 'deflate, zstd' }],
    ['br and gzip refused with q=0', { 'Accept-Encoding': 'br;q=0, gzip;q=0, deflate' }],
  ])('sends the file itself for %s, still saying it varies', async (_, headers) => {
    const response = await get('/assets/app-1234.js', headers);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(response.body).toEqual(await original('assets/app-1234.js'));
  });

  it('follows the q-values: gzip over brotli when the browser rates it higher', async () => {
    const response = await get('/assets/app-1234.js', { 'Accept-Encoding': 'gzip;q=1, br;q=0.5' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body)).toEqual(await original('assets/app-1234.js'));
  });

  it.each(['/', '/index.html', '/tasks/sora-2%3Atask_demo_fast%20x?tab=raw'])(
    'compresses index.html at %s, never cached without asking',
    async (path) => {
      const response = await get(path, { 'Accept-Encoding': CHROMIUM });
      expect(response.status).toBe(200);
      expect(response.headers).toMatchObject({
        'content-encoding': 'br',
        'content-type': 'text/html; charset=utf-8',
        vary: 'Accept-Encoding',
        'cache-control': 'no-cache',
      });
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(brotliDecompressSync(response.body).toString()).toBe(html);
    },
  );

  it('answers HEAD with the headers of the copy it would send and no body', async () => {
    const response = await get('/assets/app-1234.js', { 'Accept-Encoding': CHROMIUM }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({
      'content-encoding': 'br',
      'content-type': 'text/javascript; charset=utf-8',
      vary: 'Accept-Encoding',
      'content-length': String((await original('assets/app-1234.js.br')).length),
    });
    expect(response.body.length).toBe(0);
  });

  it('answers a range request from the file itself, whatever the browser takes', async () => {
    const response = await get('/assets/app-1234.js', {
      'Accept-Encoding': CHROMIUM,
      Range: 'bytes=0-19',
    });
    expect(response.status).toBe(206);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-range']).toBe(`bytes 0-19/${script.length}`);
    expect(response.body.toString()).toBe(script.slice(0, 20));
  });

  it('sends media as it is, with no Vary', async () => {
    const response = await get('/clip.mp4', { 'Accept-Encoding': CHROMIUM });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBeUndefined();
    expect(response.headers['content-type']).toBe('video/mp4');
    expect(response.body).toEqual(await original('clip.mp4'));
  });

  it('still 404s a missing asset instead of sending index.html', async () => {
    const response = await get('/assets/missing.js', { 'Accept-Encoding': CHROMIUM });
    expect(response.status).toBe(404);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
