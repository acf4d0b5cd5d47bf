// What a row needs to show the time left, loaded on demand: the history and duration stores and
// the same estimate as the detail page. No React here, so loading it later costs the first page
// nothing.
import type { Snapshot } from '../../domain/task-history';
import type { Task } from '../../domain/task-model';
import type { FinishedDuration } from '../../domain/typical-duration';
import { describeTimeLeftShort, estimateTaskTimeLeft } from '../../domain/task-eta';

export { taskDurationStore } from '../../stores/task-duration-store';
export { taskHistoryStore } from '../../stores/task-history-store';

/** The row's words for the time left, or undefined while unknown (the detail page says why). */
export function rowTimeLeft(
  task: Task,
  history: readonly Snapshot[],
  durations: readonly FinishedDuration[] | undefined,
  now: number,
): string | undefined {
  const eta = estimateTaskTimeLeft(task, history, durations, now);
  return eta?.known ? describeTimeLeftShort(eta) : undefined;
}
