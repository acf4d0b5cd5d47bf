import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseTask } from '../../../src/domain/task-model';
import type { FinishedDuration } from '../../../src/domain/typical-duration';
import {
  indexedDbDurations,
  memoryDurations,
  TaskDurationStore,
  type DurationBackend,
} from '../../../src/stores/task-duration-store';
import { memoryBackend, TaskHistoryStore } from '../../../src/stores/task-history-store';

const MODEL = 'veo3.1-fast';

/** An OpenAI-shape body with no progress; times in seconds, as such bodies give them. */
function body(id: string, status: string, times: { created?: number; completed?: number } = {}) {
  return parseTask(
    {
      id,
      object: 'video',
      model: MODEL,
      status,
      created_at: times.created,
      completed_at: times.completed,
    },
    id,
  );
}

/** The durations a page would show once the store has read what is stored. */
async function shown(store: TaskDurationStore, model = MODEL) {
  await store.load();
  return store.getDurations(model);
}

/** Waits until the store holds `count` durations of the model (timing a task is asynchronous). */
function durationsOnceThere(store: TaskDurationStore, count: number) {
  return new Promise<readonly FinishedDuration[]>((resolve) => {
    const check = () => {
      const durations = store.getDurations(MODEL);
      if (durations && durations.length >= count) {
        stop();
        resolve(durations);
      }
    };
    const stop = store.subscribe(check);
    check();
  });
}

describe.each<[string, () => DurationBackend]>([
  ['IndexedDB', () => indexedDbDurations(new IDBFactory())],
  ['memory', () => memoryDurations()],
])('the duration store on %s', (_name, makeBackend) => {
  it('keeps what the polling tab noted for a later page (a reload), each task once', async () => {
    const backend = makeBackend();
    const writer = new TaskDurationStore(backend);
    await writer.note(MODEL, { id: 'a', ms: 120_000, basis: 'provider', finishedAt: 1 }, true);
    await writer.note(MODEL, { id: 'a', ms: 125_000, basis: 'provider', finishedAt: 1 }, true);
    await writer.note(MODEL, { id: 'b', ms: 90_000, basis: 'seen', finishedAt: 2 }, true);

    const reader = new TaskDurationStore(backend);
    expect(reader.getDurations(MODEL)).toBeUndefined();
    expect(await shown(reader)).toEqual([
      { id: 'a', ms: 125_000, basis: 'provider', finishedAt: 1 },
      { id: 'b', ms: 90_000, basis: 'seen', finishedAt: 2 },
    ]);
    expect(await shown(reader, 'kling-v2')).toEqual([]);
  });

  it('shows what another tab polled without writing it', async () => {
    const backend = makeBackend();
    const follower = new TaskDurationStore(backend);
    await follower.note(MODEL, { id: 'a', ms: 60_000, basis: 'seen', finishedAt: 1 }, false);
    expect(await shown(follower)).toHaveLength(1);
    expect(await shown(new TaskDurationStore(backend))).toEqual([]);
  });
});

it('does not trust what it reads from IndexedDB', async () => {
  const factory = new IDBFactory();
  const backend = indexedDbDurations(factory);
  await backend.add(new Map()); // creates the database
  const db = await new Promise<IDBDatabase>((resolve) => {
    const request = factory.open('sora-dashboard-durations', 1);
    request.onsuccess = () => resolve(request.result);
  });
  const transaction = db.transaction('model-durations', 'readwrite');
  const store = transaction.objectStore('model-durations');
  store.put({
    model: MODEL,
    durations: [
      { id: 'a', ms: 'soon' },
      { id: 'b', ms: 60_000, basis: 'seen', finishedAt: 3 },
    ],
  });
  store.put({ model: 'grok', durations: 'lots' });
  store.put({ model: 42, durations: [] });
  await new Promise((resolve) => (transaction.oncomplete = resolve));
  db.close();

  const read = await backend.readAll();
  expect([...read.entries()]).toEqual([
    ['grok', []],
    [MODEL, [{ id: 'b', ms: 60_000, basis: 'seen', finishedAt: 3 }]],
  ]);
});

describe('timing the tasks the history store sees succeed', () => {
  it('takes the provider’s times where the body has both', async () => {
    const durations = new TaskDurationStore(memoryDurations());
    const history = new TaskHistoryStore(memoryBackend(), durations);
    history.record('video_a', body('video_a', 'in_progress', { created: 1_000 }), 1_005_000, true);
    history.record(
      'video_a',
      body('video_a', 'completed', { created: 1_000, completed: 1_150 }),
      1_160_000,
      true,
    );
    expect(await durationsOnceThere(durations, 1)).toEqual([
      { id: 'video_a', ms: 150_000, basis: 'provider', finishedAt: 1_150_000 },
    ]);
  });

  it('else from first seen to first seen succeeded, across a reload, and once', async () => {
    const historyBackend = memoryBackend();
    const durationBackend = memoryDurations();
    const before = new TaskHistoryStore(historyBackend, new TaskDurationStore(durationBackend));
    before.record('video_b', body('video_b', 'queued'), 10_000, true);
    before.record('video_b', body('video_b', 'in_progress'), 40_000, true);
    await before.flush();

    // The page reloads; the new page sees the task finish.
    const durations = new TaskDurationStore(durationBackend);
    const after = new TaskHistoryStore(historyBackend, durations);
    after.record('video_b', body('video_b', 'completed'), 130_000, true);
    const timed = [{ id: 'video_b', ms: 120_000, basis: 'seen', finishedAt: 130_000 }];
    expect(await durationsOnceThere(durations, 1)).toEqual(timed);
    await durations.settled();

    // Another reload: the finished task is seen again, and still counts once.
    const again = new TaskDurationStore(durationBackend);
    const third = new TaskHistoryStore(historyBackend, again);
    third.record('video_b', body('video_b', 'completed'), 900_000, true);
    await third.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await shown(again)).toEqual(timed);
  });

  it('does not count a failed task, nor write from a tab that does not poll', async () => {
    const durationBackend = memoryDurations();
    const durations = new TaskDurationStore(durationBackend);
    const history = new TaskHistoryStore(memoryBackend(), durations);
    history.record('video_c', body('video_c', 'in_progress'), 0, true);
    history.record(
      'video_c',
      body('video_c', 'failed', { created: 1, completed: 60 }),
      60_000,
      true,
    );
    history.record(
      'video_d',
      body('video_d', 'completed', { created: 1, completed: 91 }),
      1,
      false,
    );
    expect(await durationsOnceThere(durations, 1)).toEqual([
      { id: 'video_d', ms: 90_000, basis: 'provider', finishedAt: 91_000 },
    ]);
    await durations.settled();
    expect(await shown(new TaskDurationStore(durationBackend))).toEqual([]);
  });
});
