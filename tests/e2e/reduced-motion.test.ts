// "Reduce motion" in the system settings stops what moves for show: the progress bars' sliding
// and pulsing. The numbers still change.
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

describe('with reduced motion asked for', () => {
  it('moves the progress bar without sliding it, and slides it again when allowed', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_slow--${uniqueSuffix('still')}`;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, id);
    const row = taskRow(page, id);
    await waitForStatus(row, 'Queued', 60_000);
    const fill = row
      .getByRole('progressbar', { name: `Progress of ${id}` })
      .locator('div')
      .first();
    await fill.waitFor();
    const motion = () =>
      fill.evaluate((element) => {
        const style = getComputedStyle(element);
        return { transition: style.transitionDuration, animation: style.animationName };
      });
    expect(await motion()).toEqual({ transition: '0s', animation: 'none' });

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(async () => (await motion()).transition).toBe('0.5s');
  });
});
