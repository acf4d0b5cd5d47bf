// A task's history: every response that changed something, as a list of snapshots in time
// order. Pure functions only; keeping it (in memory and in IndexedDB) is the history store's job.
import { keepVanishedInputs, parseTask, type Task } from './task-model';
import { isTerminal, type TaskStatus } from './readers/read-status';

export interface Snapshot {
  /** When the response arrived (epoch ms). */
  at: number;
  status: TaskStatus;
  statusText: string | undefined;
  /** Progress exactly as the provider reported it, which may go backwards. */
  progress: number | undefined;
  queuePosition: number | undefined;
  /** The response body as it came, or a note when it was too large to keep. */
  raw: unknown;
}

/** Snapshots kept per task: the first, the last, every status change, and the rest thinned. */
export const MAX_SNAPSHOTS = 60;
/** A body larger than this (as JSON text) is kept as a note, not in full. */
export const MAX_RAW_CHARS = 64_000;

function rawText(raw: unknown): string {
  return JSON.stringify(raw) ?? 'null';
}

/** Fields a provider renews on every answer (Kling, DashScope, Ark): no change to the task. */
const PER_ANSWER_KEYS = new Set(['request_id', 'requestId', 'trace_id', 'traceId']);

/** The body as JSON without its per-answer fields: equal texts mean nothing changed. */
export function comparableText(raw: unknown): string {
  return (
    JSON.stringify(raw, (key, value: unknown) => (PER_ANSWER_KEYS.has(key) ? undefined : value)) ??
    'null'
  );
}

/** `text` is the body as JSON when the caller has it already. */
export function snapshotOf(task: Task, at: number, text = rawText(task.raw)): Snapshot {
  return {
    at,
    status: task.status,
    statusText: task.statusText,
    progress: task.reportedProgress,
    queuePosition: task.queuePosition,
    raw:
      text.length > MAX_RAW_CHARS
        ? { note: `The body was ${text.length} characters long, too large to keep.` }
        : task.raw,
  };
}

function isTransition(snapshots: readonly Snapshot[], index: number): boolean {
  const previous = snapshots[index - 1];
  const current = snapshots[index];
  return previous !== undefined && current !== undefined && previous.status !== current.status;
}

/**
 * Drops snapshots until at most `max` remain. It never drops the first, the last or a status
 * change, and otherwise drops the snapshot closest in time to the one before it, so what is
 * left stays spread over the task's life.
 */
export function thin(snapshots: readonly Snapshot[], max = MAX_SNAPSHOTS): Snapshot[] {
  const kept = [...snapshots];
  while (kept.length > max) {
    let drop = -1;
    let smallestGap = Infinity;
    for (let index = 1; index < kept.length - 1; index += 1) {
      if (isTransition(kept, index)) continue;
      const gap = (kept[index]?.at ?? 0) - (kept[index - 1]?.at ?? 0);
      if (gap < smallestGap) {
        smallestGap = gap;
        drop = index;
      }
    }
    if (drop < 0) break;
    kept.splice(drop, 1);
  }
  return kept;
}

/** Keeps each snapshot whose body differs from the one before it (per-answer ids aside). */
function withoutRepeats(snapshots: readonly Snapshot[], previousText?: string): Snapshot[] {
  const kept: Snapshot[] = [];
  let previous = previousText;
  for (const snapshot of snapshots) {
    const text = comparableText(snapshot.raw);
    if (text === previous) continue;
    kept.push(snapshot);
    previous = text;
  }
  return kept;
}

/**
 * Adds snapshots to a history: in time order, without a body identical to the one before it
 * (nothing changed), thinned to the bound.
 */
export function mergeSnapshots(
  history: readonly Snapshot[],
  added: readonly Snapshot[],
  max = MAX_SNAPSHOTS,
): Snapshot[] {
  const sorted = [...added].sort((a, b) => a.at - b.at);
  const last = history[history.length - 1];
  // The usual case, newer answers after older ones, compares only the new bodies.
  const merged =
    !last || (sorted[0]?.at ?? Infinity) >= last.at
      ? [...history, ...withoutRepeats(sorted, last && comparableText(last.raw))]
      : withoutRepeats([...history, ...sorted].sort((a, b) => a.at - b.at));
  return merged.length > max ? thin(merged, max) : merged;
}

export interface Transition {
  at: number;
  status: TaskStatus;
  statusText: string | undefined;
  /** How long the task stayed in this status: until the next change, or until `now`. */
  durationMs: number;
  current: boolean;
}

/** The status changes, with how long each status lasted. */
export function statusTransitions(history: readonly Snapshot[], now: number): Transition[] {
  const changes = history.filter((snapshot, index) => {
    const previous = history[index - 1];
    return !previous || previous.status !== snapshot.status;
  });
  return changes.map((change, index) => {
    const next = changes[index + 1];
    const last = history[history.length - 1];
    const end = next
      ? next.at
      : isTerminal(change.status)
        ? change.at
        : Math.max(now, last?.at ?? now);
    return {
      at: change.at,
      status: change.status,
      statusText: change.statusText,
      durationMs: Math.max(0, end - change.at),
      current: next === undefined,
    };
  });
}

export interface Point {
  at: number;
  value: number;
  /** The task had succeeded: its progress is 100 % by definition, not as reported. */
  done?: boolean;
}

export function progressPoints(history: readonly Snapshot[]): Point[] {
  return history.flatMap(({ at, progress, status }) =>
    progress === undefined ? [] : [{ at, value: progress, done: status === 'succeeded' }],
  );
}

export function queuePoints(history: readonly Snapshot[]): Point[] {
  return history.flatMap(({ at, queuePosition }) =>
    queuePosition === undefined ? [] : [{ at, value: queuePosition }],
  );
}

/** A progress jump at least this large in one update is called a leap. */
const LEAP_POINTS = 40;

export interface ProgressJump {
  kind: 'backwards' | 'leap';
  at: number;
  from: number;
  to: number;
}

/** Updates where the reported progress went backwards or leapt ahead. */
export function progressJumps(points: readonly Point[]): ProgressJump[] {
  const jumps: ProgressJump[] = [];
  for (let index = 1; index < points.length; index += 1) {
    const previous = points[index - 1];
    const current = points[index];
    if (!previous || !current) continue;
    const change = current.value - previous.value;
    if (change < 0)
      jumps.push({ kind: 'backwards', at: current.at, from: previous.value, to: current.value });
    // Finishing is not a leap: a succeeded task is at 100 % however far it had got.
    else if (change >= LEAP_POINTS && !current.done)
      jumps.push({ kind: 'leap', at: current.at, from: previous.value, to: current.value });
  }
  return jumps;
}

/**
 * A task re-read after a reload has lost what only earlier responses carried (the reseller
 * shape drops `pending_info`, with the inpaint items, moderation and frame count, when a task
 * completes). The newest snapshot that still had them fills them in again.
 */
export function withInputsFromHistory(task: Task, history: readonly Snapshot[]): Task {
  // A task restored from storage comes without its body: the newest snapshot has it.
  const last = history.at(-1);
  if (task.raw === undefined && last)
    return withInputsFromHistory({ ...task, raw: last.raw }, history);
  // Only a finished body drops them; an unfinished one still has what there is.
  if (!isTerminal(task.status)) return task;
  if (task.inpaintItems.length && task.moderation && task.frames !== undefined) return task;
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const snapshot = history[index];
    if (!snapshot) continue;
    const earlier = parseTask(snapshot.raw, task.id);
    if (earlier.inpaintItems.length || earlier.moderation || earlier.frames !== undefined) {
      return keepVanishedInputs(earlier, task);
    }
  }
  return task;
}
