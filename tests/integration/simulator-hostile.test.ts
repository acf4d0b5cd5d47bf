// The hostile entries: every text field holds markup, every URL an unsafe scheme, or every answer
// is over 5 MB, in every phase of the task. And the dashboard's HTTP seam and model read each
// body as they would an honest one: the markup as text, no URL used, the huge body parsed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTask } from '../../src/api/get-task';
import type { Connection } from '../../src/api/http-client';
import { DEFAULT_QUERY_TEMPLATES } from '../../src/domain/query-endpoints';
import { parseTask } from '../../src/domain/task-model';
import { createSimulator } from '../../server/simulator/create-simulator';
import {
  HUGE_PROMPT_CHARS,
  hostileText,
  hostileUrls,
} from '../../server/simulator/shapes/hostile-content';
import {
  at,
  auth,
  FakeClock,
  getJson,
  isRecord,
  listen,
  type RunningServer,
} from './server-harness';

const clock = new FakeClock();
let server: RunningServer;
let connection: Connection;
let run = 0;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now }));
  connection = {
    baseUrl: server.origin,
    apiKey: 'sk-hostile',
    forwardedHost: '',
    viaProxy: false,
    appOrigin: server.origin,
    queryTemplates: DEFAULT_QUERY_TEMPLATES,
  };
});
afterAll(() => server.close());

const fresh = (id: string) => `${id}--hostile${++run}`;
const poll = (id: string) => getJson(`${server.origin}/v1/videos/${encodeURIComponent(id)}`);

/** The body of `id` while queued, while running and once done (the entries run 2 s + 4 s). */
async function phases(id: string) {
  const queued = (await poll(id)).body;
  clock.advanceSeconds(3);
  const running = (await poll(id)).body;
  clock.advanceSeconds(60);
  const done = (await poll(id)).body;
  return { queued, running, done };
}

/** Every string in a body, keys of objects included, with the key it sits under. */
function strings(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([name, inner]) => [
    { key: '(a key)', text: name },
    ...strings(inner, name),
  ]);
}

const MARKUP = '<img src=x onerror="window.__pwned=1">';

describe('hostile text', () => {
  it('puts markup in every text field, in every phase, and keeps the status and URLs', async () => {
    for (const entry of ['sora-2:task_hostile_text', 'sora-2:task_hostile_text_done']) {
      const bodies = await phases(fresh(entry));
      expect([bodies.queued.status, bodies.done.status]).toEqual([
        'pending',
        entry.endsWith('_done') ? 'completed' : 'failed',
      ]);
      for (const [phase, body] of Object.entries(bodies)) {
        const values = strings(body).filter(({ key }) => key !== '(a key)');
        const plain = values.filter(
          ({ key, text }) =>
            !text.includes(MARKUP) && !/^https?:\/\//.test(text) && key !== 'status',
        );
        // `kind: sora_draft` says the draft was not refused; rewriting it would fail the task.
        expect(plain, `${entry} ${phase}`).toEqual(
          phase === 'done' && entry.endsWith('_done') ? [{ key: 'kind', text: 'sora_draft' }] : [],
        );
        expect(body.model).toBe(hostileText('model'));
      }
    }
  });

  it('reaches every field the dashboard reads, as the same text', async () => {
    const id = fresh('sora-2:task_hostile_text');
    const { running, done } = await phases(id);
    const whileRunning = parseTask(running, id);
    expect(whileRunning).toMatchObject({
      status: 'running',
      prompt: hostileText('prompt'),
      enhancedPrompt: hostileText('enhanced_prompt'),
      model: hostileText('model'),
      providerId: hostileText('id'),
      size: hostileText('size'),
      orientation: hostileText('orientation'),
    });
    expect(whileRunning.inpaintItems[1]).toMatchObject({
      type: hostileText('type'),
      uploadMediaId: hostileText('upload_media_id'),
      uploadedFileId: hostileText('uploaded_file_id'),
      generationId: hostileText('generation_id'),
      cameoFileId: hostileText('cameo_file_id'),
      presetId: hostileText('preset_id'),
    });
    // The input images are untouched: only text is hostile here.
    expect(whileRunning.inputImages).toHaveLength(2);

    const failed = await fetchTask(connection, id);
    expect(failed).toMatchObject({
      status: 'failed',
      failure: { message: hostileText('failure_reason'), code: hostileText('code') },
      moderation: { type: hostileText('type'), code: hostileText('code') },
    });
    expect(failed.moderation?.byFrame.map((frame) => frame.frameIndex)).toEqual([
      '24',
      '72',
      hostileText('frame'),
    ]);
    expect(parseTask(done, id).failure).toEqual(failed.failure);
  });
});

