// Which task endings are news, and how they are grouped: only an end this page saw coming (the
// task unfinished in a fresh answer first) is told; a batch is told once, when its last task ends;
// tasks in no batch are told one by one, or together when several end in one tick.
import { describe, expect, it } from 'vitest';
import {
  endingOf,
  FinishTracker,
  NoticeGrouper,
  type Ending,
} from '../../../../src/app/attention/finish-notices';
import { ApiError } from '../../../../src/domain/api-error';
import { parseTask } from '../../../../src/domain/task-model';
import type { TrackedTask } from '../../../../src/stores/task-list-merge';

const tracked = (id: string, batch?: string): TrackedTask =>
  batch ? { id, addedAt: 1, editedAt: 1, batch } : { id, addedAt: 1, editedAt: 1 };

describe('what is news', () => {
  it('is the end of a task seen unfinished first, told once', () => {
    const tracker = new FinishTracker();
    expect(tracker.answer('k1', 'a', 'queued')).toBeUndefined();
    expect(tracker.answer('k1', 'a', 'running')).toBeUndefined();
    expect(tracker.answer('k1', 'a', 'succeeded')).toEqual({ id: 'a', status: 'succeeded' });
    // The same answer again (another tab's copy, a refresh) is no news.
    expect(tracker.answer('k1', 'a', 'succeeded')).toBeUndefined();
  });

  it('is never a task first seen finished: restored from storage, or pasted when done', () => {
    const tracker = new FinishTracker();
    expect(tracker.answer('k2', 'b', 'failed')).toBeUndefined();
    expect(tracker.answer('k3', 'c', 'succeeded')).toBeUndefined();
  });

  it('counts every way to end: failed, cancelled and expired too, and not a status nobody listed', () => {
    const tracker = new FinishTracker();
    for (const [key, status] of [
      ['f', 'failed'],
      ['c', 'cancelled'],
      ['e', 'expired'],
      ['u', 'unknown'],
    ] as const) {
      tracker.answer(key, key, 'running');
      const finish = tracker.answer(key, key, status);
      expect(finish === undefined ? 'no news' : finish.status).toBe(
        status === 'unknown' ? 'no news' : status,
      );
    }
  });

  it('reads a task’s ending from the cache: its status, or that no endpoint has it', () => {
    const task = (status: string) => parseTask({ id: 'x', status }, 'x');
    expect(endingOf(task('completed'), null)).toBe('succeeded');
    expect(endingOf(task('failed'), null)).toBe('failed');
    expect(endingOf(task('cancelled'), null)).toBe('failed');
    expect(endingOf(task('in_progress'), null)).toBeUndefined();
    expect(endingOf(undefined, new ApiError('not-found', 'gone', { status: 404 }))).toBe('failed');
    expect(endingOf(undefined, new ApiError('network', 'offline'))).toBeUndefined();
    expect(endingOf(undefined, null)).toBeUndefined();
  });
});

describe('how it is told', () => {
  const endings = (map: Record<string, Ending>) => (id: string) => map[id];

  it('tells a batch once, when its last task ends, with how many succeeded and failed', () => {
    const grouper = new NoticeGrouper();
    const tasks = [tracked('a', 'cats'), tracked('b', 'cats'), tracked('c', 'cats')];
    // Two end; the third runs on: nothing yet.
    expect(
      grouper.group(
        [
          { id: 'a', status: 'succeeded' },
          { id: 'b', status: 'failed' },
        ],
        tasks,
        endings({ a: 'succeeded', b: 'failed', c: undefined }),
      ),
    ).toEqual([]);
    expect(
      grouper.group(
        [{ id: 'c', status: 'succeeded' }],
        tasks,
        endings({ a: 'succeeded', b: 'failed', c: 'succeeded' }),
      ),
    ).toEqual([{ kind: 'batch', batch: 'cats', succeeded: 2, failed: 1 }]);
    // Told: a later copy of the same news tells nothing.
    expect(
      grouper.group([], tasks, endings({ a: 'succeeded', b: 'failed', c: 'succeeded' })),
    ).toEqual([]);
  });

  it('counts the batch’s tasks that ended before this page loaded, and a task no endpoint has as failed', () => {
    const grouper = new NoticeGrouper();
    const tasks = [tracked('old', 'dogs'), tracked('gone', 'dogs'), tracked('new', 'dogs')];
    expect(
      grouper.group(
        [{ id: 'new', status: 'succeeded' }],
        tasks,
        endings({ old: 'succeeded', gone: 'failed', new: 'succeeded' }),
      ),
    ).toEqual([{ kind: 'batch', batch: 'dogs', succeeded: 2, failed: 1 }]);
  });

  it('tells a task in no batch on its own, and several ending in one tick together', () => {
    const grouper = new NoticeGrouper();
    const tasks = [tracked('a'), tracked('b'), tracked('c'), tracked('d')];
    expect(grouper.group([{ id: 'a', status: 'failed' }], tasks, endings({}))).toEqual([
      { kind: 'task', id: 'a', status: 'failed' },
    ]);
    expect(
      grouper.group(
        [
          { id: 'b', status: 'succeeded' },
          { id: 'c', status: 'expired' },
          { id: 'd', status: 'succeeded' },
        ],
        tasks,
        endings({}),
      ),
    ).toEqual([{ kind: 'tasks', count: 3, succeeded: 2, failed: 1 }]);
  });

  it('tells a batch and loose tasks of the same tick apart, and nothing of tasks no longer listed', () => {
    const grouper = new NoticeGrouper();
    const tasks = [tracked('a', 'cats'), tracked('b')];
    expect(
      grouper.group(
        [
          { id: 'a', status: 'succeeded' },
          { id: 'b', status: 'succeeded' },
          { id: 'removed', status: 'failed' },
        ],
        tasks,
        endings({ a: 'succeeded' }),
      ),
    ).toEqual([
      { kind: 'batch', batch: 'cats', succeeded: 1, failed: 0 },
      { kind: 'task', id: 'b', status: 'succeeded' },
    ]);
  });

  it('forgets a batch whose tasks were all removed before it ended', () => {
    const grouper = new NoticeGrouper();
    const tasks = [tracked('a', 'cats'), tracked('b', 'cats')];
    expect(
      grouper.group([{ id: 'a', status: 'succeeded' }], tasks, endings({ a: 'succeeded' })),
    ).toEqual([]);
    expect(grouper.group([], [], endings({}))).toEqual([]);
    // Put back later and ending then: one notice, for what the batch holds then.
    expect(
      grouper.group(
        [{ id: 'b', status: 'failed' }],
        [tracked('b', 'cats')],
        endings({ b: 'failed' }),
      ),
    ).toEqual([{ kind: 'batch', batch: 'cats', succeeded: 0, failed: 1 }]);
  });
});
