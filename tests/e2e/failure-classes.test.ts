import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTasks,
  recordChanges,
  taskRow,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
} from './browser';

const session = useBrowser();

/**
 * Settings, filled by hand with the simulator's address as `127.0.0.1` while the page is served
 * from `localhost`: the dashboard then calls the provider cross-origin, as it does in real use,
 * so a provider that sends no CORS headers is unreachable, as in real use.
 */
async function connectCrossOrigin(page: Page, baseUrl: string): Promise<string> {
  const providerOrigin = baseUrl.replace('//localhost:', '//127.0.0.1:');
  expect(providerOrigin, 'the page and the provider must differ in origin').not.toBe(baseUrl);
  await page.goto('/settings');
  await page.getByLabel('Base URL').fill(providerOrigin);
  await page.getByLabel('API key').fill('sk-e2e-classes');
  await page.getByLabel('Poll interval').fill('2');
  await page.getByLabel('Requests per second').fill('10');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  return providerOrigin;
}

/** Asks for a task once (starting its clock), then until the provider has forgotten it. */
async function letExpire(providerOrigin: string, id: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${providerOrigin}/v1/videos/${id}`, {
      headers: { Authorization: 'Bearer sk-e2e-classes' },
    });
    if (response.status === 404) return;
    if (Date.now() > deadline) throw new Error(`${id} never expired`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('every failure class', () => {
  it('is counted in the list, labelled on its row and explained on its page', async () => {
    const { page, baseUrl } = session;
    const run = uniqueSuffix('cls');
    const ids = {
      inputModeration: `sora-2:task_class_image_rejected--${run}`,
      outputModeration: `sora-2:task_demo_moderation--${run}`,
      quota: `video_class_insufficient_quota--${run}`,
      expired: `sora-2:task_class_expired--${run}`,
      timedOut: `sora-2:task_demo_failure--${run}`,
      unreachable: `sora-2:task_class_no_cors--${run}`,
      providerError: `sora-2:task_class_internal_error--${run}`,
    };
    const providerOrigin = await connectCrossOrigin(page, baseUrl);
    await letExpire(providerOrigin, ids.expired);

    // A task that keeps answering while the others have ended, so the counts are read again
    // and again, also while the unreachable one is being retried.
    const running = `sora-2:task_demo_slow--${run}`;
    await page.goto('/');
    await addTasks(page, [...Object.values(ids), running].join('\n'));

    // The status each row ends with, and the class its failure line starts with.
    const expected: [string, 'Failed' | 'Not found' | 'Error', string][] = [
      [ids.inputModeration, 'Failed', 'Input moderation: We currently do not support uploads'],
      [ids.outputModeration, 'Failed', 'Output moderation: This content may violate'],
      [ids.quota, 'Failed', 'Quota or billing: You exceeded your current quota'],
      [ids.expired, 'Not found', 'Expired or not found: Not found at any endpoint'],
      [ids.timedOut, 'Failed', 'Timed out: Generation failed: upstream worker timed out.'],
      [ids.unreachable, 'Error', `Unreachable: Could not reach ${providerOrigin}.`],
      [ids.providerError, 'Failed', 'Provider error: An internal error occurred'],
    ];
    for (const [id, status, line] of expected) {
      const row = taskRow(page, id);
      // The unreachable task is retried with back-off before its error stands.
      await waitForStatus(row, status, 60_000);
      const lineStart = new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      expect(await row.getByText(lineStart).count(), `${id}: "${line}…"`).toBe(1);
    }

    const causes = page.getByRole('region', { name: 'Failures by cause' });
    const readCounts = async () => (await causes.getByRole('listitem').allTextContents()).sort();
    const everyClassOnce = [
      '1 input moderation',
      '1 output moderation',
      '1 quota or billing',
      '1 expired or not found',
      '1 timed out',
      '1 unreachable',
      '1 provider error',
    ].sort();
    await expect.poll(readCounts, { timeout: 10_000 }).toEqual(everyClassOnce);
    // Each poll of the unreachable task is retried for seconds; it stays counted all along.
    await waitForStatus(taskRow(page, running), 'Running');
    const start = Date.now();
    const seen = await recordChanges(readCounts, () => Date.now() - start > 10_000);
    expect(seen).toEqual([everyClassOnce]);

    // The detail page explains the class and quotes the provider below it.
    await taskRow(page, ids.quota).getByRole('link', { name: ids.quota, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ids.quota, exact: true }).waitFor();
    const quota = page.getByRole('region', { name: 'Out of quota or credit', exact: true });
    await quota.getByText(/account’s balance, quota or plan/).waitFor();
    await quota.getByText('The provider said (code insufficient_quota):').waitFor();
    await quota.getByText(/^You exceeded your current quota, please check your plan/).waitFor();

    await page.goBack();
    const inputRow = taskRow(page, ids.inputModeration);
    await inputRow.getByRole('link', { name: ids.inputModeration, exact: true }).click();
    const input = page.getByRole('region', {
      name: 'Moderation refused the prompt or an input image',
      exact: true,
    });
    await input.getByText(/Reword the prompt or change the input images/).waitFor();
    await input
      .getByText(
        'We currently do not support uploads of images containing photorealistic people. Please try another image.',
        { exact: true },
      )
      .waitFor();

    await page.goBack();
    const errorRow = taskRow(page, ids.providerError);
    await errorRow.getByRole('link', { name: ids.providerError, exact: true }).click();
    const provider = page.getByRole('region', {
      name: 'The provider could not make this video',
      exact: true,
    });
    await provider
      .getByText(
        'An internal error occurred while generating your video. Please try again later.',
        { exact: true },
      )
      .waitFor();
  });
});
