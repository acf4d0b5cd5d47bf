// Keeping videos in this browser, in Chromium with its real OPFS: a finished demo task's video
// is kept, the provider's link expires (a simulator of this file's own, on a clock the test
// moves: the shared server's runs on real time), and the video still plays from the kept copy;
// Settings lists it, and removing it frees the space. Also many at once through the list's
// bulk bar, and a media host that refuses browser downloads (no CORS).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createSimulator } from '../../server/simulator/create-simulator';
import { mediaDir } from '../../server/simulator/media-files';
import { FakeClock, listen, type RunningServer } from '../integration/server-harness';
import { addTasks, taskRow, uniqueSuffix, useBrowser, waitForStatus } from './browser';

const session = useBrowser();
const KEY = 'sk-e2e-kept';
const DEMO_BYTES = 131_435;
const WEEK_SECONDS = 7 * 24 * 60 * 60;

const clock = new FakeClock();
let sim: RunningServer;
/** A reseller whose videos live on a host that sends no CORS headers. */
let reseller: RunningServer;
let noCorsMedia: RunningServer;

beforeAll(async () => {
  // On the page's time to begin with, so its links read as valid for six days.
  clock.advanceSeconds((Date.now() - clock.now()) / 1000);
  sim = await listen(createApp({ simulator: createSimulator({ now: clock.now }), proxyAllow: [] }));

  const media = new Hono();
  const demo = readFileSync(join(mediaDir, 'demo.mp4'));
  media.get('/fox.mp4', (c) => c.body(demo, 200, { 'content-type': 'video/mp4' }));
  noCorsMedia = await listen(media);
  const api = new Hono();
  api.use('*', cors({ origin: '*', allowHeaders: ['Authorization', 'Accept'] }));
  api.get('/v1/videos/:id', (c) =>
    c.json({
      id: c.req.param('id'),
      object: 'video',
      status: 'completed',
      progress: 100,
      video_url: `${noCorsMedia.origin}/fox.mp4`,
    }),
  );
  reseller = await listen(api);
});
afterAll(async () => {
  await sim.close();
  await reseller.close();
  await noCorsMedia.close();
});

async function connectTo(page: Page, baseUrl: string): Promise<void> {
  await page.goto('/settings');
  await page.getByLabel('Base URL').fill(baseUrl);
  await page.getByLabel('API key').fill(KEY);
  await page.getByLabel('Poll interval').fill('2');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** A fast demo task of the simulator, already finished when the page first asks. */
async function finishedTask(label: string): Promise<string> {
  const id = `sora-2:task_demo_fast--${uniqueSuffix(label)}`;
  await fetch(`${sim.origin}/v1/videos/${encodeURIComponent(id)}`, {
    headers: { Authorization: `Bearer ${KEY}` },
  });
  clock.advanceSeconds(600);
  return id;
}

interface Playing {
  src: string;
  readyState: number;
}

/** Plays the video muted until its playhead has moved half a second; where it played from. */
async function expectPlays(video: Locator): Promise<Playing> {
  const before = await video.evaluate(async (element) => {
    if (!(element instanceof HTMLVideoElement)) throw new Error('"Video of …" is not a <video>.');
    element.muted = true;
    await element.play();
    return element.currentTime;
  });
  await expect
    .poll(
      () =>
        video.evaluate((element) => {
          if (!(element instanceof HTMLVideoElement)) throw new Error('Not a <video>.');
          if (element.error) throw new Error(`The video failed: ${element.error.message}`);
          return element.currentTime;
        }),
      { timeout: 15_000, interval: 200 },
    )
    .toBeGreaterThan(before + 0.5);
  return video.evaluate((element) => {
    if (!(element instanceof HTMLVideoElement)) throw new Error('Not a <video>.');
    return { src: element.currentSrc, readyState: element.readyState };
  });
}

/** The kept files as the page's origin private file system holds them: name and size. */
function keptFiles(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('kept-videos', { create: true });
    const sizes: number[] = [];
    for await (const handle of folder.values()) {
      if (handle instanceof FileSystemFileHandle) sizes.push((await handle.getFile()).size);
    }
    return sizes;
  });
}

function siteUsage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

