// The tracked-task list's own actions: batches, and removing many at once with one Undo.
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function freshStore() {
  vi.resetModules();
  localStorage.clear();
  const store = await import('../../../src/stores/tasks-store');
  const { result: list } = renderHook(() => store.useTrackedTasks());
  const actions = renderHook(() => store.useTasksActions()).result.current;
  return { tasks: () => list.current, actions };
}

const ids = (tasks: readonly { id: string }[]) => tasks.map((task) => task.id);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_000_000);
});

describe('the tracked-task list', () => {
  it('puts pasted tasks in the batch named, with the name tidied, and only the new ones', async () => {
    const { tasks, actions } = await freshStore();
    act(() => actions.trackTasks(['video_a']));
    act(() =>
      actions.trackTasks(['video_a', 'video_b', 'video_b'], { batch: '  cats \n at  dusk ' }),
    );
    expect(tasks()).toEqual([
      { id: 'video_a', addedAt: 1_000_000, editedAt: 1_000_000 },
      { id: 'video_b', addedAt: 1_000_000, editedAt: 1_000_000, batch: 'cats at dusk' },
    ]);
  });

  it('an empty batch name is no batch', async () => {
    const { tasks, actions } = await freshStore();
    act(() => actions.trackTasks(['video_a'], { batch: '   ' }));
    expect(tasks()[0]).not.toHaveProperty('batch');
  });

  it('moves tasks into a batch and out of it, marking them edited so other tabs take it', async () => {
    const { tasks, actions } = await freshStore();
    act(() => actions.trackTasks(['video_a', 'video_b']));
    vi.setSystemTime(2_000_000);
    act(() => actions.setBatch(['video_b', 'not_tracked'], 'dogs'));
    expect(tasks()).toEqual([
      { id: 'video_a', addedAt: 1_000_000, editedAt: 1_000_000 },
      { id: 'video_b', addedAt: 1_000_000, editedAt: 2_000_000, batch: 'dogs' },
    ]);
    act(() => actions.setBatch(['video_b'], undefined));
    expect(tasks()[1]).toEqual({ id: 'video_b', addedAt: 1_000_000, editedAt: 2_000_000 });
  });

  it('removes many at once, and one Undo brings each back to its place with its batch', async () => {
    const { tasks, actions } = await freshStore();
    act(() => actions.trackTasks(['video_a', 'video_b'], { batch: 'one' }));
    vi.setSystemTime(1_000_100);
    act(() => actions.trackTasks(['video_c', 'video_d']));
    let removal: ReturnType<typeof actions.untrackTasks>;
    act(() => {
      removal = actions.untrackTasks(['video_d', 'video_a', 'video_c', 'unknown']);
    });
    expect(ids(tasks())).toEqual(['video_b']);
    expect(ids(removal?.entries.map((entry) => entry.task) ?? [])).toEqual([
      'video_a',
      'video_c',
      'video_d',
    ]);
    vi.setSystemTime(1_005_000);
    act(() => actions.trackTasks(['video_e']));
    act(() => {
      if (removal) actions.restoreTasks(removal);
    });
    expect(ids(tasks())).toEqual(['video_a', 'video_b', 'video_c', 'video_d', 'video_e']);
    expect(tasks()[0]).toMatchObject({ batch: 'one' });
  });

  it('says nothing was removed when none of the ids is tracked', async () => {
    const { actions } = await freshStore();
    expect(actions.untrackTasks(['nope'])).toBeUndefined();
  });
});
