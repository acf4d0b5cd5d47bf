import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeLists, readTaskList, type TaskList } from '../../../src/stores/task-list-merge';

const task = (id: string, addedAt: number, editedAt = addedAt) => ({ id, addedAt, editedAt });
const ids = (list: TaskList) => list.tasks.map((entry) => entry.id);
const NOW = 1_000_000;

describe('merging the task lists of two tabs', () => {
  it('keeps what both tabs added at the same time, in the order they were added', () => {
    const base = [task('video_a', 1)];
    const first = { tasks: [...base, task('video_b', 10)], removed: {} };
    const second = { tasks: [...base, task('video_c', 11)], removed: {} };
    expect(ids(mergeLists(first, second, NOW))).toEqual(['video_a', 'video_b', 'video_c']);
    expect(ids(mergeLists(second, first, NOW))).toEqual(['video_a', 'video_b', 'video_c']);
  });

  it('lets a removal win over an older copy, and a later re-add win over the removal', () => {
    const older = { tasks: [task('video_a', 1), task('video_b', 2)], removed: {} };
    const removedB = { tasks: [task('video_a', 1)], removed: { video_b: 5 } };
    expect(ids(mergeLists(older, removedB, NOW))).toEqual(['video_a']);
    const readded = { tasks: [task('video_a', 1), task('video_b', 2, 9)], removed: {} };
    expect(ids(mergeLists(removedB, readded, NOW))).toEqual(['video_a', 'video_b']);
  });

  it('forgets removals older than a week', () => {
    const merged = mergeLists(
      { tasks: [], removed: { old: 1 } },
      { tasks: [], removed: {} },
      8 * 86_400_000,
    );
    expect(merged.removed).toEqual({});
  });

  it('property: merging is idempotent and order-independent in what it keeps', () => {
    const entry = fc.record({
      id: fc.constantFrom('video_a', 'video_b', 'video_c', 'video_d'),
      addedAt: fc.integer({ min: 1, max: 100 }),
      editedAt: fc.integer({ min: 1, max: 200 }),
    });
    const list = fc.record({
      tasks: fc.uniqueArray(entry, { selector: (value) => value.id, maxLength: 4 }),
      removed: fc.dictionary(
        fc.constantFrom('video_a', 'video_b', 'video_c', 'video_d'),
        fc.integer({ min: 1, max: 200 }),
      ),
    });
    fc.assert(
      fc.property(list, list, (a, b) => {
        const ab = mergeLists(a, b, 300);
        const ba = mergeLists(b, a, 300);
        expect(new Set(ids(ab))).toEqual(new Set(ids(ba)));
        expect(mergeLists(ab, ab, 300)).toEqual(ab);
        expect(
          mergeLists(ab, b, 300)
            .tasks.map((t) => t.id)
            .sort(),
        ).toEqual(ids(ab).sort());
      }),
    );
  });
});

describe('reading what older versions stored', () => {
  it('upgrades a version-0 list of plain ids', () => {
    expect(readTaskList({ tasks: ['video_a', 'sora-2:task_b'] })).toEqual({
      tasks: [task('video_a', 0), task('sora-2:task_b', 0)],
      removed: {},
    });
  });

  it('keeps well-formed entries and drops garbage instead of crashing', () => {
    expect(
      readTaskList({ tasks: [{ id: 'video_a', addedAt: 5 }, { id: 3 }, null, { id: 'video_b' }] }),
    ).toEqual({ tasks: [task('video_a', 5), task('video_b', 0)], removed: {} });
    expect(readTaskList('corrupt')).toEqual({ tasks: [], removed: {} });
    expect(readTaskList(undefined)).toEqual({ tasks: [], removed: {} });
  });
});

describe('reading batch names from storage', () => {
  it('keeps a batch name, tidied, and drops one that is not text or is empty', () => {
    const list = readTaskList({
      tasks: [
        { id: 'video_a', addedAt: 1, batch: ' cats ' },
        { id: 'video_b', addedAt: 2, batch: 42 },
        { id: 'video_c', addedAt: 3, batch: '   ' },
        { id: 'video_d', addedAt: 4, batch: 'x'.repeat(500) },
      ],
    });
    expect(list.tasks.map((entry) => entry.batch)).toEqual([
      'cats',
      undefined,
      undefined,
      'x'.repeat(80),
    ]);
  });
});
