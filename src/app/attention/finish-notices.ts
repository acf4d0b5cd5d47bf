// What is news when tasks finish, and how it is told: pure decisions, no browser in them.
// A task's end is news only when this page saw it unfinished in a fresh answer first (from the
// provider, or from the polling tab): what was restored from storage on load, or first seen
// already finished, is never news. A task in a batch is told with its batch, once, when the
// batch's last task ends; tasks in no batch are told one by one, or together when several end
// in one tick.
import { isApiError } from '../../domain/api-error';
import { isTerminal, type TaskStatus } from '../../domain/readers/read-status';
import type { Task } from '../../domain/task-model';
import type { TrackedTask } from '../../stores/task-list-merge';

/** A task seen to end, with the status it ended in. */
export interface Finish {
  id: string;
  status: TaskStatus;
}

/** How a task stands now: ended well, ended badly (failed, cancelled, expired, not found), or not. */
export type Ending = 'succeeded' | 'failed' | undefined;

/** The ending of what the cache holds of a task: its answer, or that no endpoint has it. */
export function endingOf(task: Task | undefined, error: unknown): Ending {
  if (task)
    return task.status === 'succeeded'
      ? 'succeeded'
      : isTerminal(task.status)
        ? 'failed'
        : undefined;
  return isApiError(error) && error.kind === 'not-found' ? 'failed' : undefined;
}

export type Notice =
  | { kind: 'task'; id: string; status: TaskStatus }
  | { kind: 'tasks'; count: number; succeeded: number; failed: number }
  | { kind: 'batch'; batch: string; succeeded: number; failed: number };

/** Remembers the tasks this page has seen unfinished: only their end is news. */
export class FinishTracker {
  #unfinished = new Set<string>();

  /** A fresh answer for `key` (a task's query); returns the finish when it ends a task seen unfinished. */
  answer(key: string, id: string, status: TaskStatus): Finish | undefined {
    if (!isTerminal(status)) {
      this.#unfinished.add(key);
      return undefined;
    }
    return this.#unfinished.delete(key) ? { id, status } : undefined;
  }
}

/** Groups each tick's finishes into notices; a batch waits for its last task. */
export class NoticeGrouper {
  /** Batches one of whose tasks was seen to end, not told yet. */
  #waiting = new Set<string>();

  /**
   * The notices for the finishes of one tick. `tasks` is the tracked list (a finish of a task no
   * longer in it is no news); `endingOf` says how any task stands now.
   */
  group(
    finishes: readonly Finish[],
    tasks: readonly TrackedTask[],
    endingOf: (id: string) => Ending,
  ): Notice[] {
    const tracked = new Map(tasks.map((task) => [task.id, task]));
    const loose: Finish[] = [];
    for (const finish of finishes) {
      const task = tracked.get(finish.id);
      if (task?.batch !== undefined) this.#waiting.add(task.batch);
      else if (task) loose.push(finish);
    }
    const notices: Notice[] = [];
    for (const batch of this.#waiting) {
      const endings = tasks.filter((task) => task.batch === batch).map((task) => endingOf(task.id));
      if (endings.includes(undefined)) continue;
      this.#waiting.delete(batch);
      // A batch emptied meanwhile (its tasks removed) has nothing to tell.
      if (endings.length) notices.push({ kind: 'batch', batch, ...tally(endings) });
    }
    const [first] = loose;
    if (loose.length === 1 && first) notices.push({ kind: 'task', ...first });
    else if (loose.length > 1) {
      const endings = loose.map(({ status }): Ending =>
        status === 'succeeded' ? status : 'failed',
      );
      notices.push({ kind: 'tasks', count: loose.length, ...tally(endings) });
    }
    return notices;
  }
}

function tally(endings: readonly Ending[]): { succeeded: number; failed: number } {
  const succeeded = endings.filter((ending) => ending === 'succeeded').length;
  return { succeeded, failed: endings.length - succeeded };
}

/** Whether any of the finishes is a failure (what the tab's badge warns of). */
export const anyFailed = (finishes: readonly Finish[]) =>
  finishes.some(({ status }) => status !== 'succeeded');