describe('a video kept in this browser', () => {
  it('plays from the kept copy after the provider’s link has expired, until it is removed', async () => {
    const { page } = session;
    const id = await finishedTask('kept');
    await connectTo(page, sim.origin);
    await page.goto('/');
    await addTasks(page, id);
    const row = taskRow(page, id);
    await waitForStatus(row, 'Succeeded');
    await row.getByRole('link', { name: id, exact: true }).click();

    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    const link = (await expectPlays(video)).src;
    expect(link).toMatch(new RegExp(`^${sim.origin}/sim/media/demo\\.mp4\\?.*se=`));
    const usageBefore = await siteUsage(page);

    await page.getByRole('button', { name: 'Keep in this browser' }).click();
    await page.getByRole('button', { name: 'Remove from this browser' }).waitFor();
    expect(await page.getByRole('button', { name: 'Kept in this browser' }).isDisabled()).toBe(
      true,
    );
    await page.getByText(/^Playing the copy kept in this browser \(129 kB, kept /).waitFor();
    await expect.poll(() => video.getAttribute('src')).toMatch(/^blob:/);
    expect(await keptFiles(page)).toEqual([DEMO_BYTES]);

    // A week later on the provider's clock: its storage refuses the link.
    clock.advanceSeconds(WEEK_SECONDS);
    expect((await fetch(link)).status).toBe(403);
    const media: number[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(`${sim.origin}/sim/media/demo.mp4`))
        media.push(response.status());
    });

    await page.reload();
    await page.getByText(/^Playing the copy kept in this browser/).waitFor();
    const playing = await expectPlays(video);
    expect(playing.src).toMatch(/^blob:/);
    expect(playing.readyState).toBeGreaterThanOrEqual(2);
    // The expired link was never asked for: nothing failed, nothing was refreshed.
    expect(media).toEqual([]);
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('link', { name: 'Settings' }).click();
    const meter = page.getByRole('region', { name: 'Videos kept in this browser' });
    await meter.getByText('1 video takes 129 kB.').waitFor();
    const kept = meter.getByRole('list', { name: 'Kept videos' }).getByRole('listitem');
    expect(await kept.count()).toBe(1);
    expect(await kept.textContent()).toContain(`${id}129 kB`);
    await meter.getByText(/^This site stores .+ in this browser, which allows it .+\.$/).waitFor();
    const usageKept = await siteUsage(page);
    expect(usageKept - usageBefore).toBeGreaterThanOrEqual(DEMO_BYTES);

    await meter.getByRole('button', { name: `Remove ${id}` }).click();
    await meter.getByText(/^No videos are kept in this browser\./).waitFor();
    expect(await keptFiles(page)).toEqual([]);
    await expect.poll(() => siteUsage(page)).toBeLessThanOrEqual(usageKept - DEMO_BYTES);
  });

  it('keeps the finished videos of the selection from the list’s bulk bar', async () => {
    const { page } = session;
    const done = [await finishedTask('bulk-a'), await finishedTask('bulk-b')];
    const running = `sora-2:task_demo_slow--${uniqueSuffix('bulk-run')}`;
    await connectTo(page, sim.origin);
    await page.goto('/');
    await addTasks(page, [...done, running].join('\n'));
    for (const id of done) await waitForStatus(taskRow(page, id), 'Succeeded');

    await page.getByRole('checkbox', { name: 'Select all' }).check();
    const bar = page.getByRole('region', { name: 'Selected tasks' });
    await bar.getByRole('button', { name: 'Keep in this browser' }).click();
    const panel = page.getByRole('region', { name: 'Keep videos in this browser' });
    await panel.getByText('Finished: 2 of 3. Not kept yet: 2.').waitFor();
    await panel.getByRole('button', { name: 'Keep 2 videos' }).click();
    await panel.getByText('Kept 2 videos (257 kB).').waitFor();
    await panel.getByText('Skipped 1: not finished, or finished without a video.').waitFor();
    expect(await keptFiles(page)).toEqual([DEMO_BYTES, DEMO_BYTES]);

    await page.getByRole('link', { name: 'Settings' }).click();
    const meter = page.getByRole('region', { name: 'Videos kept in this browser' });
    await meter.getByText('2 videos take 257 kB.').waitFor();
    await meter.getByRole('button', { name: 'Remove all' }).click();
    await meter
      .getByRole('group', { name: /^Remove all 2 videos kept in this browser \(257 kB\)\?/ })
      .getByRole('button', { name: 'Remove 2 videos' })
      .click();
    await meter.getByText('Removed 2 videos (257 kB) from this browser.').waitFor();
    expect(await keptFiles(page)).toEqual([]);
  });

  it('says so, and offers the link, when the media host refuses a browser download', async () => {
    const { page } = session;
    const id = `video_${uniqueSuffix('nocors')}`;
    await connectTo(page, reseller.origin);
    await page.goto(`/tasks/${encodeURIComponent(id)}`);
    await page.getByRole('button', { name: 'Keep in this browser' }).click();
    await page
      .getByText(
        'Could not keep the video: The provider does not let this page read the file (no CORS headers), so it cannot be saved from here. Open the link in a new tab and save it from there.',
      )
      .waitFor();
    expect(
      await page.getByRole('link', { name: 'Open the link in a new tab' }).getAttribute('href'),
    ).toBe(`${noCorsMedia.origin}/fox.mp4`);
    expect(await page.getByRole('button', { name: 'Keep in this browser' }).isEnabled()).toBe(true);
    expect(await keptFiles(page)).toEqual([]);
  });
});
