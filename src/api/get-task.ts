// One task, asked at its Query endpoint: the fetcher and its query options, nothing else.
import { queryOptions, type Query } from '@tanstack/react-query';
import { findTask } from './find-task';
import { apiOrigin, type Connection } from './http-client';
import { vendorOfTemplate } from '../domain/query-endpoints';
import { nextPollDelay } from '../domain/poll-policy';
import { advanceTask, parseTask, type Task } from '../domain/task-model';
import { priorityOf } from './task-priority';

export async function fetchTask(
  connection: Connection,
  id: string,
  signal?: AbortSignal,
): Promise<Task> {
  // After a reload every tracked task is asked for once; the one open or on screen should not
  // wait behind a thousand others. Asked while queued, so a request already waiting moves up too.
  const { body, template } = await findTask(connection, id, {
    signal,
    priority: () => priorityOf(id),
  });
  const task = parseTask(body, id);
  return { ...task, endpoint: template, model: task.model ?? vendorOfTemplate(template) };
}

/** A task query's key: the API origin, the base URL as typed, the task id. */
export type TaskQueryKey = readonly ['task', string, string, string];
/** What every task query's key starts with, to filter the cache by. */
export const TASK_QUERIES = ['task'] as const;

/** The key as a task query's, or undefined for any other query (or a message's junk). */
export function readTaskQueryKey(value: unknown): TaskQueryKey | undefined {
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [scope, origin, baseUrl, id]: unknown[] = value;
  if (scope !== 'task') return undefined;
  if (typeof origin !== 'string' || typeof baseUrl !== 'string' || typeof id !== 'string') {
    return undefined;
  }
  return [scope, origin, baseUrl, id];
}

/** Each connection's API origin, worked out once: ten thousand tasks ask for it in turn. */
const origins = new WeakMap<Connection, string>();

export function taskQueryKey(connection: Connection, id: string): TaskQueryKey {
  let origin = origins.get(connection);
  if (origin === undefined) {
    try {
      origin = apiOrigin(connection);
    } catch {
      origin = 'invalid';
    }
    origins.set(connection, origin);
  }
  return ['task', origin, connection.baseUrl, id] as const;
}

type TaskQuery = Query<Task, Error, Task, TaskQueryKey>;

function delayFor(query: TaskQuery, floorMs: number): number | false {
  const { data, error } = query.state;
  return nextPollDelay({ task: data, error, floorMs, now: Date.now() });
}

/** A timer shorter than this is not worth setting: the task is due now. */
const DUE_NOW_MS = 1_000;

/**
 * Time until the task is due, counted from when it was last asked: after a reload, an answer
 * restored from storage keeps its place in the schedule instead of starting the wait afresh.
 */
function timeUntilDue(query: TaskQuery, floorMs: number): number | false {
  const delay = delayFor(query, floorMs);
  if (delay === false) return false;
  const { dataUpdatedAt, errorUpdatedAt } = query.state;
  const lastAsked = Math.max(dataUpdatedAt, errorUpdatedAt);
  return lastAsked === 0 ? delay : Math.max(delay - (Date.now() - lastAsked), DUE_NOW_MS);
}

export function taskQueryOptions(connection: Connection, id: string, pollIntervalMs: number) {
  return queryOptions({
    queryKey: taskQueryKey(connection, id),
    queryFn: async ({ signal, client, queryKey }) => {
      const task = await fetchTask(connection, id, signal);
      return advanceTask(client.getQueryData<Task>(queryKey), task);
    },
    enabled: connection.apiKey !== '',
    refetchInterval: (query) => timeUntilDue(query, pollIntervalMs),
    // A task is stale exactly when it is due, so returning to the tab or opening a page asks
    // only for what is due, and a finished task is never asked again.
    staleTime: (query) => delayFor(query, pollIntervalMs) || Infinity,
    // Nor is a task no Query endpoint had (restored from storage, or when a row mounts): the
    // poll schedule, Refresh and new Query endpoints decide when errors are asked again.
    retryOnMount: false,
  });
}
