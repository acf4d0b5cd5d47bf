// Feeds every task response into the history store. The store (and IndexedDB) loads on the
// first response, so the first page does not pay for it.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Task } from '../api/task-model';
import { isLeaderNow } from '../stores/tab-role-store';
import type { TaskHistoryStore } from '../stores/task-history-store';
import { useTrackedTasks } from '../stores/tasks-store';

/** A removed task's history is kept this long, so that Undo brings it back whole. */
const FORGET_AFTER_MS = 60_000;

type Recording = [id: string, task: Task, at: number, persist: boolean];

function loadStore(): Promise<TaskHistoryStore> {
  return import('../stores/task-history-store').then((module) => module.taskHistoryStore());
}

export function useHistoryRecorder(): void {
  const queryClient = useQueryClient();
  const tasks = useTrackedTasks();
  const tracked = useRef<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let store: TaskHistoryStore | undefined;
    let waiting: Recording[] | undefined;
    const record = (recording: Recording) => {
      if (store) {
        store.record(...recording);
        return;
      }
      if (waiting) {
        waiting.push(recording);
        return;
      }
      const queue: Recording[] = [recording];
      waiting = queue;
      void loadStore().then((loaded) => {
        store = loaded;
        waiting = undefined;
        for (const queued of queue) loaded.record(...queued);
      });
    };
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      const { queryKey, state } = event.query;
      const id = queryKey[3];
      const task = queryClient.getQueryData<Task>(queryKey);
      if (queryKey[0] !== 'task' || typeof id !== 'string' || !task) return;
      // `manual` marks data set by hand: another tab's answer, or a local touch-up. Only the
      // tab that asked the provider writes the history down.
      const persist = !event.action.manual && isLeaderNow();
      record([id, task, state.dataUpdatedAt, persist]);
    });
    const flush = () => void store?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [queryClient]);

  // Timers of removed tasks, kept across list changes (the list may change again before they fire).
  const forgetting = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const timers = forgetting.current;
    return () => timers.forEach(clearTimeout);
  }, []);

  useEffect(() => {
    const now = new Set(tasks.map((task) => task.id));
    const removed = [...tracked.current].filter((id) => !now.has(id));
    tracked.current = now;
    if (removed.length === 0) return;
    const timer = setTimeout(() => {
      forgetting.current.delete(timer);
      const stillGone = removed.filter((id) => !tracked.current.has(id));
      if (stillGone.length) void loadStore().then((store) => store.forget(stillGone));
    }, FORGET_AFTER_MS);
    forgetting.current.add(timer);
  }, [tasks]);
}
