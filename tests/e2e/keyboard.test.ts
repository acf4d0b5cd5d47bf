// From pasting an id to watching its video with the keyboard alone: Tab, typing, Enter and Space,
// no pointer. Each step moves the focus with Tab only, as a keyboard user would, and fails with
// the places the focus passed through when the control cannot be reached.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectToSimulator, taskRow, uniqueSuffix, useBrowser, waitForStatus } from './browser';

const session = useBrowser();

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  const passed: string[] = [];
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      return;
    }
    passed.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!element) return '(nothing)';
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30);
        return `${element.tagName.toLowerCase()} "${name ?? ''}"`;
      }),
    );
  }
  throw new Error(`Tab never reached ${what}; it went through: ${passed.join(' → ')}`);
}

describe('the keyboard alone', () => {
  it('adds a task, opens it when finished, and plays its video', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('keys')}`;
    await connectToSimulator(page);
    await page.goto('/');

    await tabTo(page, page.getByLabel('Task IDs'), 'the Task IDs field');
    await page.keyboard.type(id);
    await tabTo(page, page.getByRole('button', { name: 'Add tasks' }), 'Add tasks');
    await page.keyboard.press('Enter');
    const row = taskRow(page, id);
    await waitForStatus(row, 'Succeeded', 60_000);

    const link = row.getByRole('link', { name: id, exact: true });
    await tabTo(page, link, 'the task’s link');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: id, exact: true });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);

    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    await tabTo(page, video, 'the video');
    await page.keyboard.press('Space');
    await expect
      .poll(() =>
        video.evaluate((element) =>
          element instanceof HTMLVideoElement ? !element.paused && element.currentTime > 0 : false,
        ),
      )
      .toBe(true);
  });
});
