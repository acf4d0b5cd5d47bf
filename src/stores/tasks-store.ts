// The task ids being watched, in the order they were added. Persisted so a reload loses nothing.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { asArray, at } from '../lib/json-reader';

export interface TrackedTask {
  id: string;
  addedAt: number;
}

interface TasksState {
  tasks: TrackedTask[];
  actions: {
    trackTasks: (ids: string[]) => void;
    /** Removes a task and says where it was, for undo. */
    untrackTask: (id: string) => { task: TrackedTask; index: number } | undefined;
    /** Undo of a removal: puts the task back where it was. */
    restoreTask: (task: TrackedTask, index: number) => void;
  };
}

export const TASKS_STORAGE_KEY = 'sora-dashboard:tasks';

/** Version 0 (never shipped, kept as an example of the path): a plain array of ids. */
export function migrateTasks(persisted: unknown, version: number): { tasks: TrackedTask[] } {
  const list = Array.isArray(persisted) ? persisted : asArray(at(persisted, 'tasks'));
  const tasks = list.flatMap((entry): TrackedTask[] => {
    if (version === 0 && typeof entry === 'string') return [{ id: entry, addedAt: 0 }];
    if (
      typeof entry === 'object' &&
      entry !== null &&
      'id' in entry &&
      typeof entry.id === 'string'
    ) {
      const addedAt = 'addedAt' in entry && typeof entry.addedAt === 'number' ? entry.addedAt : 0;
      return [{ id: entry.id, addedAt }];
    }
    return [];
  });
  return { tasks };
}

const useTasksStore = create<TasksState>()(
  persist(
    (set, get) => ({
      tasks: [],
      actions: {
        trackTasks: (ids) =>
          set((state) => {
            const known = new Set(state.tasks.map((task) => task.id));
            const now = Date.now();
            const added = ids.filter((id) => !known.has(id)).map((id) => ({ id, addedAt: now }));
            return added.length ? { tasks: [...state.tasks, ...added] } : state;
          }),
        untrackTask: (id) => {
          const tasks = get().tasks;
          const index = tasks.findIndex((task) => task.id === id);
          const task = tasks[index];
          if (!task) return undefined;
          set({ tasks: tasks.filter((entry) => entry.id !== id) });
          return { task, index };
        },
        restoreTask: (task, index) =>
          set((state) => {
            if (state.tasks.some((existing) => existing.id === task.id)) return state;
            const tasks = [...state.tasks];
            tasks.splice(Math.min(index, tasks.length), 0, task);
            return { tasks };
          }),
      },
    }),
    {
      name: TASKS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ tasks }) => ({ tasks }),
      migrate: migrateTasks,
    },
  ),
);

export const useTrackedTasks = () => useTasksStore((state) => state.tasks);
export const useTasksActions = () => useTasksStore((state) => state.actions);
