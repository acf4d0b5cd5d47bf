// Import's change to the task list, loaded with Import rather than on the first screen: which
// tasks of a file are new, which are in the list already, and which of those the file puts in
// another batch. Only the new ones are added, with their batch and when they were first added,
// merged in as another tab's copy would be (in the order tasks were added); a task already in the
// list is left as it is.
import { normaliseBatchName, type TrackedTask } from './task-list-merge';
import { mergeTaskList, taskListNow } from './tasks-store';

/** A task to import: its id, and its batch and added time where the file has them. */
export interface IncomingTask {
  id: string;
  batch?: string;
  addedAt?: number;
}

/** What an import did. */
export interface ImportResult {
  /** The ids added, in the order given. */
  added: string[];
  /** The ids already in the list, left as they were. */
  present: string[];
  /** Of those, the ones the file puts in another batch: not changed, for the user to decide. */
  otherBatch: { id: string; batch: string | undefined; incoming: string }[];
}

export function importTasks(incoming: readonly IncomingTask[], now = Date.now()): ImportResult {
  const { tasks: tracked, removed } = taskListNow();
  const known = new Map(tracked.map((task) => [task.id, task]));
  const seen = new Set<string>();
  const result: ImportResult = { added: [], present: [], otherBatch: [] };
  const tasks: TrackedTask[] = [];
  for (const { id, batch: name, addedAt } of incoming) {
    if (seen.has(id)) continue;
    seen.add(id);
    const batch = name === undefined ? undefined : normaliseBatchName(name);
    const there = known.get(id);
    if (there) {
      result.present.push(id);
      if (batch !== undefined && batch !== there.batch) {
        result.otherBatch.push({ id, batch: there.batch, incoming: batch });
      }
      continue;
    }
    // Newer than its removal, if it had one (in this same millisecond, even), or the merge
    // would take it out again.
    const editedAt = Math.max(now, (removed[id] ?? 0) + 1);
    const task: TrackedTask = { id, addedAt: Math.min(addedAt ?? now, now), editedAt };
    if (batch) task.batch = batch;
    tasks.push(task);
    result.added.push(id);
  }
  if (tasks.length) mergeTaskList({ tasks, removed: {} });
  return result;
}
