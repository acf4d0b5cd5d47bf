// Being told, in Chromium: the browser grants notifications (the context's permission), and an
// init script wraps window.Notification before the app loads, recording every notification the
// page shows (and keeping the real one, so a click on it can be played back). A batch is told
// once when its last task ends, also while the tab is hidden (the polling tab keeps polling
// then, each task at most every 30 s), from one tab only, and never again after a reload.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setPageHidden } from '../../scripts/bench/page-probes';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
  type StatusLabel,
} from './browser';

const session = useBrowser();

interface Told {
  title: string;
  body: string;
}

declare global {
  interface Window {
    __told?: Told[];
    __notifications?: Notification[];
    __blocked?: string[];
  }
}

/** Runs in the page before its scripts: every notification is recorded, then shown for real. */
function recordNotifications(): void {
  const Real = window.Notification;
  const told: Told[] = [];
  const shown: Notification[] = [];
  window.__told = told;
  window.__notifications = shown;
  function Recorded(title: string, options?: NotificationOptions): Notification {
    told.push({ title, body: options?.body ?? '' });
    const notification = new Real(title, options);
    shown.push(notification);
    return notification;
  }
  Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
  Object.defineProperty(Recorded, 'requestPermission', {
    value: (...args: Parameters<typeof Real.requestPermission>) => Real.requestPermission(...args),
  });
  Recorded.prototype = Real.prototype;
  Object.defineProperty(window, 'Notification', { configurable: true, value: Recorded });
  // The badged icon is a data: URL: the Content-Security-Policy must let it load.
  window.__blocked = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__blocked?.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
  });
}

const told = (page: Page) => page.evaluate(() => window.__told ?? []);

async function allowNotifications(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['notifications']);
  await context.addInitScript(recordNotifications);
}

/** Settings → Notifications → "Notify me when tasks finish" (the page is on Settings). */
async function turnNotificationsOn(page: Page): Promise<void> {
  const notify = page.getByRole('checkbox', { name: 'Notify me when tasks finish' });
  await notify.check();
  expect(await notify.isChecked()).toBe(true);
}

/**
 * Puts the tasks in the list as one batch, by writing the list's storage before the list page
 * loads: the "Batch name" field beside "Add tasks" is not on main yet.
 */
async function openBatch(page: Page, ids: readonly string[], batch: string): Promise<void> {
  await page.evaluate(
    ({ ids, batch }) => {
      const now = Date.now();
      const tasks = ids.map((id) => ({ id, addedAt: now, editedAt: now, batch }));
      localStorage.setItem(
        'sora-dashboard:tasks',
        JSON.stringify({ state: { tasks, removed: {} }, version: 2 }),
      );
    },
    { ids, batch },
  );
  await page.goto('/');
}

async function waitForStatuses(page: Page, statuses: Record<string, StatusLabel>) {
  for (const [id, label] of Object.entries(statuses)) {
    await waitForStatus(taskRow(page, id), label, 60_000);
  }
}

describe('notifications', () => {
  it('tell of a finished batch once, from one tab, and a click opens the list of that batch', async () => {
    const { page, context } = session;
    await allowNotifications(context);
    await connectToSimulator(page, { remember: true });
    await turnNotificationsOn(page);
    const run = uniqueSuffix('notify');
    const done = `sora-2:task_demo_fast--${run}`;
    const failed = `sora-2:task_demo_failure--${run}`;
    await openBatch(page, [done, failed], 'cats');
    // A second tab of the dashboard: it shows the same, and tells nothing itself.
    const other = await context.newPage();
    await other.goto('/');

    await waitForStatuses(page, { [done]: 'Succeeded', [failed]: 'Failed' });
    await expect.poll(() => told(page), { timeout: 30_000 }).toHaveLength(1);
    expect(await told(page)).toEqual([
      { title: 'Batch “cats” finished', body: '1 succeeded, 1 failed' },
    ]);
    await waitForStatuses(other, { [done]: 'Succeeded', [failed]: 'Failed' });
    expect(await told(other)).toEqual([]);

    // A click focuses the tab and opens the list of that batch.
    await page.evaluate(() => window.__notifications?.[0]?.dispatchEvent(new Event('click')));
    await expect.poll(() => new URL(page.url()).search).toBe('?batch=cats');

    // After a reload the batch is as it was, and nothing of it is told again; a task added now
    // is (which shows the page was listening). The other tab goes first, or it would poll.
    await other.close();
    await page.reload();
    await waitForStatuses(page, { [done]: 'Succeeded', [failed]: 'Failed' });
    const next = `sora-2:task_demo_fast--${run}next`;
    await page.goto('/');
    await addTasks(page, next);
    await waitForStatus(taskRow(page, next), 'Succeeded', 60_000);
    await expect.poll(() => told(page), { timeout: 30_000 }).toHaveLength(1);
    expect(await told(page)).toEqual([
      { title: 'Task succeeded', body: expect.stringContaining(next) },
    ]);
  });

  it('tell of a batch that ends while the tab is hidden; the tab’s title and icon say so too', async () => {
    const { page, context } = session;
    await allowNotifications(context);
    await connectToSimulator(page, { remember: true });
    await turnNotificationsOn(page);
    const run = uniqueSuffix('hidden');
    const done = `sora-2:task_demo_fast--${run}`;
    const failing = `sora-2:task_demo_failure--${run}`;
    const asked = new Map<string, number[]>();
    page.on('request', (request) => {
      const url = decodeURIComponent(request.url());
      for (const id of [done, failing]) {
        if (url.includes(id)) asked.set(id, [...(asked.get(id) ?? []), Date.now()]);
      }
    });
    await openBatch(page, [done, failing], 'dogs');
    // Hidden at once: the first answers (queued: a fresh run starts when first asked) are heard
    // hidden or just before, and every later one only because notifications are on.
    await page.evaluate(setPageHidden, true);
    const hiddenAt = Date.now();
    await expect.poll(() => page.title()).toMatch(/^\(2\) /);

    await expect.poll(() => told(page), { timeout: 90_000 }).toHaveLength(1);
    expect(await told(page)).toEqual([
      { title: 'Batch “dogs” finished', body: '1 succeeded, 1 failed' },
    ]);
    // Still hidden: the title warns of the failure, and the icon carries a red badge.
    expect(await page.title()).toMatch(/^⚠ /);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(decodeURIComponent(icon ?? '')).toContain('fill="#dc2626"');
    expect(await page.evaluate(() => window.__blocked)).toEqual([]);
    // Each task was asked while hidden, but never twice within 30 s.
    for (const [id, times] of asked) {
      const hidden = times.filter((time) => time > hiddenAt);
      expect(hidden.length, id).toBeGreaterThan(0);
      const gaps = hidden.slice(1).map((time, i) => time - (hidden[i] ?? 0));
      expect(Math.min(...gaps, Infinity), id).toBeGreaterThanOrEqual(29_500);
    }

    // Looked at again: the warning goes, and the icon is the plain one (nothing runs).
    await page.evaluate(setPageHidden, false);
    await expect.poll(() => page.title()).toMatch(/^Tasks/);
    await expect
      .poll(() => page.locator('link[rel="icon"]').getAttribute('href'))
      .toBe('/favicon.svg');
  });
});
