// Signed media links expire: the media route refuses a link after its `se` (Azure), its
// `X-Amz-Date` + `X-Amz-Expires` (S3-style, as Volcengine Ark signs) or its `Expires` (Alibaba
// OSS), and one catalogue task hands out an already expired link first and a fresh one after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../server/simulator/create-simulator';
import {
  amzSignedMediaUrl,
  ossSignedMediaUrl,
  signedMediaUrl,
} from '../../server/simulator/media-files';
import { at, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
let server: RunningServer;
let instance = 0;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now }));
});
afterAll(() => server.close());

function fresh(id: string): string {
  instance += 1;
  return `${id}--x${instance}`;
}

async function videoUrlOf(id: string): Promise<string> {
  const { body } = await getJson(`${server.origin}/v1/videos/${id}`);
  expect(body.status).toBe('completed');
  return String(body.video_url);
}

function expiryOf(url: string): number {
  return Date.parse(new URL(url).searchParams.get('se') ?? '');
}

const dayMs = 24 * 60 * 60 * 1000;

describe('signed media links', () => {
  it('serves a link until its se, then answers 403 AuthenticationFailed', async () => {
    const url = signedMediaUrl(server.origin, 'demo.mp4', clock.now());
    const before = await fetch(url);
    expect(before.status).toBe(200);
    expect(before.headers.get('content-type')).toBe('video/mp4');
    await before.arrayBuffer();

    const expiry = expiryOf(url);
    clock.advanceSeconds((expiry - clock.now()) / 1000 + 1);
    const after = await fetch(url, { headers: { Origin: 'http://localhost:5173' } });
    expect(after.status).toBe(403);
    expect(after.headers.get('content-type')).toContain('application/xml');
    // Readable from the page, so the dashboard's fetch sees the 403 rather than a CORS error.
    expect(after.headers.get('access-control-allow-origin')).toBe('*');
    expect(after.headers.get('cache-control')).toBe('no-store');
    const body = await after.text();
    expect(body).toContain('<Code>AuthenticationFailed</Code>');
    expect(body).toContain(`Expiry [${new Date(expiry).toUTCString()}]`);
  });

  it('refuses a Range request for an expired link too', async () => {
    const url = signedMediaUrl(server.origin, 'demo.mp4', clock.now() - 7 * dayMs);
    const response = await fetch(url, { headers: { Range: 'bytes=0-99' } });
    expect(response.status).toBe(403);
  });
});

describe('presigned links in the S3 and OSS styles', () => {
  it.each([
    ['X-Amz-Date + X-Amz-Expires', amzSignedMediaUrl, '<X-Amz-Expires>86400</X-Amz-Expires>'],
    ['Expires', ossSignedMediaUrl, '<Code>AccessDenied</Code>'],
  ])('serves a %s link for a day, then answers 403', async (_style, sign, detail) => {
    const url = sign(server.origin, 'demo.mp4', clock.now());
    const fresh = await fetch(url, { headers: { Range: 'bytes=0-99' } });
    expect(fresh.status).toBe(206);
    await fresh.arrayBuffer();

    clock.advanceSeconds(24 * 60 * 60 - 1);
    const lastSecond = await fetch(url);
    expect(lastSecond.status).toBe(200);
    await lastSecond.arrayBuffer();

    clock.advanceSeconds(2);
    const after = await fetch(url, { headers: { Origin: 'http://localhost:5173' } });
    expect(after.status).toBe(403);
    expect(after.headers.get('content-type')).toContain('application/xml');
    expect(after.headers.get('access-control-allow-origin')).toBe('*');
    expect(after.headers.get('cache-control')).toBe('no-store');
    const body = await after.text();
    expect(body).toContain('Request has expired');
    expect(body).toContain(detail);
  });

  it.each([
    [
      '/seedance/api/v3/contents/generations/tasks/cgt-20260112093015-x7k2p--x1',
      ['content', 'video_url'],
    ],
    ['/wan/api/v1/tasks/86ecf553-d340-4e21-af6e-a0c6a4000001', ['output', 'video_url']],
    ['/minimax/v2/query/video_generation/314052875000001', ['task', 'content', 'url']],
  ])('%s hands out a link that works for a day after completing', async (path, where) => {
    await getJson(`${server.origin}${path}`);
    clock.advanceSeconds(30);
    const link = String(at((await getJson(`${server.origin}${path}`)).body, ...where));
    const video = await fetch(link);
    expect(video.status).toBe(200);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    await video.arrayBuffer();

    clock.advanceSeconds(24 * 60 * 60);
    const expired = await fetch(link);
    expect(expired.status).toBe(403);
    await expired.arrayBuffer();
  });
});

describe('sora-2:task_demo_expiring_link', () => {
  it('first completes with an expired link (403), then answers a fresh, stable one', async () => {
    const id = fresh('sora-2:task_demo_expiring_link');
    const { body: queued } = await getJson(`${server.origin}/v1/videos/${id}`);
    expect(queued.status).toBe('pending');
    expect(at(queued, 'detail', 'pending_info', 'n_frames')).toBe(96);
    clock.advanceSeconds(11);

    const expired = await videoUrlOf(id);
    const completedAt = clock.now() - 1000;
    expect(expiryOf(expired)).toBe(completedAt - dayMs);
    expect((await fetch(expired)).status).toBe(403);

    const renewed = await videoUrlOf(id);
    expect(renewed).not.toBe(expired);
    expect(new URL(renewed).pathname).toBe('/sim/media/demo.mp4');
    expect(expiryOf(renewed)).toBe(completedAt + 6 * dayMs);
    const video = await fetch(renewed);
    expect(video.status).toBe(200);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    await video.arrayBuffer();

    // Fresh from then on, and stable, so a playing video is not reloaded by the next poll.
    expect(await videoUrlOf(id)).toBe(renewed);
  });

  it('gives every instance its own first, expired answer', async () => {
    const first = fresh('sora-2:task_demo_expiring_link');
    const second = fresh('sora-2:task_demo_expiring_link');
    await getJson(`${server.origin}/v1/videos/${first}`);
    await getJson(`${server.origin}/v1/videos/${second}`);
    clock.advanceSeconds(11);
    await videoUrlOf(first);
    const secondUrl = await videoUrlOf(second);
    expect(expiryOf(secondUrl)).toBeLessThan(clock.now());
  });
});

describe('sora-2:task_demo_link_gone', () => {
  it('completes, but every answer carries a link that expired before it completed', async () => {
    const id = fresh('sora-2:task_demo_link_gone');
    await getJson(`${server.origin}/v1/videos/${id}`);
    clock.advanceSeconds(11);
    const completedAt = clock.now() - 1000;

    const first = await videoUrlOf(id);
    const again = await videoUrlOf(id);
    expect(again).toBe(first);
    expect(expiryOf(first)).toBe(completedAt - dayMs);
    const answer = await fetch(first, { headers: { Origin: 'http://localhost:5173' } });
    expect(answer.status).toBe(403);
    // Readable from the page: the dashboard can name the status.
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    await answer.arrayBuffer();
  });
});
