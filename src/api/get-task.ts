// GET {base}/v1/videos/{id}: the fetcher and its query options, nothing else.
import { queryOptions, type Query } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { apiGetJson, apiOrigin, taskUrl, type Connection } from './http-client';
import { advanceTask, isTerminal, parseTask, type Task } from './task-model';

export async function fetchTask(
  connection: Connection,
  id: string,
  signal?: AbortSignal,
): Promise<Task> {
  const body = await apiGetJson(connection, taskUrl(connection, id), { signal });
  return parseTask(body, id);
}

type TaskQuery = Query<Task, Error, Task, readonly unknown[]>;

/** Poll while the task is unfinished; stop for good at a terminal status or a fatal error. */
export function nextPollDelay(query: TaskQuery, pollIntervalMs: number): number | false {
  const { data, error } = query.state;
  if (data && isTerminal(data.status)) return false;
  if (isApiError(error) && !error.retryable) return false;
  return pollIntervalMs;
}

export function taskQueryKey(connection: Connection, id: string): readonly unknown[] {
  let origin: string;
  try {
    origin = apiOrigin(connection);
  } catch {
    origin = 'invalid';
  }
  return ['task', origin, connection.baseUrl, id] as const;
}

export function taskQueryOptions(connection: Connection, id: string, pollIntervalMs: number) {
  return queryOptions({
    queryKey: taskQueryKey(connection, id),
    queryFn: async ({ signal, client, queryKey }) => {
      const task = await fetchTask(connection, id, signal);
      return advanceTask(client.getQueryData<Task>(queryKey), task);
    },
    enabled: connection.apiKey !== '',
    refetchInterval: (query) => nextPollDelay(query, pollIntervalMs),
    staleTime: pollIntervalMs,
  });
}
