// Keeps every tracked task on its polling schedule, whether or not its row is on screen: one
// QueryObserver per task, outside React, so a thousand tasks cost no renders. Observers for a
// large paste are created in small batches so the page never freezes while they start.
import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../domain/api-error';
import { taskQueryOptions, TASK_QUERIES, type TaskQueryKey } from '../api/get-task';
import { priorityOf } from '../api/task-priority';
import { pollFloorMs } from '../domain/hidden-polling';
import type { Connection } from '../api/http-client';
import type { Task } from '../domain/task-model';

const BATCH_SIZE = 50;

interface Poller {
  observer: QueryObserver<Task, Error, Task, Task, TaskQueryKey>;
  stop: () => void;
}

export interface PollTarget {
  ids: readonly string[];
  connection: Connection;
  pollIntervalMs: number;
  /** False in tabs that do not lead: they make no requests. */
  active: boolean;
  /**
   * The page is hidden while this tab polls (only while notifications are on): each task keeps
   * its schedule, but at least 30 s apart.
   */
  hidden?: boolean;
}

export class TaskPollerEngine {
  readonly #queryClient: QueryClient;
  #pollers = new Map<string, Poller>();
  #pending: string[] = [];
  #stopping: string[] = [];
  #target: PollTarget | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(queryClient: QueryClient) {
    this.#queryClient = queryClient;
  }

  /** Polls exactly the target's ids with its connection; call again whenever any of it changes. */
  sync(target: PollTarget): void {
    const previous = this.#target;
    this.#target = target;
    const wanted = target.active ? new Set(target.ids) : new Set<string>();
    // Stopping a thousand observers at once (the tab hides and hands over polling) would block
    // the page too: they stop in batches as well. Until then they send nothing, as the limiter
    // holds every request of a hidden tab.
    this.#stopping = [...this.#pollers.keys()].filter((id) => !wanted.has(id));
    const connectionChanged = previous !== undefined && previous.connection !== target.connection;
    const settingsChanged =
      connectionChanged ||
      (previous !== undefined &&
        (previous.pollIntervalMs !== target.pollIntervalMs || previous.hidden !== target.hidden));
    if (settingsChanged) {
      for (const [id, poller] of this.#pollers) poller.observer.setOptions(this.#options(id));
    }
    if (connectionChanged && target.active) {
      // A new key or address may fix what failed (a refused key, an unreachable host): ask those
      // tasks again, with the new settings now in place. "Not found at any endpoint" is final
      // unless the Query endpoints changed. Finished tasks that answered are not asked again.
      const endpointsChanged =
        previous.connection.queryTemplates.join('\n') !==
        target.connection.queryTemplates.join('\n');
      void this.#queryClient.invalidateQueries({
        queryKey: TASK_QUERIES,
        predicate: ({ state }) =>
          state.status === 'error' &&
          (endpointsChanged || !isApiError(state.error) || state.error.kind !== 'not-found'),
      });
    }
    // The open task, then the rows on screen, then the rest: a due task's first request goes
    // out as its observer starts, so the order they start in is the order a reload asks in.
    this.#pending = [...wanted]
      .filter((id) => !this.#pollers.has(id))
      .sort((a, b) => priorityOf(a) - priorityOf(b));
    this.#schedule();
  }

  /** Number of tasks currently polled (for tests). */
  get size(): number {
    return this.#pollers.size;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = [];
    this.#stopping = [];
    for (const poller of this.#pollers.values()) poller.stop();
    this.#pollers.clear();
  }

  #options(id: string) {
    const target = this.#target;
    if (!target) throw new Error('TaskPollerEngine.sync has not been called.');
    const hidden = target.hidden === true;
    return {
      ...taskQueryOptions(target.connection, id, pollFloorMs(target.pollIntervalMs, hidden)),
      // TanStack Query holds interval refetches while the page is hidden, unless told.
      refetchIntervalInBackground: hidden,
    };
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    if (this.#pending.length === 0 && this.#stopping.length === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      for (const id of this.#stopping.splice(0, BATCH_SIZE * 2)) {
        this.#pollers.get(id)?.stop();
        this.#pollers.delete(id);
      }
      for (const id of this.#pending.splice(0, BATCH_SIZE)) {
        if (this.#pollers.has(id)) continue;
        const observer = new QueryObserver<Task, Error, Task, Task, TaskQueryKey>(
          this.#queryClient,
          this.#options(id),
        );
        // Subscribing is what makes an observer fetch and keep its refetch timer.
        const stop = observer.subscribe(() => undefined);
        this.#pollers.set(id, { observer, stop });
      }
      this.#schedule();
    }, 0);
  }
}
