// The API key between tabs: a tab opened next to a working one takes its key over the tabs'
// channel, shows the live list without asking the provider itself, and "Forget key" in any tab
// empties every tab.
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTasks,
  connectToSimulator,
  progressValue,
  taskRow,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
} from './browser';

const session = useBrowser();
const STORAGE_KEY = 'sora-dashboard:api-key';

/** Counts this page's requests to the API: the simulator's /v1 paths, the proxy, or keyed. */
function countApiRequests(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (request: Request) => {
    const { pathname } = new URL(request.url());
    const keyed = request.headers()['authorization'] !== undefined;
    if (keyed || pathname.startsWith('/v1/') || pathname.startsWith('/proxy/')) counter.count += 1;
  });
  return counter;
}

function storedKey(page: Page): Promise<{ session: string | null; local: string | null }> {
  return page.evaluate(
    (name) => ({ session: sessionStorage.getItem(name), local: localStorage.getItem(name) }),
    STORAGE_KEY,
  );
}

function keyState(page: Page, words: 'key set' | 'no key') {
  return page.getByRole('banner').getByText(words);
}

describe('the key in several tabs', () => {
  it('reaches a tab opened next to a working one, and "Forget key" there empties both', async () => {
    const { page: first, context } = session;
    const key = `sk-e2e-${uniqueSuffix('shared')}`;
    const id = `sora-2:task_demo_slow--${uniqueSuffix('shared')}`;
    await connectToSimulator(first, { apiKey: key, remember: false });
    await first.goto('/');
    const firstRequests = countApiRequests(first);
    await addTasks(first, id);
    await waitForStatus(taskRow(first, id), 'Queued');

    const second = await context.newPage();
    const secondRequests = countApiRequests(second);
    await second.goto('/');
    // It holds the key as if it had been typed there with "Remember" off.
    await keyState(second, 'key set').waitFor();
    expect(await storedKey(second)).toEqual({ session: key, local: null });
    expect(await second.getByRole('button', { name: 'Try the demo' }).count()).toBe(0);
    expect(await second.getByText(/^No API key in this tab/).count()).toBe(0);
    expect(await second.getByRole('button', { name: `Refresh ${id}` }).isEnabled()).toBe(true);

    // The list lives in the second tab on what the first one reads.
    const row = taskRow(second, id);
    await waitForStatus(row, 'Running', 60_000);
    const bar = row.getByRole('progressbar', { name: `Progress of ${id}` });
    const seen = (await progressValue(bar)) ?? 0;
    await expect.poll(() => progressValue(bar), { timeout: 60_000 }).toBeGreaterThan(seen);
    const asked = firstRequests.count;
    await expect.poll(() => firstRequests.count, { timeout: 30_000 }).toBeGreaterThan(asked);
    expect(secondRequests.count, 'requests sent by the tab that does not lead').toBe(0);

    await second
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await second.getByRole('button', { name: 'Forget key' }).click();
    await second.getByRole('status').filter({ hasText: 'The key was removed' }).waitFor();

    await keyState(first, 'no key').waitFor();
    await first.getByText(/^No API key in this tab/).waitFor();
    expect(await storedKey(first)).toEqual({ session: null, local: null });
    expect(await storedKey(second)).toEqual({ session: null, local: null });
  });
});

describe('a first visit with no other tab open', () => {
  it('is offered the demo without waiting for an answer no tab can give', async () => {
    const { page } = session;
    // Time stands still: the question's one-second wait can never run out, so the demo offer
    // shows only if the page knows at once that no other tab is there to answer.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.goto('/');
    const demo = page.getByRole('button', { name: 'Try the demo' });
    await demo.waitFor();
    expect(await demo.isEnabled()).toBe(true);
    expect(
      await page
        .getByRole('banner')
        .getByText(/· no key$/)
        .count(),
    ).toBe(1);
  });

  it('still waits for the answer when another tab is open', async () => {
    const { page, context } = session;
    await page.goto('/');
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    const second = await context.newPage();
    await second.clock.install();
    await second.clock.pauseAt(Date.now() + 1000);
    await second.goto('/');
    await second
      .getByRole('banner')
      .getByText(/· asking other tabs for the key…$/)
      .waitFor();
    expect(await second.getByRole('button', { name: 'Try the demo' }).count()).toBe(0);
    await second.clock.resume();
    await second
      .getByRole('banner')
      .getByText(/· no key$/)
      .waitFor();
    expect(await second.getByText(/asking other tabs for the key…/).count()).toBe(0);
  });
});
