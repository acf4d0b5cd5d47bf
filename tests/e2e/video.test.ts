import type { Locator, Page } from 'playwright-core';
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

/** Adds the task, waits for it to finish on the list, then opens its page from its link. */
async function openFinishedTask(page: Page, id: string): Promise<void> {
  await page.goto('/');
  await addTasks(page, id);
  const row = taskRow(page, id);
  await waitForStatus(row, 'Succeeded');
  await row.getByRole('link', { name: id, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: id, exact: true }).waitFor();
}

interface Playback {
  src: string;
  before: number;
}

/** Starts the video muted, as autoplay rules allow, and reports where it was then. */
function startMuted(video: Locator): Promise<Playback> {
  return video.evaluate(async (element) => {
    if (!(element instanceof HTMLVideoElement)) throw new Error('"Video of …" is not a <video>.');
    element.muted = true;
    await element.play();
    return { src: element.currentSrc, before: element.currentTime };
  });
}

function currentTime(video: Locator): Promise<number> {
  return video.evaluate((element) => {
    if (!(element instanceof HTMLVideoElement)) throw new Error('"Video of …" is not a <video>.');
    if (element.error) throw new Error(`The video failed: ${element.error.message}`);
    return element.currentTime;
  });
}

async function expectPlays(video: Locator): Promise<Playback> {
  const playback = await startMuted(video);
  await expect
    .poll(() => currentTime(video), { timeout: 15_000, interval: 200 })
    .toBeGreaterThan(playback.before + 0.5);
  return playback;
}

describe('the video of a finished task', () => {
  it('plays on the detail page of the fast demo', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('video')}`;
    await connectToSimulator(page);
    await openFinishedTask(page, id);

    await page.getByRole('heading', { name: 'Video', exact: true }).waitFor();
    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    const { src } = await expectPlays(video);
    expect(src).toMatch(/^https?:\/\/[^/]+\/sim\/media\/demo\.mp4/);
    expect(await page.getByRole('link', { name: 'Download video' }).getAttribute('href')).toBe(
      await video.getAttribute('src'),
    );
  });

  it('plays the official shape from a blob: URL fetched with the key', async () => {
    const { page } = session;
    const id = `video_demo_official--${uniqueSuffix('video')}`;
    await connectToSimulator(page);
    await openFinishedTask(page, id);

    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    const { src } = await expectPlays(video);
    expect(src).toMatch(/^blob:/);
    expect(await page.getByRole('link', { name: 'Download video' }).getAttribute('href')).toMatch(
      /^blob:/,
    );
  });
});
