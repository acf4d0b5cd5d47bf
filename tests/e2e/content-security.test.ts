// The page's Content-Security-Policy allows no inline script or style and loads only what it
// names: a screen that needed more would break for real users in silence. Every screen is
// visited with a listener for `securitypolicyviolation`, and none may fire.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
} from './browser';

const session = useBrowser();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Init script: keeps every CSP violation the page reports, from its first moment. */
function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations?.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

/** The violations seen on the page now, with the screen's name on each. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const seen = await page.evaluate(() => window.__cspViolations ?? []);
  return seen.map((violation) => `${screen}: ${violation}`);
}

describe('the content security policy', () => {
  it('is never violated on any screen', async () => {
    const { page, context } = session;
    await context.addInitScript(recordViolations);
    const seen: string[] = [];
    const visit = async (path: string, screen: string, ready: () => Promise<unknown>) => {
      await page.goto(path);
      await ready();
      seen.push(...(await violations(page, screen)));
    };

    await visit('/', 'empty list', () =>
      page.getByRole('button', { name: 'Try the demo' }).waitFor(),
    );
    await visit('/settings', 'settings', () =>
      page.getByRole('heading', { name: 'Settings' }).waitFor(),
    );
    await visit('/no/such/page', 'not found', () =>
      page.getByRole('heading', { name: 'Page not found' }).waitFor(),
    );

    await connectToSimulator(page);
    const run = uniqueSuffix('csp');
    const finished = `sora-2:task_demo_fast--${run}`;
    const failed = `sora-2:task_demo_failure--${run}`;
    const running = `sora-2:task_demo_slow--${run}`;
    await page.goto('/');
    await addTasks(page, [finished, failed, running].join('\n'));
    await waitForStatus(taskRow(page, finished), 'Succeeded', 60_000);
    await waitForStatus(taskRow(page, failed), 'Failed', 60_000);
    seen.push(...(await violations(page, 'full list')));
    // Pointing at a finished row plays its preview (a picture for the pointer only, so it has
    // a label but no role to find it by).
    await taskRow(page, finished).getByLabel(`Preview of ${finished}`, { exact: true }).hover();
    await page.getByLabel(`Video preview of ${finished}`).waitFor();
    seen.push(...(await violations(page, 'row preview')));

    const open = (id: string) => `/tasks/${encodeURIComponent(id)}`;
    await visit(open(running), 'running task', () =>
      page.getByRole('heading', { level: 1, name: running }).waitFor(),
    );
    await visit(open(failed), 'failed task', () =>
      page.getByRole('heading', { level: 1, name: failed }).waitFor(),
    );
    await visit(open(finished), 'finished task', async () => {
      const video = page.getByLabel(`Video of ${finished}`, { exact: true });
      await expect
        .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState))
        .toBeGreaterThanOrEqual(1);
    });
    expect(seen).toEqual([]);
  });
});
