// axe-core, the rules a screen-reader or keyboard user would trip over, on every screen in both
// themes: the list empty and full, a running, a failed and a finished task, settings, and a
// page that does not exist. axe's own script is put into the page (through the debugging
// protocol, which the page's Content-Security-Policy does not govern).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
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
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

declare global {
  interface Window {
    axe?: typeof Axe;
  }
}

/** Each violation as "screen: rule (impact) at selector", so a failure names what to fix. */
async function axeViolations(page: Page, screen: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load.');
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact ?? 'unrated'}) at ${node.target.join(' ')}`,
      ),
    );
  });
  return found.map((violation) => `${screen}: ${violation}`);
}

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it('no screen has an axe-core violation', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme });
    const seen: string[] = [];
    const visit = async (path: string, screen: string, ready: () => Promise<unknown>) => {
      await page.goto(path);
      await ready();
      seen.push(...(await axeViolations(page, screen)));
    };

    await visit('/', 'empty list', () =>
      page.getByRole('button', { name: 'Try the demo' }).waitFor(),
    );
    await visit('/no/such/page', 'not found', () =>
      page.getByRole('heading', { name: 'Page not found' }).waitFor(),
    );

    await connectToSimulator(page);
    seen.push(...(await axeViolations(page, 'settings')));
    const run = uniqueSuffix(`axe-${colorScheme}`);
    const finished = `sora-2:task_demo_fast--${run}`;
    const failed = `sora-2:task_demo_moderation--${run}`;
    const running = `sora-2:task_demo_slow--${run}`;
    await page.goto('/');
    await addTasks(page, [finished, failed, running].join('\n'));
    await waitForStatus(taskRow(page, finished), 'Succeeded', 60_000);
    await waitForStatus(taskRow(page, failed), 'Failed', 60_000);
    seen.push(...(await axeViolations(page, 'full list')));

    const open = (id: string) => `/tasks/${encodeURIComponent(id)}`;
    await visit(open(running), 'running task', () =>
      page.getByRole('heading', { level: 1, name: running }).waitFor(),
    );
    await visit(open(failed), 'failed task', () =>
      page.getByRole('region', { name: 'Moderation', exact: true }).waitFor(),
    );
    await visit(open(finished), 'finished task', () =>
      page.getByLabel(`Video of ${finished}`, { exact: true }).waitFor(),
    );
    expect(seen).toEqual([]);
  });
});
