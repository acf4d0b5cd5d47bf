// axe-core, the rules a screen-reader or keyboard user would trip over, on every screen
// (every-screen.ts) in both themes and both languages. axe's own script is put into the page (through the debugging
// protocol, which the page's Content-Security-Policy does not govern).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { everyScreen } from './every-screen';

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

describe.each(['en', 'zh-CN'] as const)('in %s', (locale) => {
  it('no screen has an axe-core violation, in the light theme or the dark', async () => {
    const { page } = session;
    const seen: string[] = [];
    await everyScreen(page, locale, async (screen) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        seen.push(...(await axeViolations(page, `${screen} (${colorScheme})`)));
      }
    });
    expect(seen).toEqual([]);
  });
});
