import { useEffect, useMemo } from 'react';
import { watchTask } from '../api/task-priority';
import { withInputsFromHistory } from '../domain/task-history';
import { useTrackedTasks } from '../stores/tasks-store';
import { useTask, useTaskPolling } from './use-task';
import { useTaskHistory } from './use-task-history';

/**
 * A task a page shows in full (its own page, a compare column): `useTask`, with its requests
 * first in line while shown, asked for here when it is not on the list (the list's pollers ask
 * for the rest), and what only earlier answers carried (inputs, frame count) filled in from its
 * history: after a reload a finished task's first answer may lack them.
 */
export function useShownTask(id: string) {
  const { data: latest, ...query } = useTask(id);
  const history = useTaskHistory(id);
  useEffect(() => watchTask(id), [id]);
  const task = useMemo(
    () => (latest ? withInputsFromHistory(latest, history) : undefined),
    [latest, history],
  );
  const tracked = useTrackedTasks().some((entry) => entry.id === id);
  useTaskPolling(id, !tracked);
  return { ...query, task, history, tracked };
}
