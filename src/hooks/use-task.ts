import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { taskQueryOptions } from '../api/get-task';
import { askFor } from '../api/task-priority';
import { usePollIntervalSeconds } from '../stores/connection-store';
import { useConnection } from './use-connection';

function useTaskOptions(id: string) {
  const connection = useConnection();
  const pollSeconds = usePollIntervalSeconds();
  return taskQueryOptions(connection, id, pollSeconds * 1000);
}

/**
 * Polls one task on the policy's schedule and renders nothing with it. Exactly one poller runs
 * per tracked task (see app/task-pollers.tsx), so each task has one timer however many
 * components show it.
 */
export function useTaskPolling(id: string, enabled = true) {
  const options = useTaskOptions(id);
  useQuery({ ...options, enabled: options.enabled && enabled, notifyOnChangeProps: [] });
}

/**
 * One task, as the cache holds it, for display. It asks the provider nothing by itself, only
 * when the person presses Refresh: the pollers do the asking (app/task-pollers.tsx for the
 * list, `useTaskPolling` for a task opened by its link alone), and only in the tab that leads.
 * (Disabled for good, not while the tab cannot ask: a query going from disabled to enabled is
 * fetched when it has no data, so every task known to be nowhere was searched for again.)
 *
 * `lastError` is the error to show. TanStack Query clears `error` each time a query that never
 * got data starts fetching again, so a task that keeps failing would flicker between "Error" and
 * "Loading"; the last error stays until data arrives or another error replaces it.
 */
export function useTask(id: string) {
  const queryClient = useQueryClient();
  const options = useTaskOptions(id);
  const query = useQuery({ ...options, enabled: false, refetchInterval: false });
  const current = query.error ?? query.failureReason;
  const [lastError, setLastError] = useState<Error | null>(null);
  // Adjusting state while rendering, as React documents for values derived from earlier renders.
  if (current && current !== lastError) setLastError(current);
  if (!current && query.data && lastError) setLastError(null);
  /**
   * Asks now, ahead of every other task's request, and treats the task as moving again
   * (resumes a stalled one). Resolves with what came back, for callers that must compare it
   * with what they had (the player's fresh link). It never rejects: `refetch` reports a
   * failure in what it resolves with, and in the query's error.
   */
  const refreshAndRead = () => {
    queryClient.setQueryData(options.queryKey, (task) =>
      task ? { ...task, lastChangeAt: Date.now() } : task,
    );
    return askFor(id, () => query.refetch());
  };
  return {
    data: query.data,
    dataUpdatedAt: query.dataUpdatedAt,
    isFetching: query.isFetching,
    isPending: query.isPending,
    refreshAndRead,
    /**
     * `refreshAndRead` for a button: fire and forget, because the answer, or the error, reaches
     * the screen through the query cache, which this hook's callers already render.
     */
    refresh: () => void refreshAndRead(),
    lastError: current ?? (query.data ? null : lastError),
  };
}
