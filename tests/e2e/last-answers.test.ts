// What is known stays known: a reload shows each task's last answer at once, and finished tasks
// (succeeded, failed, not found) are never asked for again, except when the person asks.
import type { Page } from 'playwright-core';
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
  type StatusLabel,
} from './browser';

const session = useBrowser();

/** Every request this page sends for one of `ids`, by id, from now on. */
function requestsFor(page: Page, ids: readonly string[]): Map<string, number> {
  const counts = new Map(ids.map((id) => [id, 0]));
  page.on('request', (request) => {
    const url = decodeURIComponent(request.url());
    for (const id of ids) if (url.includes(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}

/** The ids whose last answer this browser has stored (what a reload starts from). */
function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('sora-dashboard-last-answers');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB would not open'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('answers')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('answers').objectStore('answers').getAllKeys();
          request.onsuccess = () => {
            db.close();
            resolve(request.result.map((key) => (Array.isArray(key) ? String(key[0]) : '')));
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
        };
      }),
  );
}

describe('after a reload', () => {
  it('shows finished tasks as they were at once and asks nothing for them', async () => {
    const { page } = session;
    const run = uniqueSuffix('known');
    const succeeded = `sora-2:task_demo_fast--${run}`;
    const failed = `sora-2:task_demo_failure--${run}`;
    const missing = `sora-2:task_nowhere_${run}`;
    const running = `sora-2:task_demo_slow--${run}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, [succeeded, failed, missing, running].join('\n'));
    await waitForStatus(taskRow(page, succeeded), 'Succeeded', 60_000);
    await waitForStatus(taskRow(page, failed), 'Failed', 60_000);
    await waitForStatus(taskRow(page, missing), 'Not found', 60_000);
    // A status change is written at once, but a reload in the same instant may still beat the
    // write: wait until this browser holds the three finished answers.
    await expect
      .poll(() => storedIds(page), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([succeeded, failed, missing]));

    const asked = requestsFor(page, [succeeded, failed, missing, running]);
    await page.reload();
    // The first status each row shows is the last known one: never "Loading" first.
    const firstSeen = async (id: string, label: StatusLabel) => {
      const seen = await recordChanges(
        () => rowStatus(taskRow(page, id)),
        (status) => status === label,
        { intervalMs: 20 },
      );
      return seen.filter((status) => status !== undefined);
    };
    expect(await firstSeen(succeeded, 'Succeeded')).toEqual(['Succeeded']);
    expect(await firstSeen(failed, 'Failed')).toEqual(['Failed']);
    expect(await firstSeen(missing, 'Not found')).toEqual(['Not found']);
    // Each row says how old what it shows is.
    await expect
      .poll(() => taskRow(page, succeeded).textContent())
      .toMatch(/Saved (just now|\d+ s ago|\d+ min ago)/);

    // The running task is asked again on its schedule; by then the others would have been too.
    await expect.poll(() => asked.get(running), { timeout: 30_000 }).toBeGreaterThan(1);
    expect(asked.get(succeeded)).toBe(0);
    expect(asked.get(failed)).toBe(0);
    expect(asked.get(missing)).toBe(0);

    // Refresh is the person's way to ask again.
    await taskRow(page, succeeded)
      .getByRole('button', { name: `Refresh ${succeeded}` })
      .click();
    await expect.poll(() => asked.get(succeeded)).toBe(1);
  });

  it('asks an old finished task once more when its stored video link has expired', async () => {
    const { page } = session;
    const id = `sora-2:task_demo_expiring_link--${uniqueSuffix('stale-link')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, id);
    // The list keeps the first finished answer, whose link expired a day ago.
    await waitForStatus(taskRow(page, id), 'Succeeded', 60_000);
    await expect.poll(() => storedIds(page), { timeout: 30_000 }).toContain(id);

    const asked = requestsFor(page, [id]);
    const media: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/sim/media/demo.mp4')) media.push(response.status());
    });
    await page.reload();
    await waitForStatus(taskRow(page, id), 'Succeeded');
    expect(asked.get(id)).toBe(0);

    await taskRow(page, id).getByRole('link', { name: id, exact: true }).click();
    const video = page.getByLabel(`Video of ${id}`, { exact: true });
    await expect.poll(() => media.includes(403), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState))
      .toBeGreaterThanOrEqual(1);
    expect(media.at(-1)).not.toBe(403);
    // Asked once for a fresh link ("/content" requests of the page excluded: none here).
    expect(asked.get(id)).toBe(1);
  });
});
