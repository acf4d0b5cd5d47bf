import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { STORED_TASK_VERSION } from '../../../src/domain/stored-task';
import { parseTask, type Task } from '../../../src/domain/task-model';
import {
  indexedDbAnswers,
  LastAnswers,
  memoryAnswers,
  readAnswer,
  type AnswerBackend,
} from '../../../src/stores/last-answers';

const BASE = 'https://api.example.com';

// jsdom has no IndexedDB; the browser's global key range comes with the fake one.
vi.stubGlobal('IDBKeyRange', IDBKeyRange);

function task(id: string, status: string, extra: Record<string, unknown> = {}): Task {
  return parseTask({ id, object: 'video', status, progress: 40, ...extra }, id);
}

describe.each<[string, () => AnswerBackend]>([
  ['IndexedDB', () => indexedDbAnswers(new IDBFactory())],
  ['memory', () => memoryAnswers()],
])('last answers on %s', (_name, makeBackend) => {
  it('gives a later page (a reload) what the polling tab noted, without the body', async () => {
    const backend = makeBackend();
    const writer = new LastAnswers(backend);
    const done = task('video_1', 'completed', {
      video_url: 'https://cdn.example.com/v.mp4',
    });
    writer.note(
      { id: 'video_1', baseUrl: BASE, at: 1_000, answer: { kind: 'task', task: done } },
      true,
    );
    writer.note(
      { id: 'video_2', baseUrl: BASE, at: 2_000, answer: { kind: 'not-found', message: 'Gone.' } },
      true,
    );
    await writer.flush();

    const reader = new LastAnswers(backend);
    await reader.load();
    const restored = reader.get(BASE, 'video_1');
    expect(restored?.at).toBe(1_000);
    expect(restored?.answer).toEqual({ kind: 'task', task: { ...done, raw: undefined } });
    expect(reader.get(BASE, 'video_2')?.answer).toEqual({ kind: 'not-found', message: 'Gone.' });
    // Keyed by base URL as well: another provider's task of the same id is another task.
    expect(reader.get('https://other.example.com', 'video_1')).toBeUndefined();
  });

  it('writes nothing for a tab that only hears answers, and keeps the newest', async () => {
    const backend = makeBackend();
    const follower = new LastAnswers(backend);
    const running = task('video_1', 'in_progress');
    follower.note(
      { id: 'video_1', baseUrl: BASE, at: 5_000, answer: { kind: 'task', task: running } },
      false,
    );
    await follower.flush();
    expect(await backend.readAll()).toEqual([]);
    // An older answer arriving late does not replace a newer one.
    const older = task('video_1', 'queued');
    follower.note(
      { id: 'video_1', baseUrl: BASE, at: 4_000, answer: { kind: 'task', task: older } },
      false,
    );
    expect(follower.get(BASE, 'video_1')?.at).toBe(5_000);
  });

  it('forgets removed tasks under every base URL', async () => {
    const backend = makeBackend();
    const answers = new LastAnswers(backend);
    const done = task('video_1', 'completed');
    for (const baseUrl of [BASE, 'https://other.example.com']) {
      answers.note({ id: 'video_1', baseUrl, at: 1, answer: { kind: 'task', task: done } }, true);
    }
    answers.note(
      {
        id: 'video_10',
        baseUrl: BASE,
        at: 1,
        answer: { kind: 'task', task: task('video_10', 'completed') },
      },
      true,
    );
    await answers.flush();
    await answers.forget(['video_1']);
    expect(answers.get(BASE, 'video_1')).toBeUndefined();
    const stored = (await backend.readAll()).map((record) => readAnswer(record)?.id);
    expect(stored).toEqual(['video_10']);
  });
});

