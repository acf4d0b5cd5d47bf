// The compare page in Chromium with the simulator's real MP4s: two finished demo tasks side by
// side, played, paused, sought and stepped from one control bar, and kept together meanwhile.
import type { Page } from 'playwright-core';
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

/**
 * The demo video's frame rate, as stated: server/media/demo.mp4 has 96 frames in 4 s (see
 * server/simulator/shapes/render-context.ts), and the reseller shape says `n_frames: 96` while
 * the task runs. The test checks the page read it so ("Frame 0 of 96") before relying on it.
 */
const FPS = 24;
const FRAME = 1 / FPS;

interface Playhead {
  time: number;
  paused: boolean;
  seeking: boolean;
}

/** Both videos' playheads, read in the same instant (one task of the page's event loop). */
function playheads(page: Page): Promise<Playhead[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('video')].map((video) => ({
      time: video.currentTime,
      paused: video.paused,
      seeking: video.seeking,
    })),
  );
}

function apart([a, b]: Playhead[]): number {
  if (!a || !b) throw new Error('The page does not show two videos.');
  return Math.abs(a.time - b.time);
}

/** Waits until every video's playhead passes `seconds` (they play). */
async function playedPast(page: Page, seconds: number): Promise<void> {
  await page.waitForFunction(
    (mark) => [...document.querySelectorAll('video')].every((video) => video.currentTime > mark),
    seconds,
  );
}

/** Waits until every video is paused with its seek done. */
async function settled(page: Page): Promise<Playhead[]> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('video')].every((video) => video.paused && !video.seeking),
  );
  return playheads(page);
}

/** Two fast demo tasks, added to the list and watched until they finish (so n_frames is known). */
async function twoFinishedDemos(page: Page): Promise<[string, string]> {
  const run = uniqueSuffix('compare');
  const ids: [string, string] = [
    `sora-2:task_demo_fast--${run}a`,
    `sora-2:task_demo_fast--${run}b`,
  ];
  await connectToSimulator(page);
  await page.goto('/');
  await addTasks(page, ids.join('\n'));
  for (const id of ids) await waitForStatus(taskRow(page, id), 'Succeeded', 60_000);
  return ids;
}

describe('the compare page', () => {
  it('plays, pauses, seeks and steps two videos together, within a frame', async () => {
    const { page } = session;
    const ids = await twoFinishedDemos(page);
    // As a person gets there: tick both on the list, then Compare on the bulk bar.
    for (const id of ids) await page.getByRole('checkbox', { name: `Select ${id}` }).check();
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare 2 tasks' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?ids=${ids.map(encodeURIComponent).join(',')}`);
    await expect.poll(() => page.title()).toBe('Compare 2 tasks · Reelwatch');
    for (const id of ids) {
      const column = page.getByRole('article', { name: id, exact: true });
      expect(await column.getByRole('link', { name: id }).getAttribute('href')).toBe(
        `/tasks/${encodeURIComponent(id)}`,
      );
      await column.getByText('Succeeded', { exact: true }).waitFor();
    }
    const bar = page.getByRole('toolbar', { name: 'Playback of every video' });
    await bar.getByText('Frame 0 of 96', { exact: true }).waitFor();

    await bar.getByRole('button', { name: 'Play' }).click();
    await bar.getByRole('button', { name: 'Pause' }).waitFor();
    // While playing: sampled as the playheads pass marks through the 4 s video.
    const expectTogether = async (marks: number[]) => {
      for (const mark of marks) {
        await playedPast(page, mark);
        const heads = await playheads(page);
        expect(heads.every((head) => !head.paused)).toBe(true);
        expect(apart(heads), `apart while playing, past ${mark} s`).toBeLessThanOrEqual(2 * FRAME);
      }
    };
    await expectTogether([0.4, 0.8]);
    // The follower (the second column) is knocked 0.3 s ahead, as a stall or a slow decoder
    // would put it: the clock pulls it back while both play.
    await page.evaluate(() => {
      const follower = document.querySelectorAll('video')[1];
      if (follower) follower.currentTime += 0.3;
    });
    await page.waitForFunction(
      (frames) => {
        const [a, b] = [...document.querySelectorAll('video')];
        return !!a && !!b && !b.seeking && Math.abs(a.currentTime - b.currentTime) <= frames;
      },
      2 * FRAME,
      { timeout: 2_500 },
    );
    await expectTogether([2.6, 3.1]);

    await bar.getByRole('button', { name: 'Pause' }).click();
    const paused = await settled(page);
    expect(apart(paused), 'apart after Pause').toBeLessThanOrEqual(FRAME);

    const slider = bar.getByRole('slider', { name: 'Seek' });
    await slider.fill('48');
    await bar.getByText('Frame 48 of 96', { exact: true }).waitFor();
    await bar.getByRole('button', { name: 'Next frame' }).click();
    await bar.getByText('Frame 49 of 96', { exact: true }).waitFor();
    const stepped = await settled(page);
    expect(apart(stepped), 'apart after seek and step').toBeLessThanOrEqual(FRAME);
    for (const head of stepped) expect(Math.floor(head.time * FPS)).toBe(49);

    // The keys, with the focus in the bar: `.` steps, Space plays and pauses.
    await slider.focus();
    await page.keyboard.press('.');
    await bar.getByText('Frame 50 of 96', { exact: true }).waitFor();
    for (const head of await settled(page)) expect(Math.floor(head.time * FPS)).toBe(50);
    await page.keyboard.press(' ');
    await bar.getByRole('button', { name: 'Pause' }).waitFor();
    await page.keyboard.press('k');
    await bar.getByRole('button', { name: 'Play' }).waitFor();
    expect(apart(await settled(page)), 'apart after K').toBeLessThanOrEqual(FRAME);
  });

  it('sets the columns side by side from 640 px, and stacks them below', async () => {
    const { page } = session;
    const ids = ['video_side_by_side_a', 'video_side_by_side_b'];
    await page.goto(`/compare?ids=${ids.join(',')}`);
    const [first, second] = ids.map((id) => page.getByRole('article', { name: id }));
    if (!first || !second) throw new Error('Two columns expected.');
    const box = async (column: typeof first) => {
      const found = await column.boundingBox();
      if (!found) throw new Error('A column is not shown.');
      return found;
    };
    await page.setViewportSize({ width: 800, height: 800 });
    await expect.poll(async () => (await box(second)).y).toBe((await box(first)).y);
    expect((await box(second)).x).toBeGreaterThan((await box(first)).x);
    await page.setViewportSize({ width: 639, height: 800 });
    await expect
      .poll(async () => (await box(second)).y)
      .toBeGreaterThanOrEqual((await box(first)).y + (await box(first)).height);
  });

  it('says what is wrong with the ids, links back to the list, and asks for nothing', async () => {
    const { page } = session;
    await connectToSimulator(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/v1/')) asked.push(request.url());
    });
    await page.goto(`/compare?ids=${encodeURIComponent('video_fine,<b>not an id</b>')}`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Cannot compare these tasks' }).waitFor();
    await alert.getByText('This is not a task id: “<b>not an id</b>”.').waitFor();
    await alert.getByRole('link', { name: 'task list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();

    await page.goto('/compare?ids=video_only_one');
    await page
      .getByText('Compare shows 2 to 4 different tasks side by side; this address names 1.')
      .waitFor();
    expect(asked).toEqual([]);
  });
});
