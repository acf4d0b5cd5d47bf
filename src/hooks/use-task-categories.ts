import { hashKey, useQueryClient, type QueryState } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { isApiError } from '../domain/api-error';
import { taskQueryKey } from '../api/get-task';
import { classifyFailure, type FailureClass } from '../domain/failure-classes';
import { lastProviderChange, modelOfId, type Task } from '../domain/task-model';
import type { TaskStatus } from '../domain/readers/read-status';
import { useConnection } from './use-connection';

/** A task's status, or why we do not know it. */
export type TaskCategory = TaskStatus | 'loading' | 'not-found' | 'error';

const COALESCE_MS = 100;
// `failed`: a request failed and will be tried again; the row says Error meanwhile, so do the counts.
const RESULT_ACTIONS = new Set(['success', 'error', 'failed', 'setState', 'invalidate']);

/** What a task is, as far as we know: its status, or why we do not know it. */
export function categoryFor(task: Task | undefined, error: unknown): TaskCategory {
  if (task) return task.status;
  if (isApiError(error) && error.kind === 'not-found') return 'not-found';
  if (error) return 'error';
  return 'loading';
}

/** The error a row shows: the last one, or the one of a request being tried again. */
function errorOf(state: QueryState<Task> | undefined): Error | null | undefined {
  return state?.error ?? state?.fetchFailureReason;
}

export interface TaskSummary {
  category: TaskCategory;
  failureClass: FailureClass | undefined;
  /** From the answer once there is one, else the id's `<model>:` prefix; else undefined. */
  model: string | undefined;
  /** What the list searches, sorts and filters by, from the last answer. */
  prompt: string | undefined;
  progress: number | undefined;
  createdAt: number | undefined;
  /** The provider's last change (see lastProviderChange). */
  changedAt: number | undefined;
}

function summaryOf(
  state: QueryState<Task> | undefined,
  before: TaskSummary | undefined,
  modelOfTheId: string | undefined,
): TaskSummary {
  // A task that never loaded is reset to pending, its error cleared, each time it is asked again
  // (retries included): until the new answer, it still is what the last one said, so an
  // unreachable provider does not blink out of the counts on every poll.
  if (
    !state?.data &&
    state?.fetchStatus === 'fetching' &&
    before &&
    before.category !== 'loading'
  ) {
    return before;
  }
  const task = state?.data;
  return {
    category: categoryFor(task, errorOf(state)),
    failureClass: classifyFailure(task, errorOf(state)),
    model: task?.model ?? modelOfTheId,
    prompt: task?.prompt,
    progress: task?.progress,
    createdAt: task?.createdAt,
    changedAt: task && lastProviderChange(task),
  };
}

function sameSummary(a: TaskSummary, b: TaskSummary | undefined): boolean {
  return (
    a.category === b?.category &&
    a.failureClass === b.failureClass &&
    a.model === b.model &&
    a.prompt === b.prompt &&
    a.progress === b.progress &&
    a.createdAt === b.createdAt &&
    a.changedAt === b.changedAt
  );
}

/**
 * Each task's category, failure class, model and what the list searches and sorts by, read from
 * the query cache. The result only changes when one of those does, so the list re-renders on
 * those changes, not on every poll.
 */
export function useTaskCategories(ids: readonly string[]): readonly TaskSummary[] {
  const queryClient = useQueryClient();
  const connection = useConnection();
  const previous = useRef<readonly TaskSummary[]>([]);
  const previousHashes = useRef<readonly string[]>([]);
  // Hash the keys and read the ids' models once per list, not per task on every cache event.
  const hashes = useMemo(
    () => ids.map((id) => hashKey(taskQueryKey(connection, id))),
    [ids, connection],
  );
  const idModels = useMemo(() => ids.map((id) => modelOfId(id)), [ids]);
  const subscribe = useCallback(
    (listener: () => void) => {
      // Only results change a category, and a burst of them (a thousand tasks answering) is
      // read once: at most one recount every COALESCE_MS.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
        const relevant =
          event.type === 'added' ||
          event.type === 'removed' ||
          (event.type === 'updated' && RESULT_ACTIONS.has(event.action.type));
        if (!relevant || timer !== undefined) return;
        timer = setTimeout(() => {
          timer = undefined;
          listener();
        }, COALESCE_MS);
      });
      return () => {
        clearTimeout(timer);
        unsubscribe();
      };
    },
    [queryClient],
  );
  const getSnapshot = useCallback(() => {
    const cache = queryClient.getQueryCache();
    const next = hashes.map((hash, index) =>
      summaryOf(
        cache.get<Task>(hash)?.state,
        previousHashes.current === hashes ? previous.current[index] : undefined,
        idModels[index],
      ),
    );
    previousHashes.current = hashes;
    const same =
      next.length === previous.current.length &&
      next.every((summary, index) => sameSummary(summary, previous.current[index]));
    if (!same) previous.current = next;
    return previous.current;
  }, [hashes, idModels, queryClient]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
