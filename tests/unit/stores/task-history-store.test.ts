import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MAX_SNAPSHOTS, type Snapshot } from '../../../src/api/task-history';
import { parseTask } from '../../../src/api/task-model';
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
