// Keeping and sharing the list in Chromium: Export's files bring the same list back after it is
// cleared, and a share link opened in a fresh browser shows its tasks and adds them only when
// asked, with no key anywhere in the link.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { asArray, at } from '../../src/lib/json-reader';
import { addTasks, connectToSimulator, taskRow, uniqueSuffix, useBrowser } from './browser';

const session = useBrowser();
const KEY = 'sk-e2e-transfer-never-shared';

const bar = (page: Page) => page.getByRole('region', { name: 'Selected tasks' });

/** The list as this browser keeps it: ids in order, with their batch and when they were added. */
async function storedList(page: Page): Promise<unknown[]> {
  const stored = await page.evaluate(() => localStorage.getItem('sora-dashboard:tasks'));
  const tasks: unknown = at(JSON.parse(stored ?? 'null'), 'state', 'tasks');
  return asArray(tasks).map((task) => ({
    id: at(task, 'id'),
    batch: at(task, 'batch'),
    addedAt: at(task, 'addedAt'),
  }));
}

async function rows(page: Page): Promise<string[]> {
  const labels = await page
    .getByRole('list', { name: 'Tasks' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  return labels.filter((label) => label.startsWith('Task ')).map((label) => label.slice(5));
}

async function putInBatch(page: Page, ids: string[], batch: string): Promise<void> {
  for (const id of ids) await page.getByRole('checkbox', { name: `Select ${id}` }).check();
  await bar(page).getByLabel('Batch for the selected').fill(batch);
  await bar(page).getByRole('button', { name: 'Set batch' }).click();
  await bar(page).getByRole('button', { name: 'Clear selection' }).click();
}

/** Select all, Export, and the file the button saves, as the browser downloads it. */
async function exportAs(page: Page, button: 'Download JSON' | 'Download CSV') {
  await page.getByRole('checkbox', { name: 'Select all' }).check();
  await bar(page).getByRole('button', { name: 'Export' }).click();
  const panel = page.getByRole('region', { name: /^Export \d+ tasks?$/ });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: button }).click(),
  ]);
  // Saved under its own name, as a person's browser would: Import names the file it read.
  const name = download.suggestedFilename();
  const path = join(await mkdtemp(join(tmpdir(), 'reelwatch-export-')), name);
  await download.saveAs(path);
  return { name, path, text: await readFile(path, 'utf8') };
}

async function clearList(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'Select all' }).check();
  await bar(page).getByRole('button', { name: 'Remove selected' }).click();
  await page.getByText('No tasks yet.', { exact: false }).waitFor();
}

describe('export and import', () => {
  it('brings back the same list, ids, order and batches, from the JSON and from the CSV', async () => {
    const { page } = session;
    await connectToSimulator(page, { apiKey: KEY });
    await page.goto('/');
    const run = uniqueSuffix('transfer');
    const ids = [
      `sora-2:task_demo_fast--${run}`,
      `veo3.1-fast:1770350082-trii1OXZc3--${run}`,
      `cgt-20260112093015-x7k2p--${run}`,
      `867283741759123456`,
    ];
    await addTasks(page, ids.join('\n'));
    for (const id of ids) await taskRow(page, id).waitFor();
    await putInBatch(page, [ids[0] ?? '', ids[2] ?? ''], 'cats, "at dusk"');
    await putInBatch(page, [ids[1] ?? ''], '=1+1 猫');
    const before = await storedList(page);
    expect(before).toEqual(ids.map((id) => expect.objectContaining({ id })));

    const json = await exportAs(page, 'Download JSON');
    expect(json.name).toMatch(/^reelwatch-tasks-\d{4}-\d\d-\d\d\.json$/);
    await page.getByRole('button', { name: 'Close' }).click();
    const csv = await exportAs(page, 'Download CSV');
    expect(csv.name).toMatch(/^reelwatch-tasks-\d{4}-\d\d-\d\d\.csv$/);
    for (const file of [json, csv]) expect(file.text).not.toContain(KEY);
    // Excel reads it as UTF-8 and never runs a cell as a formula.
    expect(csv.text.startsWith('\uFEFFid,batch,')).toBe(true);
    expect(csv.text).toContain(`${ids[1]},'=1+1 猫,`);

    for (const file of [json, csv]) {
      await clearList(page);
      expect(await storedList(page)).toEqual([]);
      await page.getByLabel('Import').setInputFiles(file.path);
      const report = page.getByRole('region', { name: `Imported “${file.name}”` });
      await report.getByText('Added 4 tasks.').waitFor();
      await expect.poll(() => rows(page)).toEqual(ids);
      expect(await storedList(page)).toEqual(before);
      await report.getByRole('button', { name: 'Close' }).click();
    }
  });
});

describe('a share link', () => {
  it('opened in a fresh browser shows the ids, adds them only when asked, and holds no key', async () => {
    const { page, context, baseUrl } = session;
    await connectToSimulator(page, { apiKey: KEY });
    await page.goto('/');
    const run = uniqueSuffix('share');
    const ids = [`sora-2:task_demo_fast--${run}`, `cgt-20260112093015-x7k2p--${run}`];
    await addTasks(page, ids.join('\n'));
    for (const id of ids) await taskRow(page, id).waitFor();
    await putInBatch(page, [ids[0] ?? ''], 'cats');
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await bar(page).getByRole('button', { name: 'Export' }).click();
    const field = page.getByRole('textbox', { name: 'Share link' });
    await expect.poll(() => field.inputValue()).toContain('/#share=');
    const link = await field.inputValue();
    expect(link).not.toContain(KEY);
    expect(new URL(link).search).toBe('');

    const browser = context.browser();
    if (!browser) throw new Error('No browser behind the context.');
    const fresh = await browser.newContext({ baseURL: baseUrl });
    try {
      const other = await fresh.newPage();
      const seen: string[] = [];
      other.on('request', (request) => seen.push(request.url()));
      await other.goto(link);
      const offer = other.getByRole('region', { name: 'A shared list of tasks' });
      await offer.getByText('The link lists 2 tasks. Nothing is added until you say so.').waitFor();
      const listed = offer.getByRole('region', { name: 'Tasks in the link' }).getByRole('listitem');
      expect(await listed.allTextContents()).toEqual([`${ids[0]}cats`, ids[1]]);
      // Nothing is added before the question is answered.
      expect(await other.getByRole('list', { name: 'Tasks' }).count()).toBe(0);

      await offer.getByRole('button', { name: 'Add 2 tasks' }).click();
      await offer.getByText('Added 2 tasks.').waitFor();
      for (const id of ids) await taskRow(other, id).waitFor();
      // The base URL is a question of its own: the key would go there.
      await offer.getByRole('button', { name: 'Use this base URL' }).click();
      await offer.getByText(/^The base URL is now http/).waitFor();
      await offer.getByRole('button', { name: 'Close' }).click();
      await offer.waitFor({ state: 'detached' });
      expect(new URL(other.url()).hash).toBe('');
      // The fragment never reached a server: no request carried it.
      expect(seen.filter((url) => url.includes('share='))).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
