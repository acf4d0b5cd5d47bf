import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/domain/api-error';
import {
  HIDDEN_FLOOR_MS,
  isStalled,
  MAX_QUEUED_DELAY_MS,
  MAX_RUNNING_DELAY_MS,
  nextPollDelay,
  pollFloorMs,
  retryDelay,
  shouldRetry,
  SILENT_STALL_AFTER_MS,
  STALL_AFTER_MS,
  STALLED_DELAY_MS,
} from '../../../src/domain/poll-policy';
import { advanceTask, parseTask } from '../../../src/domain/task-model';

describe('retry policy', () => {
  it('retries transient faults a few times and never a bad key or a missing task', () => {
    for (const kind of ['network', 'timeout', 'server', 'rate-limited', 'bad-body'] as const) {
      expect(shouldRetry(0, new ApiError(kind, 'x'))).toBe(true);
      expect(shouldRetry(3, new ApiError(kind, 'x'))).toBe(false);
    }
    for (const kind of ['unauthorized', 'forbidden', 'not-found', 'client', 'config'] as const) {
      expect(shouldRetry(0, new ApiError(kind, 'x'))).toBe(false);
    }
    expect(shouldRetry(0, new Error('a bug'))).toBe(false);
  });

  it('honours Retry-After, else backs off exponentially with jitter up to 8 s', () => {
    expect(retryDelay(1, new ApiError('rate-limited', 'x', { retryAfterMs: 2000 }))).toBe(2000);
    for (let attempt = 0; attempt < 10; attempt++) {
      const delay = retryDelay(attempt, new ApiError('server', 'x'));
      const base = Math.min(500 * 2 ** attempt, 8000);
      expect(delay).toBeGreaterThanOrEqual(base * 0.75);
      expect(delay).toBeLessThanOrEqual(base);
    }
  });
});

describe('next poll delay', () => {
  const floorMs = 5_000;
  const now = 1_000_000_000;
  const task = (body: Record<string, unknown>, lastChangeAt = now) => ({
    ...parseTask(body, 'video_p'),
    lastChangeAt,
  });

  it('polls at the user floor while progress moves', () => {
    expect(
      nextPollDelay({
        task: task({ status: 'in_progress', progress: 40 }),
        error: null,
        floorMs,
        now,
      }),
    ).toBe(floorMs);
  });

  it('waits longer the longer nothing changes, up to a minute', () => {
    const running = { status: 'in_progress', progress: 40 };
    expect(nextPollDelay({ task: task(running, now - 30_000), error: null, floorMs, now })).toBe(
      15_000,
    );
    expect(
      nextPollDelay({ task: task(running, now - 9 * 60_000), error: null, floorMs, now }),
    ).toBe(MAX_RUNNING_DELAY_MS);
  });

  it('uses the queue wait estimate, then the queue position, and never goes under the floor', () => {
    const queued = (pending: Record<string, unknown>) =>
      task({ status: 'pending', detail: { pending_info: { status: 'queued', ...pending } } });
    expect(
      nextPollDelay({ task: queued({ estimated_queue_wait_time: 60 }), error: null, floorMs, now }),
    ).toBe(30_000);
    expect(
      nextPollDelay({
        task: queued({ estimated_queue_wait_time: 3600 }),
        error: null,
        floorMs,
        now,
      }),
    ).toBe(MAX_QUEUED_DELAY_MS);
    expect(
      nextPollDelay({ task: queued({ progress_pos_in_queue: 4 }), error: null, floorMs, now }),
    ).toBe(20_000);
    expect(
      nextPollDelay({ task: queued({ progress_pos_in_queue: 1 }), error: null, floorMs, now }),
    ).toBe(floorMs);
    expect(
      nextPollDelay({
        task: queued({ progress_pos_in_queue: 1 }),
        error: null,
        floorMs: 30_000,
        now,
      }),
    ).toBe(30_000);
  });

  it('marks a task with no change for 10 minutes as stalled and polls it slowly', () => {
    const quiet = task({ status: 'in_progress', progress: 40 }, now - STALL_AFTER_MS);
    expect(isStalled(quiet, now)).toBe(true);
    expect(nextPollDelay({ task: quiet, error: null, floorMs, now })).toBe(STALLED_DELAY_MS);
    expect(isStalled(task({ status: 'completed' }, now - STALL_AFTER_MS), now)).toBe(false);
  });

  it('gives a task that reports no progress 30 minutes in one status before calling it stalled', () => {
    const silent = (since: number) =>
      task({ id: 'veo3.1-fast:1-a', status: 'video_generating' }, now - since);
    expect(silent(STALL_AFTER_MS).progress).toBeUndefined();
    expect(isStalled(silent(STALL_AFTER_MS), now)).toBe(false);
    expect(nextPollDelay({ task: silent(STALL_AFTER_MS), error: null, floorMs, now })).toBe(
      MAX_RUNNING_DELAY_MS,
    );
    expect(isStalled(silent(SILENT_STALL_AFTER_MS), now)).toBe(true);
  });

  it('never polls a finished task, or one that a retry cannot fix', () => {
    for (const status of ['completed', 'failed', 'cancelled']) {
      expect(nextPollDelay({ task: task({ status }), error: null, floorMs, now })).toBe(false);
    }
    for (const kind of ['not-found', 'unauthorized', 'forbidden', 'config'] as const) {
      expect(nextPollDelay({ task: undefined, error: new ApiError(kind, 'x'), floorMs, now })).toBe(
        false,
      );
    }
  });

  it('keeps polling after a transient fault, and while the status is one nobody listed', () => {
    expect(
      nextPollDelay({ task: undefined, error: new ApiError('server', 'x'), floorMs, now }),
    ).toBe(floorMs);
    expect(nextPollDelay({ task: task({ status: 'thinking' }), error: null, floorMs, now })).toBe(
      floorMs,
    );
  });
});

describe('advanceTask records when a task last moved', () => {
  it('keeps the time of the last change while readings repeat', () => {
    const first = advanceTask(
      undefined,
      parseTask({ status: 'in_progress', progress: 10 }, 'video_c'),
      1000,
    );
    const same = advanceTask(
      first,
      parseTask({ status: 'in_progress', progress: 10 }, 'video_c'),
      5000,
    );
    const moved = advanceTask(
      same,
      parseTask({ status: 'in_progress', progress: 20 }, 'video_c'),
      9000,
    );
    expect([first.lastChangeAt, same.lastChangeAt, moved.lastChangeAt]).toEqual([1000, 1000, 9000]);
  });
});

describe('the floor while hidden', () => {
  it('is the poll interval when shown, and at least 30 s while hidden (notifications on)', () => {
    expect(HIDDEN_FLOOR_MS).toBe(30_000);
    expect(pollFloorMs(2_000, false)).toBe(2_000);
    expect(pollFloorMs(2_000, true)).toBe(30_000);
    expect(pollFloorMs(120_000, true)).toBe(120_000);
  });
});
