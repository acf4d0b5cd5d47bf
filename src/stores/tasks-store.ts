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
  mergeLists,
  readTaskList,
  sameList,
  type TaskList,
  type TrackedTask,
} from './task-list-merge';

export type { TrackedTask } from './task-list-merge';

interface TasksState extends TaskList {
  actions: {
    trackTasks: (ids: string[]) => void;
    /** Removes a task and says where it was, for undo. */
    untrackTask: (id: string) => { task: TrackedTask; index: number } | undefined;
    /** Undo of a removal: puts the task back where it was. */
    restoreTask: (task: TrackedTask, index: number) => void;
  };
}

export const TASKS_STORAGE_KEY = 'sora-dashboard:tasks';

const useTasksStore = create<TasksState>()(
  persist(
    (set, get) => ({
      ...EMPTY_LIST,
      actions: {
        trackTasks: (ids) =>
          set((state) => {
            const known = new Set(state.tasks.map((task) => task.id));
            const now = Date.now();
            const added = ids
              .filter((id) => !known.has(id))
              .map((id) => ({ id, addedAt: now, editedAt: now }));
            return added.length ? { tasks: [...state.tasks, ...added] } : state;
          }),
        untrackTask: (id) => {
          const { tasks, removed } = get();
          const index = tasks.findIndex((task) => task.id === id);
          const task = tasks[index];
          if (!task) return undefined;
          set({
            tasks: tasks.filter((entry) => entry.id !== id),
            removed: { ...removed, [id]: Math.max(Date.now(), task.editedAt + 1) },
          });
          return { task, index };
        },
        restoreTask: (task, index) =>
          set((state) => {
            if (state.tasks.some((existing) => existing.id === task.id)) return state;
            const tasks = [...state.tasks];
            const editedAt = Math.max(Date.now(), (state.removed[task.id] ?? 0) + 1);
            tasks.splice(Math.min(index, tasks.length), 0, { ...task, editedAt });
            return { tasks };
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

/** Another tab wrote its list: merge it into ours (and write the result back if it changed). */
export function mergeTasksFromStorage(stored: string | null): void {
  if (!stored) return;
  let remote: TaskList;
  try {
    remote = readTaskList(at(JSON.parse(stored), 'state'));
  } catch {
    return;
  }
  const { tasks, removed } = useTasksStore.getState();
  const local = { tasks, removed };
  const merged = mergeLists(local, remote);
  if (!sameList(merged, local)) useTasksStore.setState(merged);
}

/** For code outside React: the tracked ids now, and a way to hear when the list changes. */
export const trackedIdsNow = () => useTasksStore.getState().tasks.map((task) => task.id);
export const subscribeToTrackedTasks = (listener: () => void) =>
  useTasksStore.subscribe((state, previous) => {
    if (state.tasks !== previous.tasks) listener();
  });
