import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectToSimulator, openFinishedTask, uniqueSuffix, useBrowser } from './browser';

const session = useBrowser();

interface VideoState {
  duration: number;
  currentTime: number;
  paused: boolean;
  seeking: boolean;
}

function videoState(video: Locator): Promise<VideoState> {
  return video.evaluate((element) => {
    if (!(element instanceof HTMLVideoElement)) throw new Error('"Video of …" is not a <video>.');
    if (element.error) throw new Error(`The video failed: ${element.error.message}`);
    const { duration, currentTime, paused, seeking } = element;
    return { duration, currentTime, paused, seeking };
  });
}

describe('inpaint items on the detail page', () => {
  it("seek the finished video to the item's frame and pause it there", async () => {
    const { page } = session;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('inputs')}`;
    await connectToSimulator(page);
    await openFinishedTask(page, id);

    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    await expect
      .poll(async () => (await videoState(video)).duration, { timeout: 15_000, interval: 200 })
      .toBeGreaterThan(0);
    const { duration } = await videoState(video);

    const inpaint = page.getByRole('region', { name: 'Inpaint items', exact: true });
    const strip = inpaint.getByRole('group', { name: /^Inpaint items on the video's \d+ frames$/ });
    const frames = Number(
      /(\d+) frames$/.exec((await strip.getAttribute('aria-label')) ?? '')?.[1],
    );
    expect(frames).toBeGreaterThan(72);
    const fps = frames / duration;

    await inpaint
      .getByRole('listitem', { name: 'Inpaint item 2', exact: true })
      .getByRole('button', { name: 'Show frame 72 in the video', exact: true })
      .click();
    // The page says what the click did; if the player never registered its <video>, this is
    // where the test says so ("The video is not ready yet…") instead of timing out.
    const status = inpaint.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 5_000 }).not.toBe('');
    expect(await status.textContent()).toBe('Showing frame 72 in the video, paused.');

    await expect
      .poll(() => videoState(video), { timeout: 10_000, interval: 100 })
      .toMatchObject({ seeking: false, paused: true });
    const { currentTime } = await videoState(video);
    // Within half a frame of frame 72's start (3.0 s for 96 frames in 4 s).
    expect(Math.abs(currentTime - 72 / fps)).toBeLessThan(0.5 / fps);
  });
});