describe('answers of tasks no longer listed', () => {
  it('are dropped when old enough, and kept while another tab may still list them', async () => {
    const backend = memoryAnswers();
    const answers = new LastAnswers(backend);
    const done = (id: string) => ({ kind: 'task', task: task(id, 'completed') }) as const;
    answers.note({ id: 'video_kept', baseUrl: BASE, at: 1_000, answer: done('video_kept') }, true);
    answers.note({ id: 'video_gone', baseUrl: BASE, at: 1_000, answer: done('video_gone') }, true);
    answers.note({ id: 'video_new', baseUrl: BASE, at: 9_000, answer: done('video_new') }, true);
    await answers.flush();
    await answers.forgetUntracked(new Set(['video_kept']), 5_000);
    const reader = new LastAnswers(backend);
    await reader.load();
    expect(['video_kept', 'video_gone', 'video_new'].map((id) => reader.get(BASE, id)?.at)).toEqual(
      [1_000, undefined, 9_000],
    );
  });
});

describe('reading a stored answer', () => {
  const good = {
    version: STORED_TASK_VERSION,
    id: 'video_1',
    baseUrl: BASE,
    at: 1_000,
    answer: { kind: 'task', task: { ...task('video_1', 'completed'), raw: undefined } },
  };

  it('accepts what this version wrote', () => {
    expect(readAnswer(good)?.id).toBe('video_1');
  });

  it.each<[string, unknown]>([
    ['another version', { ...good, version: STORED_TASK_VERSION + 1 }],
    ['no time', { ...good, at: 'yesterday' }],
    ['a task of another id', { ...good, id: 'video_2' }],
    [
      'an unknown status',
      { ...good, answer: { kind: 'task', task: { ...good.answer.task, status: 'done' } } },
    ],
    [
      'progress as text',
      { ...good, answer: { kind: 'task', task: { ...good.answer.task, progress: '40' } } },
    ],
    [
      'a javascript: poster',
      {
        ...good,
        answer: { kind: 'task', task: { ...good.answer.task, posterUrl: 'javascript:alert(1)' } },
      },
    ],
    [
      'a video link that is not https',
      {
        ...good,
        answer: {
          kind: 'task',
          task: { ...good.answer.task, video: { kind: 'url', url: 'http://evil.example/v.mp4' } },
        },
      },
    ],
    [
      'input images that are not a list',
      { ...good, answer: { kind: 'task', task: { ...good.answer.task, inputImages: 'x' } } },
    ],
    [
      'a function inside',
      {
        ...good,
        answer: { kind: 'task', task: { ...good.answer.task, failure: { message: () => 1 } } },
      },
    ],
    ['a not-found without words', { ...good, answer: { kind: 'not-found' } }],
    ['nothing', null],
  ])('skips a record with %s', (_name, record) => {
    expect(readAnswer(record)).toBeUndefined();
  });
});

describe('reading any stored value', () => {
  const good = {
    version: STORED_TASK_VERSION,
    id: 'video_1',
    baseUrl: BASE,
    at: 1_000,
    answer: { kind: 'task', task: { ...task('video_1', 'completed'), raw: undefined } },
  };
  // Records that start out good and have one field replaced by anything at all.
  const damaged = fc
    .tuple(
      fc.constantFrom(...Object.keys(good.answer.task), 'id', 'status', 'video', 'posterUrl'),
      fc.oneof(
        fc.anything(),
        fc.constantFrom('javascript:alert(1)', 'http://evil.example/v.mp4', 'data:text/html,x'),
        fc.constantFrom('javascript:alert(1)').map((url) => ({ kind: 'url', url })),
        fc.constantFrom('javascript:alert(1)').map((url) => [url]),
      ),
    )
    .map(([field, value]) => ({
      ...good,
      answer: { kind: 'task', task: { ...good.answer.task, [field]: value } },
    }));

  it('never throws, and gives only tasks whose links pass the allow-list', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), damaged), (value) => {
        const answer = readAnswer(value);
        if (answer?.answer.kind !== 'task') return;
        const { task: read } = answer.answer;
        const links = [
          read.posterUrl,
          read.gifUrl,
          read.video && 'url' in read.video ? read.video.url : undefined,
          ...read.inputImages,
        ];
        for (const link of links.filter((url) => url !== undefined)) {
          expect(link).toMatch(/^(https:|http:\/\/(localhost|127\.0\.0\.1|\[::1\]))/);
        }
        expect([
          'queued',
          'running',
          'succeeded',
          'failed',
          'cancelled',
          'expired',
          'unknown',
        ]).toContain(read.status);
      }),
      { numRuns: 500 },
    );
  });
});
