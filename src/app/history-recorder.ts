// Feeds every task response into the history store. The store (and IndexedDB) loads on the
// first response, so the first page does not pay for it.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { readTaskQueryKey } from '../api/get-task';
import type { Task } from '../domain/task-model';
import { lastAnswers } from '../stores/last-answers';
import { isLeaderNow } from '../stores/tab-role-store';
import type { TaskHistoryStore } from '../stores/task-history-store';
import { useTrackedTasks } from '../stores/tasks-store';

/** A removed task's history and last answer are kept this long, so that Undo brings it back whole. */
const FORGET_AFTER_MS = 60_000;

let loading: Promise<TaskHistoryStore> | undefined;
/** Callbacks on one promise run in order, so answers reach the store in the order they came. */
const withStore = (use: (store: TaskHistoryStore) => unknown) => {
  loading ??= import('../stores/task-history-store').then((module) => module.taskHistoryStore());
  void loading.then(use);
};

export function useHistoryRecorder(): void {
  const queryClient = useQueryClient();
  const tasks = useTrackedTasks();
  const tracked = useRef<ReadonlySet<string>>(new Set());
  const latestRemoval = useRef(new Map<string, symbol>());

  useEffect(() => {
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      const { queryKey, state } = event.query;
      const id = readTaskQueryKey(queryKey)?.[3];
      const task = queryClient.getQueryData<Task>(queryKey);
      if (id === undefined || !task) return;
      // `manual` marks data set by hand: another tab's answer, or a local touch-up. Only the
      // tab that asked the provider writes the history down.
      const persist = !event.action.manual && isLeaderNow();
      withStore((store) => store.record(id, task, state.dataUpdatedAt, persist));
    });
    const flush = () => {
      if (loading) withStore((store) => store.flush());
    };
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

  useEffect(() => {
    const now = new Set(tasks.map((task) => task.id));
    const removed = [...tracked.current].filter((id) => !now.has(id));
    tracked.current = now;
    // Not cleared when the list changes again: the timer checks the list when it fires.
    if (removed.length) {
      const removal = Symbol('removal');
      for (const id of removed) latestRemoval.current.set(id, removal);
      setTimeout(() => {
        // A task removed again after an Undo is kept a full minute from its last removal: that
        // removal's own timer forgets it.
        const last = removed.filter((id) => latestRemoval.current.get(id) === removal);
        for (const id of last) latestRemoval.current.delete(id);
        const gone = last.filter((id) => !tracked.current.has(id));
        if (!gone.length) return;
        withStore((store) => store.forget(gone));
        void lastAnswers().forget(gone);
      }, FORGET_AFTER_MS);
    }
  }, [tasks]);
}
