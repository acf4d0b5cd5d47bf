// The selected tasks as this tab's cache holds them, for the ZIP panel: read, not polled.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer } from 'react';
import { readTaskQueryKey, taskQueryKey, taskQueryOptions } from '../../../api/get-task';
import { askFor } from '../../../api/task-priority';
import type { Task } from '../../../domain/task-model';
import { useConnection } from '../../../hooks/use-connection';
import { usePollIntervalSeconds } from '../../../stores/connection-store';

/** A task as the cache holds it: its last answer, and the error of the last request. */
export interface CachedTask {
  task: Task | undefined;
  error: unknown;
}

/**
 * Reads the tasks of `ids` from the cache; while `live`, re-renders when one of their answers
 * changes. `refreshAndRead` asks the provider for one task at once, ahead of the polls (as
 * Refresh does), and resolves with its answer; it rejects when asking fails.
 */
export function useSelectedTasks(ids: readonly string[], live: boolean) {
  const queryClient = useQueryClient();
  const connection = useConnection();
  const pollSeconds = usePollIntervalSeconds();
  const [, changed] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!live) return undefined;
    const wanted = new Set(ids);
    return queryClient.getQueryCache().subscribe((event) => {
      const id = readTaskQueryKey(event.query.queryKey)?.[3];
      if (event.type === 'updated' && id !== undefined && wanted.has(id)) changed();
    });
  }, [queryClient, ids, live]);
  return useMemo(
    () => ({
      read: (id: string): CachedTask => {
        const state = queryClient.getQueryState<Task>(taskQueryKey(connection, id));
        return { task: state?.data, error: state?.error ?? state?.fetchFailureReason };
      },
      refreshAndRead: (id: string): Promise<Task> => {
        const { queryKey, queryFn } = taskQueryOptions(connection, id, pollSeconds * 1000);
        return askFor(id, () => queryClient.fetchQuery({ queryKey, queryFn, staleTime: 0 }));
      },
    }),
    [queryClient, connection, pollSeconds],
  );
}
