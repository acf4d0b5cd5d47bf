import { describe, expect, it } from 'vitest';
import {
  addTasks,
  connectToSimulator,
  recordChanges,
  rowStatus,
  taskRow,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
} from './browser';

const session = useBrowser();

const MODERATION_REASON =
  'This content may violate our guardrails around nudity, sexuality, or erotic content.';
const FAILURE_REASON = 'Generation failed: upstream worker timed out.';

/** How many requests the simulator has answered for `id`, from its own record. */
async function requestsFor(id: string): Promise<number> {
  const stats: unknown = await (await fetch(`${session.baseUrl}/sim/stats`)).json();
  const tasks: unknown =
    typeof stats === 'object' && stats !== null && 'tasks' in stats ? stats.tasks : undefined;
  const task: unknown =
    typeof tasks === 'object' && tasks !== null && id in tasks
      ? Object.getOwnPropertyDescriptor(tasks, id)?.value
      : undefined;
  const requests: unknown =
    typeof task === 'object' && task !== null && 'requests' in task ? task.requests : undefined;
  return typeof requests === 'number' ? requests : 0;
}

describe('tasks that fail', () => {
  it('marks moderation and plain failures as Failed and explains them on the detail page', async () => {
    const { page } = session;
    const run = uniqueSuffix('fail');
    const moderated = `sora-2:task_demo_moderation--${run}`;
    const failed = `sora-2:task_demo_failure--${run}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, `${moderated}\n${failed}`);

    const moderatedRow = taskRow(page, moderated);
    const failedRow = taskRow(page, failed);
    await waitForStatus(moderatedRow, 'Failed');
    await waitForStatus(failedRow, 'Failed');
    await failedRow.getByText(FAILURE_REASON).waitFor();

    await moderatedRow.getByRole('link', { name: moderated, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: moderated, exact: true }).waitFor();
    const failure = page.getByRole('region', {
      name: 'The finished video was rejected by moderation',
    });
    await failure.waitFor();
    expect(await failure.getByText(MODERATION_REASON, { exact: true }).count()).toBe(1);

    const moderation = page.getByRole('region', { name: 'Moderation', exact: true });
    await moderation.getByText('Output rejected', { exact: true }).waitFor();
    await moderation.getByText('Yes: the finished video was rejected', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Timed out', exact: true }).count()).toBe(0);

    await page.goBack();
    await failedRow.getByRole('link', { name: failed, exact: true }).click();
    // "upstream worker timed out": classified as a timeout, with what to try next.
    const plain = page.getByRole('region', { name: 'Timed out', exact: true });
    await plain.getByText(/Submit again/).waitFor();
    await plain.getByText(FAILURE_REASON, { exact: true }).waitFor();
    expect(
      await page
        .getByRole('heading', { name: 'The finished video was rejected by moderation' })
        .count(),
    ).toBe(0);
  });

  it('shows a server error on its row without breaking the page', async () => {
    const { page, pageErrors } = session;
    const broken = `sora-2:task_fault_500--${uniqueSuffix('x')}`;
    const healthy = `sora-2:task_demo_fast--${uniqueSuffix('ok')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, `${broken} ${healthy}`);

    const brokenRow = taskRow(page, broken);
    // The client retries a 500 a few times with back-off before showing the error.
    await waitForStatus(brokenRow, 'Error', 60_000);
    await brokenRow.getByText(/HTTP 500/).waitFor();
    // The other task keeps polling to the end and the page keeps working.
    await waitForStatus(taskRow(page, healthy), 'Succeeded');
    await brokenRow.getByRole('button', { name: `Remove ${broken}` }).click();
    await brokenRow.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });

  // A task that never loaded used to flip back from "Error" to "Loading" on every re-poll.
  it('keeps showing the error while it polls again', async () => {
    const { page } = session;
    const broken = `sora-2:task_fault_500--${uniqueSuffix('steady')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, broken);
    const row = taskRow(page, broken);
    await waitForStatus(row, 'Error', 60_000);

    // Counted, not timed: watch the row until the simulator has answered two more requests
    // for the task (two more polls that fail), each a chance to flip back to "Loading".
    const asked = await requestsFor(broken);
    const statuses = await recordChanges(
      async () => ({ status: await rowStatus(row), again: (await requestsFor(broken)) - asked }),
      ({ again }) => again >= 2,
    );
    expect(new Set(statuses.map(({ status }) => status))).toEqual(new Set(['Error']));
  });

  it('shows Not found for an id the provider does not know', async () => {
    const { page } = session;
    const unknown = 'sora-2:task_doesnotexist';
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, unknown);
    const row = taskRow(page, unknown);
    await waitForStatus(row, 'Not found');
    expect(
      await row
        .getByRole('progressbar', { name: `Progress of ${unknown}` })
        .getAttribute('aria-valuenow'),
    ).toBe('0');
  });
});
