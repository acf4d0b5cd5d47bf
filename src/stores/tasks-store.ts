// The task ids being watched, in the order they were added. Persisted so a reload loses nothing,
// and merged across tabs so no tab's edit is lost (see task-list-merge.ts).
import { create } from 'zustand';
import { t } from '../lib/i18n';
import { persist } from 'zustand/middleware';
import { deviceStorage, persistedStorage } from './web-storage';
import { reportStorageUnreadable } from './storage-health';
import { at } from '../lib/json-reader';
import {
  EMPTY_LIST,
  normaliseBatchName,
  mergeLists,
  readTaskList,
  sameList,
  type TaskList,
  type TrackedTask,
} from './task-list-merge';

/** What a removal took away, for its Undo. */
export interface Removal {
  /** Each task removed, and where it was in the list, first to last. */
  entries: readonly { task: TrackedTask; index: number }[];
}

interface TasksState extends TaskList {
  actions: {
    /** Adds the ids not tracked yet, at the end, in the batch named (if any). */
    trackTasks: (ids: readonly string[], options?: { batch?: string }) => void;
    /** Removes the tasks and says what they were, for undo; undefined when none was tracked. */
    untrackTasks: (ids: readonly string[]) => Removal | undefined;
    /** Undo of a removal: puts the tasks back in their places. */
    restoreTasks: (removal: Removal) => void;
    /** Puts tracked tasks in a batch (a name), or out of any (undefined or ''). */
    setBatch: (ids: readonly string[], batch: string | undefined) => void;
  };
}

export const TASKS_STORAGE_KEY = 'sora-dashboard:tasks';

const useTasksStore = create<TasksState>()(
  persist(
    (set, get) => ({
      ...EMPTY_LIST,
      actions: {
        trackTasks: (ids, options) =>
          set((state) => {
            const known = new Set(state.tasks.map((task) => task.id));
            const now = Date.now();
            const batch =
              options?.batch === undefined ? undefined : normaliseBatchName(options.batch);
            const added: TrackedTask[] = [];
            for (const id of ids) {
              if (known.has(id)) continue;
              known.add(id);
              added.push(
                batch
                  ? { id, addedAt: now, editedAt: now, batch }
                  : { id, addedAt: now, editedAt: now },
              );
            }
            return added.length ? { tasks: [...state.tasks, ...added] } : state;
          }),
        untrackTasks: (ids) => {
          const { tasks, removed } = get();
          const going = new Set(ids);
          const kept: TrackedTask[] = [];
          const entries: { task: TrackedTask; index: number }[] = [];
          tasks.forEach((task, index) => {
            if (going.has(task.id)) entries.push({ task, index });
            else kept.push(task);
          });
          if (entries.length === 0) return undefined;
          const now = Date.now();
          const tombstones = { ...removed };
          for (const { task } of entries) tombstones[task.id] = Math.max(now, task.editedAt + 1);
          set({ tasks: kept, removed: tombstones });
          return { entries };
        },
        restoreTasks: (removal) =>
          set((state) => {
            const known = new Set(state.tasks.map((task) => task.id));
            const tasks = [...state.tasks];
            let changed = false;
            // First to last, each at its old index: the list comes back as it was.
            for (const { task, index } of removal.entries) {
              if (known.has(task.id)) continue;
              const editedAt = Math.max(Date.now(), (state.removed[task.id] ?? 0) + 1);
              tasks.splice(Math.min(index, tasks.length), 0, { ...task, editedAt });
              changed = true;
            }
            return changed ? { tasks } : state;
          }),
        setBatch: (ids, batch) =>
          set((state) => {
            const name = batch === undefined ? undefined : normaliseBatchName(batch);
            const chosen = new Set(ids);
            const now = Date.now();
            let changed = false;
            const tasks = state.tasks.map((task) => {
              if (!chosen.has(task.id) || task.batch === name) return task;
              changed = true;
              const { batch: _old, ...rest } = task;
              return name ? { ...rest, batch: name, editedAt: now } : { ...rest, editedAt: now };
            });
            return changed ? { tasks } : state;
          }),
      },
    }),
    {
      name: TASKS_STORAGE_KEY,
      version: 2,
      storage: persistedStorage(() => t('the task list')),
      partialize: ({ tasks, removed }) => ({ tasks, removed }),
      migrate: (persisted) => readTaskList(persisted),
      // `migrate` only runs when the stored version differs: what is stored at this version is
      // read through the same checks, and entries that are not tasks are dropped and reported.
      merge: (persisted, current) => {
        const list = readTaskList(persisted);
        const stored = Array.isArray(persisted) ? persisted : at(persisted, 'tasks');
        if (
          persisted !== undefined &&
          (!Array.isArray(stored) || stored.length > list.tasks.length)
        ) {
          // What is dropped is set aside first, as unreadable text is (see web-storage.ts).
          deviceStorage.write(`${TASKS_STORAGE_KEY}:unreadable`, JSON.stringify(persisted));
          reportStorageUnreadable(() => t('some entries of the task list'));
        }
        return { ...current, ...list };
      },
    },
  ),
);

export const useTrackedTasks = () => useTasksStore((state) => state.tasks);
export const useTasksActions = () => useTasksStore((state) => state.actions);

/**
 * Merges another list into ours: another tab's copy, or the tasks of an import (loaded with it,
 * task-import.ts). A task lives unless a removal newer than its last edit says otherwise.
 */
export function mergeTaskList(remote: TaskList): void {
  const local = taskListNow();
  const merged = mergeLists(local, remote);
  if (!sameList(merged, local)) useTasksStore.setState(merged);
}

/** Another tab wrote its list: merge it into ours (and write the result back if it changed). */
export function mergeTasksFromStorage(stored: string | null): void {
  if (!stored) return;
  let remote: TaskList;
  try {
    remote = readTaskList(at(JSON.parse(stored), 'state'));
  } catch {
    return;
  }
  mergeTaskList(remote);
}

/** For code outside React: the list now, and a way to hear when it changes. */
export function taskListNow(): TaskList {
  const { tasks, removed } = useTasksStore.getState();
  return { tasks, removed };
}
export const trackedIdsNow = () => useTasksStore.getState().tasks.map((task) => task.id);
/** The tracked tasks themselves, with their batches. */
export const trackedTasksNow = (): readonly TrackedTask[] => useTasksStore.getState().tasks;
export const subscribeToTrackedTasks = (listener: () => void) =>
  useTasksStore.subscribe((state, previous) => {
    if (state.tasks !== previous.tasks) listener();
  });
