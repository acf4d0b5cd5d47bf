// Import's change to the task list: the new tasks come in with their batch and when they were
// added, in the order tasks were added; the tasks already there stay as they are.
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function freshStore() {
  vi.resetModules();
  localStorage.clear();
  const store = await import('../../../src/stores/tasks-store');
  const { importTasks } = await import('../../../src/stores/task-import');
  const { result: list } = renderHook(() => store.useTrackedTasks());
  const actions = renderHook(() => store.useTasksActions()).result.current;
  return { tasks: () => list.current, actions, importTasks };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(5_000_000);
});

describe('importing tasks', () => {
  it('adds the new ones with their batch and added time, in the order of adding', async () => {
    const { tasks, actions, importTasks } = await freshStore();
    act(() => actions.trackTasks(['video_mid']));
    let result: ReturnType<typeof importTasks> | undefined;
    act(() => {
      result = importTasks([
        { id: 'video_late', addedAt: 6_000_000 }, // in the future: counts as added now
        { id: 'video_early', batch: ' cats  at dusk ', addedAt: 1_000_000 },
        { id: 'video_none' },
        { id: 'video_early', batch: 'again' },
      ]);
    });
    expect(result).toEqual({
      added: ['video_late', 'video_early', 'video_none'],
      present: [],
      otherBatch: [],
    });
    expect(tasks()).toEqual([
      { id: 'video_early', addedAt: 1_000_000, editedAt: 5_000_000, batch: 'cats at dusk' },
      { id: 'video_mid', addedAt: 5_000_000, editedAt: 5_000_000 },
      { id: 'video_late', addedAt: 5_000_000, editedAt: 5_000_000 },
      { id: 'video_none', addedAt: 5_000_000, editedAt: 5_000_000 },
    ]);
  });

  it('leaves tracked tasks as they are and names those the file puts in another batch', async () => {
    const { tasks, actions, importTasks } = await freshStore();
    act(() => actions.trackTasks(['video_a', 'video_b'], { batch: 'dogs' }));
    act(() => actions.trackTasks(['video_c']));
    const before = tasks();
    let result: ReturnType<typeof importTasks> | undefined;
    act(() => {
      result = importTasks([
        { id: 'video_a', batch: 'dogs' },
        { id: 'video_b', batch: 'cats' },
        { id: 'video_c', batch: 'cats' },
        { id: 'video_a' },
      ]);
    });
    expect(result).toEqual({
      added: [],
      present: ['video_a', 'video_b', 'video_c'],
      otherBatch: [
        { id: 'video_b', batch: 'dogs', incoming: 'cats' },
        { id: 'video_c', batch: undefined, incoming: 'cats' },
      ],
    });
    expect(tasks()).toBe(before);
  });

  it('brings back a task removed in the same millisecond: newer than its removal', async () => {
    const { tasks, actions, importTasks } = await freshStore();
    act(() => actions.trackTasks(['video_a']));
    act(() => void actions.untrackTasks(['video_a']));
    expect(tasks()).toEqual([]);
    act(() => void importTasks([{ id: 'video_a', addedAt: 1_000_000 }]));
    // The removal was stamped 5_000_001 (after the add, in the same millisecond).
    expect(tasks()).toEqual([{ id: 'video_a', addedAt: 1_000_000, editedAt: 5_000_002 }]);
  });

  it('keeps a task it brought back when another tab says it was removed before', async () => {
    const { tasks, importTasks } = await freshStore();
    const store = await import('../../../src/stores/tasks-store');
    act(() => void importTasks([{ id: 'video_a', addedAt: 1_000_000 }]));
    const olderRemoval = { tasks: [], removed: { video_a: 4_999_000 } };
    act(() => store.mergeTasksFromStorage(JSON.stringify({ state: olderRemoval })));
    expect(tasks().map((task) => task.id)).toEqual(['video_a']);
  });
});
