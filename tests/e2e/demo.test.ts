import { describe, expect, it } from 'vitest';
import { progressValue, recordChanges, rowStatus, taskRow, useBrowser } from './browser';

const session = useBrowser();

/** The simulator's own list of demo tasks, read straight from the server: each one's fresh-run name. */
async function demoNames(baseUrl: string): Promise<RegExp[]> {
  const response = await fetch(`${baseUrl}/sim/catalogue`);
  const body: unknown = await response.json();
  const tasks = typeof body === 'object' && body !== null && 'tasks' in body ? body.tasks : [];
  if (!Array.isArray(tasks)) throw new Error('The catalogue has no task list.');
  return tasks.flatMap((entry: unknown) =>
    typeof entry === 'object' &&
    entry !== null &&
    'demo' in entry &&
    entry.demo === true &&
    'fresh' in entry &&
    typeof entry.fresh === 'string'
      ? [new RegExp(`^Task ${escapeRegExp(entry.fresh).replace('\\{run\\}', '\\d{6}')}$`)]
      : [],
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the demo', () => {
  it('is offered on a first visit and lists every demo task', async () => {
    const { page, baseUrl } = session;
    const expected = await demoNames(baseUrl);
    // A mix of models: Sora 2 and the families that replaced it.
    for (const sample of [
      'Task sora-2:task_demo_fast--123456',
      'Task veo3.1-fast:1770350082-trii1OXZc3--123456',
      'Task cgt-20260112093015-x7k2p--123456',
      'Task 867283741759123456',
    ]) {
      expect(
        expected.some((name) => name.test(sample)),
        sample,
      ).toBe(true);
    }

    await page.goto('/');
    await page.getByRole('button', { name: 'Try the demo' }).click();

    const list = page.getByRole('list', { name: 'Tasks' });
    for (const name of expected) {
      const row = list.getByRole('listitem', { name });
      await row.waitFor();
      expect(await row.count(), `rows for ${name}`).toBe(1);
    }
    expect(await list.getByRole('listitem').count()).toBe(expected.length);
    // Connected: the offer is gone once the demo key is in place, and the focus went with it to
    // the list of the tasks it added, not to <body>.
    await page.getByRole('button', { name: 'Try the demo' }).waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Tasks');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  });

  it('shows the fast task queue, run with a moving progress bar, and succeed', async () => {
    const { page } = session;
    // The simulator runs 4× faster in these tests: poll every 2 s so every phase is seen, with
    // a request budget that lets every demo task be polled that often.
    await page.goto('/settings');
    await page.getByLabel('Poll interval').fill('2');
    await page.getByLabel('Requests per second').fill('10');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.getByRole('link', { name: 'Tasks', exact: true }).click();
    await page.getByRole('button', { name: 'Try the demo' }).click();

    const fastLink = page.getByRole('link', { name: /^sora-2:task_demo_fast--/ });
    const fastId = await fastLink.textContent();
    if (!fastId) throw new Error('The fast demo task has no link.');
    const row = taskRow(page, fastId);
    const bar = row.getByRole('progressbar', { name: `Progress of ${fastId}` });

    const samples = await recordChanges(
      async () => ({ status: await rowStatus(row), progress: await progressValue(bar) }),
      (sample) => sample.status === 'Succeeded',
      { timeoutMs: 60_000 },
    );

    const statuses = samples
      .map((sample) => sample.status)
      .filter((status, i, all) => status !== all[i - 1]);
    const known = statuses.filter((status) => status !== 'Loading' && status !== undefined);
    expect(known).toEqual(['Queued', 'Running', 'Succeeded']);

    const progress = samples.flatMap((sample) =>
      sample.progress === undefined ? [] : [sample.progress],
    );
    for (let i = 1; i < progress.length; i += 1) {
      expect(progress[i], `progress went back: ${progress.join(' → ')}`).toBeGreaterThanOrEqual(
        progress[i - 1] ?? 0,
      );
    }
    const whileRunning = samples
      .filter((sample) => sample.status === 'Running')
      .map((sample) => sample.progress);
    expect(whileRunning.length, 'distinct progress values while running').toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toBe(100);
  });
});
