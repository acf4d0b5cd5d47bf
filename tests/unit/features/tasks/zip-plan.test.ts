// What the ZIP of the selected videos will hold, from what the cache knows of each task.
import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../../src/api/http-client';
import { ApiError } from '../../../../src/domain/api-error';
import { DEFAULT_QUERY_TEMPLATES } from '../../../../src/domain/query-endpoints';
import { parseTask } from '../../../../src/domain/task-model';
import {
  estimateVideoBytes,
  LARGE_ZIP_BYTES,
  planZip,
  zipFileName,
} from '../../../../src/features/tasks/video-zip/zip-plan';
import type { CachedTask } from '../../../../src/features/tasks/video-zip/use-selected-tasks';

const connection: Connection = {
  baseUrl: 'https://api.example.com/v1',
  apiKey: 'sk-plan',
  forwardedHost: '',
  viaProxy: false,
  appOrigin: 'http://localhost:5173',
  queryTemplates: DEFAULT_QUERY_TEMPLATES,
};

const done = (id: string, extra: Record<string, unknown> = {}) =>
  parseTask(
    {
      id,
      status: 'completed',
      video_url: `https://cdn.example.com/${id}.mp4`,
      prompt: 'A cat at dusk',
      ...extra,
    },
    id,
  );

function known(tasks: Record<string, CachedTask>) {
  return (id: string): CachedTask => tasks[id] ?? { task: undefined, error: undefined };
}

describe('planZip', () => {
  it('fetches each finished video from its link, named as the single Download names it', () => {
    const plan = planZip(
      ['video_a', 'video_b'],
      known({
        video_a: { task: done('video_a'), error: undefined },
        video_b: { task: done('video_b', { prompt: undefined }), error: undefined },
      }),
      connection,
    );
    expect(plan.videos.map(({ id, fileName, source }) => ({ id, fileName, source }))).toEqual([
      {
        id: 'video_a',
        fileName: 'video_a-a-cat-at-dusk.mp4',
        source: { kind: 'link', url: 'https://cdn.example.com/video_a.mp4' },
      },
      {
        id: 'video_b',
        fileName: 'video_b.mp4',
        source: { kind: 'link', url: 'https://cdn.example.com/video_b.mp4' },
      },
    ]);
    expect(plan.skipped).toEqual([]);
    expect(plan.selected).toBe(2);
  });

  it('gives two tasks that would share a name names of their own', () => {
    const plan = planZip(
      ['sora-2:task_x', 'sora-2_task_x'],
      known({
        'sora-2:task_x': { task: done('sora-2:task_x'), error: undefined },
        'sora-2_task_x': { task: done('sora-2_task_x'), error: undefined },
      }),
      connection,
    );
    expect(plan.videos.map((video) => video.fileName)).toEqual([
      'sora-2_task_x-a-cat-at-dusk.mp4',
      'sora-2_task_x-a-cat-at-dusk-2.mp4',
    ]);
  });

  it('fetches a file that needs the key only from the API’s own origin, with the key', () => {
    const official = parseTask(
      { id: 'video_o', object: 'video', status: 'completed', progress: 100 },
      'video_o',
    );
    const plan = planZip(
      ['video_o'],
      known({ video_o: { task: official, error: undefined } }),
      connection,
    );
    expect(plan.videos[0]?.source).toEqual({
      kind: 'keyed',
      url: 'https://api.example.com/v1/videos/video_o/content',
      connection,
    });
  });

  it('names every task it skips, with why', () => {
    const elsewhere = parseTask(
      {
        id: 'job-1',
        status: 'completed',
        unsigned_urls: ['https://files.other.example/job-1.mp4'],
      },
      'job-1',
    );
    const plan = planZip(
      ['run', 'fail', 'gone', 'broken', 'new', 'plain', 'far', 'cancel'],
      known({
        run: { task: parseTask({ id: 'run', status: 'in_progress' }, 'run'), error: undefined },
        fail: { task: parseTask({ id: 'fail', status: 'failed' }, 'fail'), error: undefined },
        gone: { task: undefined, error: new ApiError('not-found', 'gone', { status: 404 }) },
        broken: { task: undefined, error: new ApiError('server', 'oops', { status: 500 }) },
        plain: {
          task: done('plain', { video_url: 'http://cdn.example.com/plain.mp4' }),
          error: undefined,
        },
        far: { task: elsewhere, error: undefined },
        cancel: {
          task: parseTask({ id: 'cancel', status: 'cancelled' }, 'cancel'),
          error: undefined,
        },
      }),
      connection,
    );
    expect(plan.videos).toEqual([]);
    expect(plan.skipped).toEqual([
      { id: 'run', reason: { kind: 'status', category: 'running' } },
      { id: 'fail', reason: { kind: 'status', category: 'failed' } },
      { id: 'gone', reason: { kind: 'status', category: 'not-found' } },
      { id: 'broken', reason: { kind: 'status', category: 'error' } },
      { id: 'new', reason: { kind: 'status', category: 'loading' } },
      { id: 'plain', reason: { kind: 'unsafe-address' } },
      { id: 'far', reason: { kind: 'key-elsewhere', origin: 'https://files.other.example' } },
      { id: 'cancel', reason: { kind: 'status', category: 'cancelled' } },
    ]);
  });

  it('skips a file that needs the key when the tab has none', () => {
    const official = parseTask({ id: 'video_o', object: 'video', status: 'completed' }, 'video_o');
    const plan = planZip(['video_o'], known({ video_o: { task: official, error: undefined } }), {
      ...connection,
      apiKey: '',
    });
    expect(plan.skipped).toEqual([{ id: 'video_o', reason: { kind: 'no-key' } }]);
  });

  it('estimates the size from each video’s length and frame size', () => {
    // 8 s of 1280×720 at 0.6 bytes per pixel-second.
    expect(estimateVideoBytes({ seconds: 8, width: 1280, height: 720 })).toBe(4_423_680);
    // Unknown: 10 s of 1080p, on the generous side.
    expect(estimateVideoBytes({ seconds: undefined, width: undefined, height: undefined })).toBe(
      12_441_600,
    );
    const many = Object.fromEntries(
      Array.from({ length: 200 }, (_, index) => [
        `v${index}`,
        { task: done(`v${index}`), error: undefined },
      ]),
    );
    const plan = planZip(Object.keys(many), known(many), connection);
    expect(plan.estimatedBytes).toBe(200 * 12_441_600);
    expect(plan.estimatedBytes).toBeGreaterThan(LARGE_ZIP_BYTES);
  });
});

describe('zipFileName', () => {
  it('carries the date on the person’s own calendar', () => {
    expect(zipFileName(new Date(2026, 8, 4, 23, 59))).toBe('reelwatch-videos-2026-09-04.zip');
  });
});
