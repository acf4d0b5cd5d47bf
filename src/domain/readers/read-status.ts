// Status words from every provider family, mapped onto the few statuses the dashboard shows.
import { asBoolean, asText, type JsonObject } from '../../lib/json-reader';

export type TaskStatus =
  'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'expired' | 'unknown';

const STATUS_WORDS: Record<Exclude<TaskStatus, 'unknown'>, readonly string[]> = {
  queued: [
    'queued',
    'pending',
    'submitted',
    'not_start',
    'created',
    'waiting',
    'preparing',
    'queueing',
    'starting',
    'in_queue',
  ],
  running: [
    'in_progress',
    'processing',
    'running',
    'generating',
    'preprocessing',
    'image_downloading',
    'video_generating',
    // Veo's unified answers: a finished first pass is not the end, `completed` is.
    'video_generation_completed',
    'video_upsampling',
    'video_upsampling_completed',
  ],
  succeeded: ['completed', 'succeeded', 'succeed', 'success', 'finished'],
  failed: [
    'failed',
    'failure',
    'fail',
    'error',
    'video_generation_failed',
    'video_upsampling_failed',
    'aborted',
  ],
  cancelled: ['cancelled', 'canceled'],
  expired: ['expired'],
};

const STATUS_BY_WORD = new Map<string, TaskStatus>(
  Object.entries(STATUS_WORDS).flatMap(([status, words]) =>
    words.map((word) => [word, status as TaskStatus]),
  ),
);

/** How far along a status is: the most advanced one any level of a body reports wins. */
const STATUS_RANK: Record<TaskStatus, number> = {
  unknown: 0,
  queued: 1,
  running: 2,
  succeeded: 3,
  cancelled: 3,
  expired: 3,
  failed: 4,
};

const TERMINAL_STATUSES: ReadonlySet<TaskStatus> = new Set([
  'succeeded',
  'failed',
  'cancelled',
  'expired',
]);

const STATUSES: readonly string[] = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
  'expired',
  'unknown',
] satisfies TaskStatus[];

/** Whether a value read back from storage is one of the statuses. */
export function isTaskStatus(value: unknown): value is TaskStatus {
  return typeof value === 'string' && STATUSES.includes(value);
}

export function isTerminal(status: TaskStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

export function statusFromText(text: string | undefined): TaskStatus {
  if (text === undefined) return 'unknown';
  return (
    STATUS_BY_WORD.get(
      text
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ) ?? 'unknown'
  );
}

export interface StatusReading {
  status: TaskStatus;
  statusText: string | undefined;
  /** Where levels of the body disagree, each level and its word, e.g. `status: pending`. */
  disagreement: string[] | undefined;
}

/** Reads status words at several levels of a body and keeps the most advanced. */
export function readStatus(levels: readonly (readonly [string, unknown])[]): StatusReading {
  const seen = levels
    .map(([where, value]) => ({ where, text: asText(value) }))
    .filter((level): level is { where: string; text: string } => level.text !== undefined);
  let best: { status: TaskStatus; text: string } | undefined;
  for (const { text } of seen) {
    const status = statusFromText(text);
    if (!best || STATUS_RANK[status] > STATUS_RANK[best.status]) best = { status, text };
  }
  const distinct = new Set(seen.map(({ text }) => statusFromText(text)));
  return {
    status: best?.status ?? 'unknown',
    statusText: best?.text,
    disagreement:
      distinct.size > 1 ? seen.map(({ where, text }) => `${where}: ${text}`) : undefined,
  };
}

/**
 * A Gemini long-running operation has no status word, only `done`: running until it is done,
 * then failed when it carries an error. Whether a done operation produced a video is decided
 * with the media (a done operation whose samples were all filtered failed).
 */
export function readOperationStatus(top: JsonObject): StatusReading | undefined {
  const done = asBoolean(top['done']);
  if (done === undefined || top['status'] !== undefined) return undefined;
  const failed = done && top['error'] !== undefined && top['error'] !== null;
  return {
    status: !done ? 'running' : failed ? 'failed' : 'succeeded',
    statusText: done ? 'done' : 'not done',
    disagreement: undefined,
  };
}
