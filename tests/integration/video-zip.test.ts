// The ZIP of many videos over real HTTP, against the simulator's media and its key-only /content:
// the entries are the files byte for byte, a video that cannot be fetched is reported with why,
// a link that stopped working is renewed once, an abort stops it, and every request waits its
// turn in the limiter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../server/simulator/create-simulator';
import { mediaDir, signedMediaUrl } from '../../server/simulator/media-files';
import type { VideoFileSource } from '../../src/api/fetch-video';
import type { Connection } from '../../src/api/http-client';
import { requestLimiter } from '../../src/api/request-limiter';
import { DEFAULT_QUERY_TEMPLATES } from '../../src/domain/query-endpoints';
import type { PlannedVideo } from '../../src/features/tasks/video-zip/zip-plan';
import { zipVideos, type ZipProgress } from '../../src/features/tasks/video-zip/zip-videos';
import { FakeClock, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
const demo = new Uint8Array(readFileSync(join(mediaDir, 'demo.mp4')));
let sim: RunningServer;
let other: RunningServer;
/** Every request the other host got, with when it came. */
const otherHits: { path: string; at: number }[] = [];
let connection: Connection;

beforeAll(async () => {
  sim = await listen(createSimulator({ now: clock.now }));
  const app = new Hono();
  app.use('*', async (c, next) => {
    otherHits.push({ path: new URL(c.req.url).pathname, at: Date.now() });
    await next();
  });
  app.get('/gone.mp4', (c) => c.text('No such file', 404));
  app.get('/v/:n', (c) => c.body(demo, 200, { 'content-type': 'video/mp4' }));
  other = await listen(app);
  connection = {
    baseUrl: sim.origin,
    apiKey: 'sk-zip',
    forwardedHost: '',
    viaProxy: false,
    appOrigin: sim.origin,
    queryTemplates: DEFAULT_QUERY_TEMPLATES,
  };
});
afterAll(() => Promise.all([sim.close(), other.close()]));
afterEach(() => {
  otherHits.length = 0;
  requestLimiter.configure({ maxInFlight: 4, requestsPerSecond: 2 });
});

const link = (url: string): VideoFileSource => ({ kind: 'link', url });
const video = (id: string, source: VideoFileSource): PlannedVideo => ({
  id,
  fileName: `${id}.mp4`,
  source,
  finishedAt: Date.UTC(2026, 0, 2, 3, 4, 6),
});

/** Reads the whole ZIP stream, as a Blob or a file would. */
async function read(stream: ReadableStream<Uint8Array>): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await new Response(stream).arrayBuffer()));
}

const noRenewal = () => Promise.resolve(undefined);

describe('zipVideos', () => {
  it('writes each video byte for byte, and reports the one whose host answered an error', async () => {
    const official = 'video_demo_official--zip1';
    await fetch(`${sim.origin}/v1/videos/${official}`, { headers: { Authorization: 'Bearer x' } });
    clock.advanceSeconds(60);
    const progress: ZipProgress[] = [];
    const { stream, report } = zipVideos({
      videos: [
        video('a', link(signedMediaUrl(sim.origin, 'demo.mp4', clock.now()))),
        video('gone', link(`${other.origin}/gone.mp4`)),
        video(official, {
          kind: 'keyed',
          url: `${sim.origin}/v1/videos/${official}/content`,
          connection,
        }),
        video('c', link(`${other.origin}/v/3`)),
      ],
      signal: new AbortController().signal,
      renewSource: noRenewal,
      onProgress: (step) => progress.push(step),
    });
    const entries = await read(stream);

    expect(Object.keys(entries)).toEqual(['a.mp4', `${official}.mp4`, 'c.mp4']);
    for (const bytes of Object.values(entries)) {
      expect(bytes).toEqual(demo);
      // An MP4 begins with its `ftyp` box.
      expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe('ftyp');
    }
    expect(report.saved.map((saved) => saved.id)).toEqual(['a', official, 'c']);
    expect(report.failed).toEqual([{ id: 'gone', problem: { kind: 'status', status: 404 } }]);
    expect(report.bytes).toBe(3 * demo.byteLength);
    expect(progress.at(-1)).toEqual({
      done: 4,
      total: 4,
      bytes: 3 * demo.byteLength,
      current: undefined,
    });
  });

  it('asks for the task again once when a link fails, and uses the new link', async () => {
    const expired = signedMediaUrl(sim.origin, 'demo.mp4', clock.now() - 7 * 86_400_000);
    const fresh = signedMediaUrl(sim.origin, 'demo.mp4', clock.now());
    const asked: string[] = [];
    const { stream, report } = zipVideos({
      videos: [video('renewed', link(expired)), video('stale', link(expired))],
      signal: new AbortController().signal,
      renewSource: (planned) => {
        asked.push(planned.id);
        // The provider re-signs the first; the second comes back with the same dead link.
        return Promise.resolve(link(planned.id === 'renewed' ? fresh : expired));
      },
      onProgress: () => undefined,
    });
    const entries = await read(stream);
    expect(Object.keys(entries)).toEqual(['renewed.mp4']);
    expect(asked).toEqual(['renewed', 'stale']);
    expect(report.failed).toEqual([{ id: 'stale', problem: { kind: 'status', status: 403 } }]);
  });

  it('says the host refused when no answer can be read at all', async () => {
    const { stream, report } = zipVideos({
      // Nothing listens there: the browser (and Node) see a failed fetch, with no status.
      videos: [video('nowhere', link('http://127.0.0.1:9/v.mp4'))],
      signal: new AbortController().signal,
      renewSource: noRenewal,
      onProgress: () => undefined,
    });
    expect(await read(stream)).toEqual({});
    expect(report.failed).toEqual([{ id: 'nowhere', problem: { kind: 'refused' } }]);
  });

  it('stops when aborted: the stream errors and nothing more is asked', async () => {
    const controller = new AbortController();
    const { stream } = zipVideos({
      videos: [1, 2, 3].map((n) => video(`v${n}`, link(`${other.origin}/v/${n}`))),
      signal: controller.signal,
      renewSource: noRenewal,
      onProgress: ({ done }) => {
        if (done === 1) controller.abort();
      },
    });
    await expect(new Response(stream).arrayBuffer()).rejects.toThrow();
    expect(otherHits.map((hit) => hit.path)).toEqual(['/v/1']);
  });

  it('sends nothing faster than the limiter allows', async () => {
    requestLimiter.configure({ maxInFlight: 4, requestsPerSecond: 1 });
    const { stream } = zipVideos({
      videos: [4, 5, 6].map((n) => video(`v${n}`, link(`${other.origin}/v/${n}`))),
      signal: new AbortController().signal,
      renewSource: noRenewal,
      onProgress: () => undefined,
    });
    expect(Object.keys(await read(stream))).toHaveLength(3);
    const gaps = otherHits.slice(1).map((hit, index) => hit.at - (otherHits[index]?.at ?? 0));
    expect(gaps).toHaveLength(2);
    // One a second: each request waits for the one before it to leave the window.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(950);
  });
});
