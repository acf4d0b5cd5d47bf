import { describe, expect, it } from 'vitest';
import {
  askFor,
  PRIORITY,
  priorityOf,
  showTaskRow,
  watchTask,
} from '../../../src/api/task-priority';

describe('task priority', () => {
  it('is background for a task nobody shows, opens or asked for', () => {
    expect(priorityOf('nobody')).toBe(PRIORITY.background);
  });

  it('counts holders: a task stays on screen until its last row goes', () => {
    const first = showTaskRow('twice');
    const second = showTaskRow('twice');
    expect(priorityOf('twice')).toBe(PRIORITY.onScreen);
    first();
    first(); // a second call of the same release changes nothing
    expect(priorityOf('twice')).toBe(PRIORITY.onScreen);
    second();
    expect(priorityOf('twice')).toBe(PRIORITY.background);
  });

  it('puts an open task ahead of its row on screen, and back when its page closes', () => {
    const row = showTaskRow('both');
    const page = watchTask('both');
    expect(priorityOf('both')).toBe(PRIORITY.asked);
    page();
    expect(priorityOf('both')).toBe(PRIORITY.onScreen);
    row();
    expect(priorityOf('both')).toBe(PRIORITY.background);
  });

  it('marks a task asked for until its request settles, even when it fails', async () => {
    let fail: (error: Error) => void = () => undefined;
    const asked = askFor(
      'refresh',
      () =>
        new Promise<never>((_, reject) => {
          fail = reject;
        }),
    );
    expect(priorityOf('refresh')).toBe(PRIORITY.asked);
    fail(new Error('offline'));
    await expect(asked).rejects.toThrow('offline');
    expect(priorityOf('refresh')).toBe(PRIORITY.background);
  });
});
