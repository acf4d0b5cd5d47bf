import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_RAW_CHARS,
  mergeSnapshots,
  progressJumps,
  progressPoints,
  snapshotOf,
  statusTransitions,
  thin,
  withInputsFromHistory,
  type Snapshot,
} from '../../../src/domain/task-history';
import { parseTask } from '../../../src/domain/task-model';
import { type TaskStatus } from '../../../src/domain/readers/read-status';
import seedRunning from '../../fixtures/seed-running.json';

function snap(at: number, status: TaskStatus, progress?: number, raw: unknown = { at }): Snapshot {
  return { at, status, statusText: status, progress, queuePosition: undefined, raw };
}

describe('mergeSnapshots', () => {
  it('keeps responses in time order and drops one identical to the one before it', () => {
    const merged = mergeSnapshots(
      [snap(1, 'queued', 0, { a: 1 }), snap(3, 'running', 10, { a: 2 })],
      [snap(2, 'queued', 0, { a: 1 }), snap(4, 'running', 10, { a: 2 }), snap(5, 'running', 20)],
    );
    expect(merged.map((s) => s.at)).toEqual([1, 3, 5]);
  });

  it('treats an answer that differs only in its per-answer request id as no change', () => {
    const kling = (status: string, requestId: string) => ({
      code: 0,
      request_id: requestId,
      data: { task_id: '867283741759111202', task_status: status },
    });
    const merged = mergeSnapshots(
      [snap(1, 'running', undefined, kling('processing', 'r-1'))],
      [
        snap(2, 'running', undefined, kling('processing', 'r-2')),
        snap(3, 'running', undefined, kling('processing', 'r-3')),
        snap(4, 'succeeded', 100, kling('succeed', 'r-4')),
      ],
    );
    expect(merged.map((s) => s.at)).toEqual([1, 4]);
  });

  it('gives the same history whether answers are added one batch at a time or all at once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1_000 }), { maxLength: 40 }),
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (times, bodies, split) => {
          const all = times.map((at, index) => snap(at, 'running', 1, bodies[index]));
          const inOrder = [...all].sort((a, b) => a.at - b.at);
          const expected = inOrder.filter(
            (s, index) => index === 0 || inOrder[index - 1]?.raw !== s.raw,
          );
          const first = mergeSnapshots([], inOrder.slice(0, split));
          expect(mergeSnapshots(first, inOrder.slice(split))).toEqual(expected);
          expect(mergeSnapshots([], all)).toEqual(expected);
        },
      ),
    );
  });

  it('keeps a body that changed back to an earlier one', () => {
    const merged = mergeSnapshots(
      [],
      [snap(1, 'running', 1, 'a'), snap(2, 'running', 2, 'b'), snap(3, 'running', 1, 'a')],
    );
    expect(merged).toHaveLength(3);
  });
});

describe('thin', () => {
  it('never drops the first, the last or a status change, and respects the bound', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 10_000 }),
            fc.constantFrom<TaskStatus>('queued', 'running', 'succeeded'),
          ),
          { minLength: 1, maxLength: 200 },
        ),
        fc.integer({ min: 8, max: 60 }),
        (steps, max) => {
          let at = 0;
          const history = steps.map(([gap, status]) => snap((at += gap), status));
          const kept = thin(history, max);
          const transitions = history.filter(
            (s, i) => i === 0 || history[i - 1]?.status !== s.status,
          );
          expect(kept[0]).toBe(history[0]);
          expect(kept[kept.length - 1]).toBe(history[history.length - 1]);
          for (const change of transitions) expect(kept).toContain(change);
          expect(kept.length).toBeLessThanOrEqual(Math.max(max, transitions.length + 1));
        },
      ),
    );
  });

  it('drops the snapshot closest to the one before it, so what is left stays spread out', () => {
    const history = [
      snap(0, 'running', 0),
      snap(10, 'running', 1),
      snap(11, 'running', 2),
      snap(30, 'running', 3),
    ];
    expect(thin(history, 3).map((s) => s.at)).toEqual([0, 10, 30]);
  });
});

describe('statusTransitions', () => {
  it('lists each status once per spell with how long it lasted', () => {
    const history = [
      snap(0, 'queued', 0),
      snap(5_000, 'queued', 0),
      snap(8_000, 'running', 10),
      snap(20_000, 'succeeded', 100),
    ];
    expect(statusTransitions(history, 60_000)).toEqual([
      { at: 0, status: 'queued', statusText: 'queued', durationMs: 8_000, current: false },
      { at: 8_000, status: 'running', statusText: 'running', durationMs: 12_000, current: false },
      { at: 20_000, status: 'succeeded', statusText: 'succeeded', durationMs: 0, current: true },
    ]);
  });

  it('counts an unfinished status up to now', () => {
    const [running] = statusTransitions([snap(1_000, 'running', 5)], 61_000);
    expect(running?.durationMs).toBe(60_000);
  });
});

describe('progressJumps', () => {
  it('finds readings that went backwards and leaps of 40 points or more', () => {
    const points = [
      { at: 1, value: 0 },
      { at: 2, value: 90 },
      { at: 3, value: 60 },
      { at: 4, value: 70 },
    ];
    expect(progressJumps(points)).toEqual([
      { kind: 'leap', at: 2, from: 0, to: 90 },
      { kind: 'backwards', at: 3, from: 90, to: 60 },
    ]);
  });

  it('does not call finishing a leap', () => {
    const history = [snap(1, 'running', 10), snap(2, 'succeeded', 100)];
    expect(progressJumps(progressPoints(history))).toEqual([]);
    expect(progressJumps(progressPoints([snap(1, 'running', 10), snap(2, 'running', 95)]))).toEqual(
      [{ kind: 'leap', at: 2, from: 10, to: 95 }],
    );
  });
});

describe('snapshotOf', () => {
  it('keeps the reported progress, not the bar’s, and a note instead of a huge body', () => {
    const task = { ...parseTask(seedRunning, 'x'), progress: 80 };
    expect(snapshotOf(task, 5).progress).toBe(task.reportedProgress);
    const huge = { ...task, raw: { text: 'x'.repeat(MAX_RAW_CHARS + 1) } };
    expect(snapshotOf(huge, 5).raw).toEqual({ note: expect.stringContaining('too large to keep') });
  });
});

describe('withInputsFromHistory', () => {
  it('restores inpaint items, moderation and frames that the completed body dropped', () => {
    const completed = parseTask(
      {
        id: 'sora-2:task_1',
        status: 'completed',
        video_url: 'https://cdn.example/v.mp4',
        detail: { status: 'completed' },
      },
      'sora-2:task_1',
    );
    expect(completed.inpaintItems).toHaveLength(0);
    const running = parseTask(seedRunning, 'sora-2:task_1');
    const restored = withInputsFromHistory(completed, [
      snap(1, 'running', 5, seedRunning),
      snap(2, 'succeeded', 100, completed.raw),
    ]);
    expect(restored.inpaintItems).toEqual(running.inpaintItems);
    expect(restored.moderation).toEqual(running.moderation);
    expect(restored.frames).toBe(running.frames);
    expect(restored.status).toBe('succeeded');
    expect(restored.video).toEqual(completed.video);
  });

  it('leaves a task alone when no snapshot had more', () => {
    const task = parseTask({ id: 'video_1', status: 'queued' }, 'video_1');
    expect(withInputsFromHistory(task, [snap(1, 'queued', 0, task.raw)])).toBe(task);
  });
});
