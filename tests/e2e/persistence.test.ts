import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addTasks, connectToSimulator, taskRow, uniqueSuffix, useBrowser } from './browser';

const session = useBrowser();

function listedIds(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Tasks' }).getByRole('link').allTextContents();
}

interface Stored {
  session: string[];
  local: string[];
}

/** Every value the page keeps in its two web storages. */
function storedValues(page: Page): Promise<Stored> {
  return page.evaluate(() => {
    const values = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i) ?? '') ?? '');
    return { session: values(sessionStorage), local: values(localStorage) };
  });
}

/** True when the list page offers the demo, which it does only without a key. */
async function offersDemo(page: Page): Promise<boolean> {
  await page.getByLabel('Task IDs').waitFor();
  return (await page.getByRole('button', { name: 'Try the demo' }).count()) > 0;
}

describe('what survives a reload', () => {
  it('keeps the list in order, and Undo puts a removed task back in place', async () => {
    const { page } = session;
    const run = uniqueSuffix('keep');
    const ids = [
      `sora-2:task_demo_fast--${run}`,
      `video_demo_official--${run}`,
      `sora-2:task_demo_slow--${run}`,
    ];
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, ids.join('\n'));
    await taskRow(page, ids[2] ?? '').waitFor();
    expect(await listedIds(page)).toEqual(ids);

    await page.reload();
    await taskRow(page, ids[0] ?? '').waitFor();
    expect(await listedIds(page)).toEqual(ids);

    const middle = ids[1] ?? '';
    await page.getByRole('button', { name: `Remove ${middle}` }).click();
    await taskRow(page, middle).waitFor({ state: 'detached' });
    expect(await listedIds(page)).toEqual([ids[0], ids[2]]);

    await page.getByRole('button', { name: 'Undo' }).click();
    await taskRow(page, middle).waitFor();
    expect(await listedIds(page)).toEqual(ids);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);

    await page.reload();
    await taskRow(page, ids[0] ?? '').waitFor();
    expect(await listedIds(page)).toEqual(ids);
  });

  it('keeps a removed task removed after a reload', async () => {
    const { page } = session;
    const run = uniqueSuffix('gone');
    const kept = `sora-2:task_demo_fast--${run}`;
    const removed = `sora-2:task_demo_slow--${run}`;
    await page.goto('/');
    await addTasks(page, `${kept} ${removed}`);
    await page.getByRole('button', { name: `Remove ${removed}` }).click();
    await taskRow(page, removed).waitFor({ state: 'detached' });

    await page.reload();
    await taskRow(page, kept).waitFor();
    expect(await listedIds(page)).toEqual([kept]);
  });
});

describe('the API key', () => {
  it('stays in the open tabs only, unless "Remember on this device" is checked', async () => {
    const { page, context } = session;
    const key = `sk-e2e-${uniqueSuffix('tab')}`;
    await connectToSimulator(page, { apiKey: key });

    let stored = await storedValues(page);
    expect(stored.session).toContain(key);
    expect(stored.local.filter((value) => value.includes(key))).toEqual([]);

    await page.goto('/');
    expect(await offersDemo(page), 'same tab after navigation').toBe(false);
    await page.reload();
    expect(await offersDemo(page), 'same tab after a reload').toBe(false);
    // Another tab asks this one for the key, and keeps it for this tab's life too.
    const otherTab = await context.newPage();
    await otherTab.goto('/');
    await otherTab.getByRole('banner').getByText('key set').waitFor();
    expect(await offersDemo(otherTab), 'another tab with the shared key').toBe(false);
    stored = await storedValues(otherTab);
    expect(stored.session).toContain(key);
    expect(stored.local.filter((value) => value.includes(key))).toEqual([]);
    await otherTab.close();

    await connectToSimulator(page, { apiKey: key, remember: true });
    stored = await storedValues(page);
    expect(stored.local).toContain(key);
    expect(stored.session.filter((value) => value.includes(key))).toEqual([]);
    const rememberingTab = await context.newPage();
    await rememberingTab.goto('/');
    expect(await offersDemo(rememberingTab), 'another tab shares a remembered key').toBe(false);
    await rememberingTab.close();

    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.getByRole('status').filter({ hasText: 'The key was removed' }).waitFor();
    stored = await storedValues(page);
    expect([...stored.session, ...stored.local].filter((value) => value.includes(key))).toEqual([]);
  });

  it('is sent as a Bearer header and never appears in a URL', async () => {
    const { page, baseUrl } = session;
    const key = `sk-e2e-${uniqueSuffix('url')}`;
    const id = `sora-2:task_demo_fast--${uniqueSuffix('url')}`;
    const urls: string[] = [];
    const authorised: Request[] = [];
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    page.on('request', (request) => {
      urls.push(request.url());
      if (request.headers()['authorization'] === `Bearer ${key}`) authorised.push(request);
    });

    await connectToSimulator(page, { apiKey: key });
    urls.push(page.url());
    await page.getByRole('link', { name: 'Tasks', exact: true }).click();
    await addTasks(page, id);
    await taskRow(page, id).getByRole('link', { name: id, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: id, exact: true }).waitFor();
    urls.push(page.url());
    await page.goBack();
    await page.getByLabel('Task IDs').waitFor();
    urls.push(page.url());

    expect(authorised.length, 'requests that carried the key').toBeGreaterThan(0);
    expect(authorised.every((request) => request.url().startsWith(`${baseUrl}/v1/`))).toBe(true);
    expect(urls.filter((url) => url.includes(key))).toEqual([]);
    expect(urls.filter((url) => url.includes(encodeURIComponent(key)))).toEqual([]);
  });
});
