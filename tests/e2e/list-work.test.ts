// Everyday work on a list in Chromium: a view opened from its address, many tasks removed and
// brought back with one Undo, and the keyboard shortcuts (issue 12, parts 1, 2 and 8).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addTasks, connectToSimulator, taskRow, uniqueSuffix, useBrowser } from './browser';

const session = useBrowser();

async function listWith(page: Page, ids: string[]): Promise<void> {
  await connectToSimulator(page);
  await page.goto('/');
  await addTasks(page, ids.join('\n'));
  for (const id of ids) await taskRow(page, id).waitFor();
}

function shownIds(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Tasks' })
    .getByRole('listitem')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')?.slice(5) ?? ''));
}

/** A fast, a slow and a failing demo task, each with its own clock. */
function ids(label: string): [string, string, string] {
  const suffix = uniqueSuffix(label);
  const id = (kind: string) => `sora-2:task_demo_${kind}--${suffix}`;
  return [id('fast'), id('slow'), id('failure')];
}

describe('working on a list', () => {
  it('opens a search and a batch from the address, with nothing asked for filtering', async () => {
    const { page, baseUrl } = session;
    const [fast, slow, failure] = ids('find');
    await connectToSimulator(page);
    await page.goto('/');
    await page.getByLabel('Task IDs').fill(`${fast}\n${slow}`);
    await page.getByLabel('Batch name').fill('two of them');
    await page.getByRole('button', { name: 'Add tasks' }).click();
    await addTasks(page, failure);
    await taskRow(page, failure).waitFor();

    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(baseUrl) && request.url().includes('/v1/')) {
        requests.push(request.url());
      }
    });
    await page.goto('/?q=DEMO_slow');
    await expect.poll(() => shownIds(page)).toEqual([slow]);
    await expect(page.getByRole('searchbox', { name: 'Search' }).inputValue()).resolves.toBe(
      'DEMO_slow',
    );
    await page.goto('/?batch=two+of+them&sort=status');
    await expect.poll(() => shownIds(page)).toHaveLength(2);
    expect((await shownIds(page)).sort()).toEqual([fast, slow].sort());
    // Reloads are answered from the tasks' last answers, and filtering itself asks nothing:
    // what went out is at most each unfinished task's own poll.
    const before = requests.length;
    await page.getByRole('searchbox', { name: 'Search' }).fill('zzz nothing');
    await page.getByText('No task matches this filter.').waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(() => shownIds(page)).toHaveLength(2);
    const filteringRequests = requests
      .slice(before)
      .filter((url) => !url.includes('task_demo_slow'));
    expect(filteringRequests).toEqual([]);
  });

  it('removes the selected tasks and brings them back with one Undo', async () => {
    const { page } = session;
    const all = ids('bulk');
    const [fast, slow, failure] = all;
    await listWith(page, all);
    await page.getByRole('checkbox', { name: `Select ${fast}` }).check();
    await page.getByRole('checkbox', { name: `Select ${failure}` }).check();
    const bar = page.getByRole('region', { name: 'Selected tasks' });
    await bar.getByText('2 selected').waitFor();
    await bar.getByRole('button', { name: 'Remove selected' }).click();
    await expect.poll(() => shownIds(page)).toEqual([slow]);
    await page.getByText('Removed 2 tasks.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => shownIds(page)).toEqual(all);
    // Undo is kept: the list after a reload is the whole list.
    await page.reload();
    await expect.poll(() => shownIds(page)).toEqual(all);
  });

  it('moves, selects, searches and opens with single keys, and they can be turned off', async () => {
    const { page } = session;
    const all = ids('keys');
    const [fast, slow] = all;
    await listWith(page, all);
    await page.locator('body').click({ position: { x: 1, y: 1 } });

    await page.keyboard.press('j');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(fast);
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await expect(page.getByRole('checkbox', { name: `Select ${slow}` }).isChecked()).resolves.toBe(
      true,
    );
    await page.keyboard.press('k');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(fast);

    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await expect.poll(() => search.evaluate((box) => box === document.activeElement)).toBe(true);
    // Typing in a field is typing: "j" goes into the search, it moves nothing.
    await page.keyboard.type('jx');
    await expect(search.inputValue()).resolves.toBe('jx');
    await search.fill('');

    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await help.getByRole('checkbox', { name: 'Single-key shortcuts (all but Enter)' }).uncheck();
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'hidden' });
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('A');
    await expect(help.isVisible()).resolves.toBe(false);

    // Enter on a row's link opens it, shortcuts or not.
    await taskRow(page, fast).getByRole('link', { name: fast, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: fast, exact: true }).waitFor();
  });
});
