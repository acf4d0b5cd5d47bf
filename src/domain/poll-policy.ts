// Every timing decision about polling lives here: when each task is due next, whether a failed
// request is retried, and after how long. Pure functions of the task, the error and the clock.
// (The floor while the page is hidden is in hidden-polling.ts.)
import { isApiError } from './api-error';
import { type Task } from './task-model';
import { isTerminal } from './readers/read-status';

/** Running tasks whose progress stopped moving are asked at most this rarely. */
export const MAX_RUNNING_DELAY_MS = 60_000;
/** Queued tasks are asked at most this rarely, however long the queue. */
export const MAX_QUEUED_DELAY_MS = 120_000;
/** Per task in front of ours, when the provider gives a position but no wait estimate. */
const PER_QUEUE_POSITION_MS = 5_000;
/** No change for this long: the task is shown as stalled and polled slowly. */
export const STALL_AFTER_MS = 10 * 60_000;
/**
 * Most models report no progress: only a status word changes, and a long Veo or Kling task runs
 * for many minutes in one word. Such a task is stalled only after this long without a change.
 */
export const SILENT_STALL_AFTER_MS = 30 * 60_000;
export const STALLED_DELAY_MS = 5 * 60_000;

const MAX_RETRIES = 3;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

export function isStalled(task: Task, now: number): boolean {
  const after = task.progress === undefined ? SILENT_STALL_AFTER_MS : STALL_AFTER_MS;
  return (
    !isTerminal(task.status) && task.lastChangeAt !== undefined && now - task.lastChangeAt >= after
  );
}

export interface PollInput {
  task: Task | undefined;
  error: unknown;
  /** The user's poll interval: never poll a task more often than this. */
  floorMs: number;
  now: number;
}

/**
 * Milliseconds until the task is due again, or false when it never is: finished, failed, not
 * found, or refused for a reason retrying cannot fix (a bad key pauses in the limiter).
 */
export function nextPollDelay({ task, error, floorMs, now }: PollInput): number | false {
  if (isApiError(error) && !error.retryable) return false;
  if (!task) return floorMs;
  if (isTerminal(task.status)) return false;
  if (isStalled(task, now)) return Math.max(floorMs, STALLED_DELAY_MS);
  if (task.status === 'queued') {
    if (task.queueWaitSeconds !== undefined && task.queueWaitSeconds > 0) {
      return clamp((task.queueWaitSeconds * 1000) / 2, floorMs, MAX_QUEUED_DELAY_MS);
    }
    if (task.queuePosition !== undefined && task.queuePosition > 0) {
      return clamp(task.queuePosition * PER_QUEUE_POSITION_MS, floorMs, MAX_QUEUED_DELAY_MS);
    }
  }
  // Short while the task moves; the longer nothing changes, the longer the wait.
  const unchangedFor = task.lastChangeAt === undefined ? 0 : now - task.lastChangeAt;
  return clamp(unchangedFor / 2, floorMs, MAX_RUNNING_DELAY_MS);
}

/** Transient faults are retried a few times within one poll; the next poll tries again anyway. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.retryable && failureCount < MAX_RETRIES;
}

/** Honour the provider's Retry-After; else 0.5 s × 2ⁿ capped at 8 s, with jitter (as OpenAI's SDK). */
export function retryDelay(failureCount: number, error: unknown, random = Math.random): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs;
  const base = Math.min(BACKOFF_BASE_MS * 2 ** failureCount, BACKOFF_CAP_MS);
  return base * (0.75 + random() * 0.25);
}
