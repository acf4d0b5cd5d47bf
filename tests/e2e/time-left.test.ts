// The time left of a task that reports no progress, in Chromium: how long the model's finished
// tasks took is kept in IndexedDB, so it is still known after a reload, once those tasks are
// gone from the list. A stand-in reseller on this machine serves bodies without progress.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../integration/server-harness';
import { addTasks, taskRow, uniqueSuffix, useBrowser, waitForStatus } from './browser';

const session = useBrowser();

/** Epoch seconds the reseller answers for each task; no progress field, as Veo gives none. */
const served = new Map<string, { createdAt: number; completedAt?: number }>();

let reseller: RunningServer;
beforeAll(async () => {
  const app = new Hono();
  app.use('*', cors({ origin: '*', allowHeaders: ['Authorization', 'Accept'] }));
  app.get('/v1/videos/:id', (c) => {
    const id = c.req.param('id');
    const task = served.get(id);
    if (!task) return c.json({ error: { message: 'not found' } }, 404);
    const done = task.completedAt !== undefined;
    return c.json({
      id,
      status: done ? 'completed' : 'processing',
      created_at: task.createdAt,
      completed_at: task.completedAt ?? 0,
      video_url: done ? 'https://cdn.example.test/fox.mp4' : '',
    });
  });
  reseller = await listen(app);
});
afterAll(() => reseller.close());

describe('the time left without progress', () => {
  it('rests on the model’s finished tasks, remembered across a reload', async () => {
    const { page } = session;
    const run = uniqueSuffix('eta');
    const now = Math.floor(Date.now() / 1000);
    const finished = [120, 150, 180].map((seconds, index) => {
      const id = `veo3.1-fast:1770000000-${run}${index}`;
      served.set(id, { createdAt: now - 3600, completedAt: now - 3600 + seconds });
      return id;
    });
    const running = `veo3.1-fast:1770000000-${run}run`;
    served.set(running, { createdAt: now - 30 });

    await page.goto('/settings');
    await page.getByLabel('Base URL').fill(reseller.origin);
    await page.getByLabel('API key').fill('sk-e2e-test');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.goto('/');
    await addTasks(page, finished.join('\n'));
    for (const id of finished) await waitForStatus(taskRow(page, id), 'Succeeded');
    // Out of the list, and the page reloaded: only what IndexedDB kept can tell.
    for (const id of finished) {
      await page.getByRole('button', { name: `Remove ${id}` }).click();
      await taskRow(page, id).waitFor({ state: 'detached' });
    }
    await page.reload();
    await addTasks(page, running);
    const row = taskRow(page, running);
    await row.getByText(/^usually 2–3 min · .+ min left$/).waitFor();

    await row.getByRole('link', { name: running, exact: true }).click();
    const timeLeft = page.getByRole('definition').filter({ hasText: 'earlier tasks' });
    expect(await timeLeft.textContent()).toMatch(
      /^.+ min left \(usually 2–3 min for veo3\.1-fast, from 3 earlier tasks; /,
    );
    const bar = page.getByRole('progressbar', { name: `Progress of ${running}` });
    expect(await bar.getAttribute('aria-valuenow')).toBeNull();
    const description = page.locator(
      `[id="${(await bar.getAttribute('aria-describedby')) ?? ''}"]`,
    );
    expect(await description.textContent()).toMatch(/^\d:\d\d elapsed · usually 2–3 min$/);
  });
});
