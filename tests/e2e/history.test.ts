import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  UI_TIMEOUT_MS,
  uniqueSuffix,
  useBrowser,
} from './browser';

const session = useBrowser();

async function openFromList(page: Page, id: string): Promise<void> {
  await taskRow(page, id).getByRole('link', { name: id, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: id, exact: true }).waitFor();
}

function statusChanges(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'History' })
    .getByRole('list', { name: 'Status changes' })
    .getByRole('listitem')
    .allTextContents();
}

describe('a task’s history', () => {
  it('keeps the timeline and the inpaint items across a reload', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('history')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, id);
    await openFromList(page, id);
    const history = page.getByRole('region', { name: 'History' });
    await history.getByRole('img', { name: /^Progress over time:/ }).waitFor();
    await page.getByRole('heading', { level: 1, name: id }).waitFor();
    await expect
      .poll(() => statusChanges(page), { timeout: UI_TIMEOUT_MS })
      .toEqual([
        expect.stringContaining('Queued'),
        expect.stringContaining('Running'),
        expect.stringContaining('Succeeded'),
      ]);
    const before = await statusChanges(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: id, exact: true }).waitFor();
    // The first answer after a reload is the finished body, which has no progress or queue
    // data left: all of this comes from the history kept in the browser.
    await expect.poll(() => statusChanges(page), { timeout: UI_TIMEOUT_MS }).toEqual(before);
    await history.getByRole('img', { name: /^Progress over time:/ }).waitFor();
    const inpaint = page.getByRole('region', { name: 'Inpaint items' });
    await inpaint.getByRole('listitem', { name: 'Inpaint item 2' }).waitFor();
    // The finished body has no moderation result either: the section is there from history.
    await page.getByRole('region', { name: 'Moderation', exact: true }).waitFor();
  });

  it('estimates the time left of a slow task as a range that does not jump about', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_slow--${uniqueSuffix('eta')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, id);
    await openFromList(page, id);
    const timeLeft = page.locator('dt', { hasText: 'Time left' }).locator('+ dd');
    expect(await timeLeft.textContent()).toMatch(/^Unknown: /);

    const estimates: string[] = [];
    await expect
      .poll(
        async () => {
          const text = (await timeLeft.textContent()) ?? '';
          if (estimates.at(-1) !== text) estimates.push(text);
          return text;
        },
        { timeout: 60_000, interval: 250 },
      )
      .toMatch(
        /^(\d+–\d+ s|\d+–\d+ min|About \d+ min) left \(from how fast its progress has moved\)$/,
      );
    // (At the e2e simulator's speed the queue lasts under 10 s, too short to measure; the
    // component test covers the queue's estimate.)
    expect(estimates[0]).toMatch(/^Unknown: /);

    // Smoothed: from one estimate to the next, the upper end never more than doubles.
    const seconds = (text: string) => {
      const match = /(\d+) (s|min)/.exec(text.replace(/^\d+–/, ''));
      return match ? Number(match[1]) * (match[2] === 'min' ? 60 : 1) : undefined;
    };
    const running: number[] = [];
    for (let sample = 0; sample < 12; sample += 1) {
      const upper = seconds((await timeLeft.textContent()) ?? '');
      if (upper !== undefined) running.push(upper);
      await page.waitForTimeout(500);
    }
    for (let index = 1; index < running.length; index += 1) {
      expect(running[index]).toBeLessThanOrEqual((running[index - 1] ?? 0) * 2 + 10);
    }
  });
});
