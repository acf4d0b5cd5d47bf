import { useCallback, useSyncExternalStore } from 'react';
import type { Snapshot } from '../domain/task-history';
import { taskHistoryStore } from '../stores/task-history-store';

/** The responses seen for a task, oldest first, kept current as new ones arrive. */
export function useTaskHistory(id: string): readonly Snapshot[] {
  const store = taskHistoryStore();
  const subscribe = useCallback(
    (listener: () => void) => store.subscribe(id, listener),
    [store, id],
  );
  return useSyncExternalStore(subscribe, () => store.getSnapshots(id));
}
