import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MAX_SNAPSHOTS, type Snapshot } from '../../../src/domain/task-history';
import { parseTask } from '../../../src/domain/task-model';
import {
  indexedDbBackend,
  memoryBackend,
  TaskHistoryStore,
  type HistoryBackend,
} from '../../../src/stores/task-history-store';

function running(progress: number) {
  return parseTask({ id: 'video_1', object: 'video', status: 'in_progress', progress }, 'video_1');
}

/** Opens a task's history as a page would, and waits for the stored part to arrive. */
function open(store: TaskHistoryStore, id: string) {
  return new Promise<Snapshot[]>((resolve) => {
    const stop = store.subscribe(id, () => {
      resolve([...store.getSnapshots(id)]);
      stop();
    });
  });
}

describe.each<[string, () => HistoryBackend]>([
  ['IndexedDB', () => indexedDbBackend(new IDBFactory())],
  ['memory', () => memoryBackend()],
])('the task history store on %s', (_name, makeBackend) => {
  it('keeps what the polling tab wrote for a later page (a reload)', async () => {
    const backend = makeBackend();
    const writer = new TaskHistoryStore(backend);
    writer.record('video_1', running(10), 1_000, true);
    writer.record('video_1', running(10), 2_000, true); // unchanged: not kept
    writer.record('video_1', running(20), 3_000, true);
    await writer.flush();

    const reader = new TaskHistoryStore(backend);
    const shown = await open(reader, 'video_1');
    expect(shown.map((s) => [s.at, s.progress])).toEqual([
      [1_000, 10],
      [3_000, 20],
    ]);
  });

  it('does not write what another tab polled, but shows it live', async () => {
    const backend = makeBackend();
    const follower = new TaskHistoryStore(backend);
    const seen: number[] = [];
    const stop = follower.subscribe('video_1', () => {
      seen.push(follower.getSnapshots('video_1').length);
    });
    follower.record('video_1', running(10), 1_000, false);
    await follower.flush();
    expect(seen).toContain(1);
    stop();
    expect(await backend.read('video_1')).toEqual([]);
  });

  it('bounds each task’s history and forgets removed tasks', async () => {
    const backend = makeBackend();
    const store = new TaskHistoryStore(backend);
    for (let step = 0; step < MAX_SNAPSHOTS + 25; step += 1) {
      store.record('video_1', running(step), step * 1_000, true);
    }
    await store.flush();
    expect(await backend.read('video_1')).toHaveLength(MAX_SNAPSHOTS);
    await store.forget(['video_1']);
    expect(await backend.read('video_1')).toEqual([]);
  });
});

describe('a stored history read back', () => {
  it('keeps each snapshot it can trust and leaves out the others', async () => {
    const factory = new IDBFactory();
    const backend = indexedDbBackend(factory);
    // The store exists once the backend has opened the database.
    expect(await backend.read('video_1')).toEqual([]);
    const good = { at: 1_000, status: 'running', statusText: 'in_progress', progress: 10, raw: {} };
    await new Promise<void>((resolve, reject) => {
      const open = factory.open('sora-dashboard', 1);
      open.onsuccess = () => {
        const transaction = open.result.transaction('task-history', 'readwrite');
        transaction.objectStore('task-history').put({
          id: 'video_1',
          snapshots: [
            good,
            { ...good, at: 'yesterday' },
            { ...good, status: 'done' },
            { ...good, progress: '10' },
            null,
            'text',
          ],
        });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
      };
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    expect(await backend.read('video_1')).toEqual([good]);
  });
});
