import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { taskQueryOptions } from '../api/get-task';
import { usePollIntervalSeconds } from '../stores/connection-store';
import { useConnection } from './use-connection';

/**
 * One task, polled at the user's interval until it is finished.
 *
 * `lastError` is the error to show. TanStack Query clears `error` each time a query that never
 * got data starts fetching again, so a task that keeps failing would flicker between "Error" and
 * "Loading"; the last error stays until data arrives or another error replaces it.
 */
export function useTask(id: string) {
  const connection = useConnection();
  const pollSeconds = usePollIntervalSeconds();
  const query = useQuery(taskQueryOptions(connection, id, pollSeconds * 1000));
  const current = query.error ?? query.failureReason;
  const [lastError, setLastError] = useState<Error | null>(null);
  // Adjusting state while rendering, as React documents for values derived from earlier renders.
  if (current && current !== lastError) setLastError(current);
  if (!current && query.data && lastError) setLastError(null);
  return {
    data: query.data,
    dataUpdatedAt: query.dataUpdatedAt,
    isFetching: query.isFetching,
    isPending: query.isPending,
    lastError: current ?? (query.data ? null : lastError),
  };
}
