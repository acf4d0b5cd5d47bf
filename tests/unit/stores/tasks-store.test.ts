import { describe, expect, it } from 'vitest';
import { migrateTasks } from '../../../src/stores/tasks-store';

describe('tasks store migration', () => {
  it('upgrades a version-0 list of plain ids', () => {
    expect(migrateTasks({ tasks: ['video_a', 'sora-2:task_b'] }, 0)).toEqual({
      tasks: [
        { id: 'video_a', addedAt: 0 },
        { id: 'sora-2:task_b', addedAt: 0 },
      ],
    });
  });

  it('keeps well-formed entries and drops garbage instead of crashing', () => {
    expect(
      migrateTasks(
        { tasks: [{ id: 'video_a', addedAt: 5 }, { id: 3 }, null, 'x', { id: 'video_b' }] },
        1,
      ),
    ).toEqual({
      tasks: [
        { id: 'video_a', addedAt: 5 },
        { id: 'video_b', addedAt: 0 },
      ],
    });
    expect(migrateTasks('corrupt', 1)).toEqual({ tasks: [] });
    expect(migrateTasks(undefined, 1)).toEqual({ tasks: [] });
  });
});
