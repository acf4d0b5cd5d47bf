import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectToSimulator, openFinishedTask, uniqueSuffix, useBrowser } from './browser';

const session = useBrowser();

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

  it('plays the official shape from a blob: URL fetched with the key when asked', async () => {
    const { page } = session;
    const id = `video_demo_official--${uniqueSuffix('video')}`;
    await connectToSimulator(page);
    await openFinishedTask(page, id);

    await page.getByRole('img', { name: `Thumbnail of ${id}`, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Load video', exact: true }).click();
    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    const { src } = await expectPlays(video);
    expect(src).toMatch(/^blob:/);
    expect(await page.getByRole('link', { name: 'Download video' }).getAttribute('href')).toMatch(
      /^blob:/,
    );
  });
});

/** Waits for the metadata, then seeks to `time` and waits for the seek to land. */
function seekPaused(video: Locator, time: number): Promise<void> {
  return video.evaluate(async (element, to) => {
    if (!(element instanceof HTMLVideoElement)) throw new Error('"Video of …" is not a <video>.');
    if (element.readyState < 1) {
      await new Promise((resolve) => element.addEventListener('loadedmetadata', resolve));
    }
    element.pause();
    const seeked = new Promise((resolve) => element.addEventListener('seeked', resolve));
    element.currentTime = to;
    await seeked;
  }, time);
}

describe('the player toolbar', () => {
  it('steps frame by frame with the . and , keys', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('frames')}`;
    await connectToSimulator(page);
    // Watched on the list while running, so the page knows the frame count (96 at 24 fps).
    await openFinishedTask(page, id);

    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    await seekPaused(video, 1); // the start of frame 24
    const readout = page.getByRole('toolbar', { name: 'Playback' }).getByText(/^Frame \d+ of 96$/);
    await expect.poll(() => readout.textContent()).toBe('Frame 24 of 96');
    const before = await currentTime(video);

    await video.focus();
    await page.keyboard.press('.');
    await page.keyboard.press('.');
    await expect.poll(() => readout.textContent()).toBe('Frame 26 of 96');
    const after = await currentTime(video);
    expect(after - before).toBeCloseTo(2 / 24, 2);
    expect(Math.floor(after * 24)).toBe(26);
    expect(
      await video.evaluate((element) => element instanceof HTMLVideoElement && element.paused),
    ).toBe(true);

    await page.keyboard.press(',');
    await expect.poll(() => readout.textContent()).toBe('Frame 25 of 96');
  });

  it('measures the frame rate by playing when the provider gave no frame count', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('fps')}`;
    await connectToSimulator(page);
    // Started and finished without the dashboard watching: the finished body has no n_frames.
    const status = async () => {
      const response = await page.request.get(`/v1/videos/${encodeURIComponent(id)}`, {
        headers: { Authorization: 'Bearer sk-e2e-test' },
      });
      const body: unknown = await response.json();
      return typeof body === 'object' && body !== null && 'status' in body ? body.status : body;
    };
    await expect.poll(status, { timeout: 30_000, interval: 500 }).toBe('completed');
    await page.goto(`/tasks/${encodeURIComponent(id)}`);
    const toolbar = page.getByRole('toolbar', { name: 'Playback' });
    const readout = toolbar.getByText(/^Frame \d+ of ~?\d+$/);
    await expect.poll(() => readout.textContent(), { timeout: 30_000 }).toBe('Frame 0 of ~120');
    await toolbar.getByText(/30 fps assumed until the video plays/).waitFor();

    await expectPlays(page.getByLabel(`Video of ${id}`, { exact: true }));
    // demo.mp4 is 24 fps, 4 s: measured while playing, the count becomes exact.
    await expect.poll(() => readout.textContent(), { timeout: 15_000 }).toMatch(/ of 96$/);
    expect(await toolbar.getByText(/fps assumed/).count()).toBe(0);
  });

  it('downloads the file under the task id and the prompt, without the key', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('download')}`;
    await connectToSimulator(page);
    await openFinishedTask(page, id);

    const mediaHeaders: Record<string, string>[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/sim/media/demo.mp4') && request.resourceType() === 'fetch') {
        mediaHeaders.push(request.headers());
      }
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download video' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${id.replace(':', '_')}-make-animate.mp4`);
    expect(download.url()).toMatch(/^blob:/);
    await page.getByText(`Saved as ${id.replace(':', '_')}-make-animate.mp4.`).waitFor();
    expect(mediaHeaders).toHaveLength(1);
    expect(mediaHeaders[0]).not.toHaveProperty('authorization');
  });
});

describe('a video link that has expired', () => {
  it('asks for the task again, gets a fresh link and plays it', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_expiring_link--${uniqueSuffix('expired')}`;
    const media: { url: string; status: number }[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/sim/media/demo.mp4')) {
        media.push({ url: response.url(), status: response.status() });
      }
    });
    await connectToSimulator(page);
    await openFinishedTask(page, id);

    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    // The first link answered 403; the page fetched the task once more and got another.
    await expect
      .poll(() => media.some((answer) => answer.status === 403), { timeout: 15_000 })
      .toBe(true);
    const refused = media.find((answer) => answer.status === 403)?.url ?? '';
    const expiry = Date.parse(new URL(refused).searchParams.get('se') ?? '');
    expect(expiry).toBeLessThan(Date.now());
    await expect.poll(() => video.getAttribute('src')).not.toBe(refused);

    const { src } = await expectPlays(video);
    expect(src).not.toBe(refused);
    expect(Date.parse(new URL(src).searchParams.get('se') ?? '')).toBeGreaterThan(Date.now());
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByText(/^This video link expires in/).waitFor();
  });
});
