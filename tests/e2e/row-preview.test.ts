import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
} from './browser';

const session = useBrowser();

interface Playback {
  paused: boolean;
  muted: boolean;
  currentTime: number;
}

function playback(video: Locator): Promise<Playback> {
  return video.evaluate((element) => {
    if (!(element instanceof HTMLVideoElement)) throw new Error('Not a <video>.');
    return { paused: element.paused, muted: element.muted, currentTime: element.currentTime };
  });
}

describe('the list', () => {
  it('plays a finished task muted while its preview is hovered, and stops when left', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('hover')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, id);
    const row = taskRow(page, id);
    await waitForStatus(row, 'Succeeded');

    // The picture repeats the id link for a pointer: hidden from assistive technology and out
    // of the tab order, so the row has one link for the keyboard and for screen readers.
    const preview = row.getByLabel(`Preview of ${id}`, { exact: true });
    const thumbnail = preview.getByAltText(`Thumbnail of ${id}`, { exact: true });
    await thumbnail.waitFor();
    expect(await row.getByRole('link').count(), 'links assistive technology sees').toBe(1);
    expect(await row.getByRole('link', { name: id, exact: true }).count()).toBe(1);
    expect(await preview.getAttribute('tabindex')).toBe('-1');
    const video = row.getByLabel(`Video preview of ${id}`, { exact: true });
    expect(await video.count(), 'nothing plays before the pointer comes').toBe(0);

    await preview.hover();
    await video.waitFor();
    await expect
      .poll(() => playback(video), { timeout: 15_000, interval: 200 })
      .toMatchObject({ paused: false, muted: true });
    await expect.poll(async () => (await playback(video)).currentTime).toBeGreaterThan(0);

    await page.mouse.move(0, 0);
    await video.waitFor({ state: 'detached' });
    await thumbnail.waitFor();

    // A pointer still follows the picture to the task's page: pointed at (so it plays), then
    // clicked, as a hand does. A click in the same instant as the pointer arrives can press on
    // the thumbnail and release on the video that replaced it, which is no click at all.
    await preview.hover();
    await video.waitFor();
    await preview.click();
    await page.getByRole('heading', { level: 1, name: id, exact: true }).waitFor();
  });
});
