import { describe, expect, it } from 'vitest';
import { addTasks, taskRow, uniqueSuffix, useBrowser } from './browser';

const session = useBrowser();

describe('pasting task ids', () => {
  it('accepts any mix of separators and reports duplicates and invalid entries', async () => {
    const { page } = session;
    const run = uniqueSuffix('paste');
    const fast = `sora-2:task_demo_fast--${run}`;
    const official = `video_demo_official--${run}`;
    const failure = `sora-2:task_demo_failure--${run}`;
    const slow = `sora-2:task_demo_slow--${run}`;
    await page.goto('/');

    await addTasks(page, `${fast}, ${official}\n${failure}   ${fast},not-a-task-id\n\n${slow}`);

    const feedback = page.getByRole('status').filter({ hasText: 'Added 4 tasks.' });
    await feedback.waitFor();
    await feedback
      .getByText(`1 id was already in the list and skipped: ${fast}.`, { exact: true })
      .waitFor();
    await feedback
      .getByText(/1 entry is not a task id and stayed in the box: “not-a-task-id”/)
      .waitFor();
    expect(await page.getByLabel('Task IDs').inputValue()).toBe('not-a-task-id');

    const list = page.getByRole('list', { name: 'Tasks' });
    expect(await list.getByRole('link').allTextContents()).toEqual([fast, official, failure, slow]);
    for (const id of [fast, official, failure, slow]) {
      expect(await taskRow(page, id).count(), `rows for ${id}`).toBe(1);
    }
  });

  it('skips ids already in the list on a later paste', async () => {
    const { page } = session;
    const run = uniqueSuffix('again');
    const first = `sora-2:task_demo_fast--${run}`;
    const second = `sora-2:task_demo_slow--${run}`;
    await page.goto('/');
    await addTasks(page, first);
    await page.getByRole('status').filter({ hasText: 'Added 1 task.' }).waitFor();

    await addTasks(page, `${first} ${second}`);
    const feedback = page
      .getByRole('status')
      .filter({ hasText: `1 id was already in the list and skipped: ${first}.` });
    await feedback.getByText('Added 1 task.', { exact: true }).waitFor();
    expect(await page.getByLabel('Task IDs').inputValue()).toBe('');
    expect(
      await page.getByRole('list', { name: 'Tasks' }).getByRole('link').allTextContents(),
    ).toEqual([first, second]);
  });

  it('asks for an id when nothing was pasted', async () => {
    const { page } = session;
    await page.goto('/');
    await addTasks(page, '   \n ');
    await page.getByRole('status').filter({ hasText: 'Paste at least one task id' }).waitFor();
    expect(await page.getByRole('list', { name: 'Tasks' }).count()).toBe(0);
  });

  it('keeps only the rows near the viewport of a long list, and scrolls through all of it', async () => {
    const { page } = session;
    await page.goto('/');
    const ids = Array.from({ length: 400 }, (_, index) => `video_long${index}`);
    await addTasks(page, ids.join('\n'));
    await page.getByText('Showing 400 of 400 tasks').waitFor();
    const rows = page.getByRole('list', { name: 'Tasks' }).getByRole('listitem');
    // Some rows, not all: the list renders its rows a frame after the count it shows.
    await expect
      .poll(() => rows.count())
      .toSatisfy((rendered: number) => rendered > 0 && rendered < 60);
    await page.keyboard.press('End');
    await page
      .getByRole('listitem', { name: 'Task video_long399', exact: true })
      .waitFor({ state: 'visible' });
  });
});