describe('hostile URLs', () => {
  it('gives every URL field an unsafe scheme, each scheme at least once', async () => {
    const id = fresh('sora-2:task_hostile_urls');
    const bodies = await phases(id);
    expect(bodies.done.status).toBe('completed');
    const urls = new Set<string>();
    for (const body of Object.values(bodies)) {
      for (const { text } of strings(body)) {
        expect(text).not.toMatch(/^\s*https?:/i);
        if (hostileUrls.includes(text)) urls.add(text);
      }
    }
    expect([...urls].sort()).toEqual([...hostileUrls].sort());
  });

  it('leaves the dashboard nothing to load: no video, picture or input, every URL refused', async () => {
    const id = fresh('sora-2:task_hostile_urls');
    const { running, done } = await phases(id);
    const whileRunning = parseTask(running, id);
    expect(whileRunning.inputImages).toEqual([]);
    expect(whileRunning.inpaintItems.map((item) => item.imageUrl)).toEqual([undefined, undefined]);
    const finished = parseTask(done, id);
    expect(finished).toMatchObject({
      status: 'succeeded',
      video: undefined,
      posterUrl: undefined,
      gifUrl: undefined,
      inputImages: [],
      mediaExpiresAt: undefined,
    });
    const sent = strings(done)
      .map(({ text }) => text)
      .filter((text) => hostileUrls.includes(text));
    expect(new Set(finished.blockedUrls)).toEqual(new Set(sent.map((text) => text.trim())));
  });
});

describe('a huge body', () => {
  it('is over 5 MB in every phase, and the seam parses it into a task with its video', async () => {
    const id = fresh('sora-2:task_hostile_huge');
    const url = `${server.origin}/v1/videos/${encodeURIComponent(id)}`;
    const sizes: number[] = [];
    for (const seconds of [0, 3, 60]) {
      clock.advanceSeconds(seconds);
      const response = await fetch(url, { headers: auth });
      sizes.push((await response.arrayBuffer()).byteLength);
    }
    for (const size of sizes) expect(size).toBeGreaterThan(5 * 1024 * 1024);

    const task = await fetchTask(connection, id);
    expect(task.status).toBe('succeeded');
    expect(task.prompt).toHaveLength(HUGE_PROMPT_CHARS);
    expect(task.video?.kind).toBe('url');
    expect(at(task.raw, 'detail', 'status')).toBe('completed');
  });
});

describe('the listing', () => {
  it('flags the hostile entries and lists them last, out of the demo', async () => {
    const { body } = await getJson(`${server.origin}/sim/catalogue`, {});
    const tasks = Array.isArray(body.tasks) ? body.tasks.filter(isRecord) : [];
    const hostile = tasks.filter((task) => task.hostile !== undefined);
    expect(hostile.map((task) => [task.id, task.hostile, task.demo])).toEqual([
      ['sora-2:task_hostile_text', 'text', undefined],
      ['sora-2:task_hostile_text_done', 'text', undefined],
      ['sora-2:task_hostile_urls', 'urls', undefined],
      ['sora-2:task_hostile_huge', 'huge', undefined],
    ]);
    expect(tasks.slice(-hostile.length)).toEqual(hostile);
  });
});
