// The tracked-task list is edited by every open tab. Each tab keeps its own copy and merges the
// others' copies when they change, so two tabs that edit at the same moment both keep their
// edits: an entry lives unless a removal newer than its last add says otherwise.
import { asArray, asNumber, asObject, at } from '../lib/json-reader';

export interface TrackedTask {
  id: string;
  /** When the task was first added; shown order follows the list itself. */
  addedAt: number;
  /** When it was last added, restored or edited: newer than a removal, it stays. */
  editedAt: number;
  /** The batch it was pasted in, or put in later: a name the user chose. */
  batch?: string;
}

/** The longest batch name kept: enough for a prompt's first words, short enough for a chip. */
export const BATCH_NAME_MAX = 80;

/** A batch name as stored: trimmed, inner white space made single, cut at BATCH_NAME_MAX. */
export function normaliseBatchName(name: string): string | undefined {
  const clean = name.trim().replace(/\s+/g, ' ').slice(0, BATCH_NAME_MAX).trim();
  return clean === '' ? undefined : clean;
}

export interface TaskList {
  tasks: TrackedTask[];
  /** Removal times by id, so a removal in one tab wins over an older copy in another. */
  removed: Record<string, number>;
}

export const EMPTY_LIST: TaskList = { tasks: [], removed: {} };
/** Removals older than this cannot matter any more: every open tab has merged them. */
const TOMBSTONE_TTL_MS = 7 * 24 * 60 * 60_000;

/**
 * Merges another tab's list into ours. The result is in the order tasks were first added, so
 * every tab shows the same order and an undone removal returns to its old place.
 */
export function mergeLists(local: TaskList, remote: TaskList, now = Date.now()): TaskList {
  const removed: Record<string, number> = {};
  for (const source of [local.removed, remote.removed]) {
    for (const [id, at] of Object.entries(source)) {
      if (now - at < TOMBSTONE_TTL_MS) removed[id] = Math.max(removed[id] ?? 0, at);
    }
  }
  const newest = new Map<string, TrackedTask>();
  for (const task of [...local.tasks, ...remote.tasks]) {
    const known = newest.get(task.id);
    if (!known || task.editedAt > known.editedAt) newest.set(task.id, task);
  }
  const order = [...local.tasks, ...remote.tasks].map((task) => task.id);
  const seen = new Set<string>();
  const tasks: TrackedTask[] = [];
  for (const id of order) {
    if (seen.has(id)) continue;
    seen.add(id);
    const task = newest.get(id);
    if (task && !((removed[id] ?? -1) >= task.editedAt)) tasks.push(task);
  }
  tasks.sort((a, b) => a.addedAt - b.addedAt);
  return { tasks, removed };
}

export function sameList(a: TaskList, b: TaskList): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads what any version stored: v0 a plain array of ids, v1 `{ tasks: [{ id, addedAt }] }`. */
export function readTaskList(persisted: unknown): TaskList {
  const list = Array.isArray(persisted) ? persisted : asArray(at(persisted, 'tasks'));
  const tasks = list.flatMap((entry): TrackedTask[] => {
    const id = typeof entry === 'string' ? entry : at(entry, 'id');
    if (typeof id !== 'string' || id.trim() === '') return [];
    const addedAt = asNumber(at(entry, 'addedAt')) ?? 0;
    const task: TrackedTask = { id, addedAt, editedAt: asNumber(at(entry, 'editedAt')) ?? addedAt };
    const batch = at(entry, 'batch');
    const batchName = typeof batch === 'string' ? normaliseBatchName(batch) : undefined;
    if (batchName !== undefined) task.batch = batchName;
    return [task];
  });
  const removed: Record<string, number> = {};
  for (const [id, value] of Object.entries(asObject(at(persisted, 'removed')) ?? {})) {
    const time = asNumber(value);
    if (time !== undefined) removed[id] = time;
  }
  return { tasks, removed };
}
