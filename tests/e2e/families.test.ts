// One task of every family the resellers serve (Gemini operations aside), pasted together into
// the built app in Chromium against the simulator: each is found at its own Query endpoint and
// reaches its end state, the Veo video plays, and the Seedance refusal is explained.
import { describe, expect, it } from 'vitest';
import { freshInstanceId } from '../../server/simulator/task-id';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  useBrowser,
  waitForStatus,
  type StatusLabel,
} from './browser';

const session = useBrowser();

/** A fresh run of a catalogue task: six digits, a new clock on the simulator. */
function fresh(entryId: string): string {
  const run = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
  return freshInstanceId(entryId, run);
}

describe('every family', () => {
  it('is found at its own endpoint, reaches its state, plays or explains itself', async () => {
    const { page } = session;
    await connectToSimulator(page);
    // At the simulator's 4× speed every task ends within a few seconds; ten tasks at the default
    // two requests per second would take turns too slowly to see each one run.
    await page.getByLabel('Requests per second').fill('10');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const tasks: { id: string; status: StatusLabel; model: string }[] = [
      { id: fresh('veo3.1-fast:1770350082-trii1OXZc3'), status: 'Succeeded', model: 'veo3.1-fast' },
      {
        id: fresh('grok:eee6faa8-9dee-455c-aa82-02ac623adf3a'),
        status: 'Succeeded',
        model: 'grok',
      },
      {
        id: fresh('video_6a0f3c2e-8d41-4b7a-9e15-2c7d9b0f4e83'),
        status: 'Succeeded',
        model: 'veo-3.1-fast',
      },
      {
        id: fresh('task_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO'),
        status: 'Succeeded',
        model: 'kling-v2-1',
      },
      // new-api's flat variant names no model either, and its id carries none.
      { id: fresh('task_CsMehGAkWvj7FAc9QeWJKY40uvSwMFLZ'), status: 'Failed', model: '' },
      {
        id: fresh('cgt-20260112094422-m4q9d'),
        status: 'Failed',
        model: 'doubao-seedance-2-0-260128',
      },
      { id: fresh('867283741759111202'), status: 'Succeeded', model: 'kling' },
      { id: fresh('c9f2a7e1-4b3d-4e8a-9f06-1d5b7c3e2a98'), status: 'Cancelled', model: 'wan' },
      { id: fresh('314052875571396'), status: 'Succeeded', model: 'minimax-hailuo' },
      // OpenRouter names no model, and its path is a router's, not a vendor's.
      { id: fresh('job-p1n7d52ksy'), status: 'Expired', model: '' },
    ];
    await page.goto('/');
    await addTasks(page, tasks.map((task) => task.id).join('\n'));

    for (const task of tasks) {
      const row = taskRow(page, task.id);
      await waitForStatus(row, task.status, 60_000);
      // OpenRouter's row names no model; every other row names the one its answer or path gives.
      await expect
        .poll(() => row.getByText(/^Model \S/).allTextContents(), { timeout: 10_000 })
        .toEqual(task.model === '' ? [] : [`Model ${task.model}`]);
    }

    // The Veo task: found at the unified endpoint, and its video plays.
    const veo = tasks[0]?.id ?? '';
    await taskRow(page, veo).getByRole('link', { name: veo, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: veo, exact: true }).waitFor();
    await page.getByRole('term').filter({ hasText: 'Answered at' }).waitFor();
    await page.getByRole('definition').filter({ hasText: '/v1/video/query?id={id}' }).waitFor();
    const video = page.getByLabel(`Video of ${veo}`, { exact: true });
    const before = await video.evaluate(async (element) => {
      if (!(element instanceof HTMLVideoElement)) throw new Error('not a <video>');
      element.muted = true;
      await element.play();
      return element.currentTime;
    });
    await expect
      .poll(
        () =>
          video.evaluate((element) =>
            element instanceof HTMLVideoElement ? element.currentTime : -1,
          ),
        { timeout: 15_000, interval: 200 },
      )
      .toBeGreaterThan(before + 0.5);

    // The Seedance refusal: the class, what to try, and the provider's words with its code.
    const seedance = tasks[5]?.id ?? '';
    await page.goto(`/tasks/${encodeURIComponent(seedance)}`);
    await page
      .getByRole('heading', { name: 'The finished video was rejected by moderation' })
      .waitFor();
    const said = page.getByRole('figure').filter({
      hasText: 'The provider said (code OutputVideoSensitiveContentDetected):',
    });
    await said
      .getByText('The request failed because the output video may contain sensitive information.')
      .waitFor();
  });
});
