// A tour of every screen a person meets, in one language: the list empty, a page that does not
// exist, settings, the list full (then with every task selected, the bulk bar's Export open, and
// the keyboard shortcuts' help), a running, a failed and a finished task, the three of them
// compared side by side, and the finished one's video kept in this browser with the storage
// meter that lists it. The tests that check something of every screen (axe, the words of each
// language, the phone's layout) take it, so a new screen is added here once. The tasks are set
// up in English (the helpers of browser.ts read English), then each screen is opened in the
// language of the tour, as a person who chose it in the header would see it after a reload.
import type { Page } from 'playwright-core';
import catalog from '../../src/lib/locales/zh-CN';
import type { Locale } from '../../src/lib/i18n';
import { addTasks, connectToSimulator, taskRow, uniqueSuffix, waitForStatus } from './browser';

export type Screen =
  | 'empty list'
  | 'not found'
  | 'settings'
  | 'full list'
  | 'selection'
  | 'shortcuts'
  | 'running task'
  | 'failed task'
  | 'finished task'
  | 'compare'
  | 'kept video'
  | 'kept videos';

/** `message` as the page shows it in `locale`. */
export function say(locale: Locale, message: string): string {
  if (locale === 'en') return message;
  const translated = catalog[message];
  if (translated === undefined) throw new Error(`The zh-CN catalog has no "${message}".`);
  return translated;
}

/** The language the header's switch would have chosen, for every page opened after this. */
async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  if (!page.url().startsWith('http')) await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('sora-dashboard:locale', value), locale);
}

export interface Tour {
  /** The ids of the tour's tasks (shown on the page as data, in every language). */
  ids: { finished: string; failed: string; running: string };
}

/**
 * Opens every screen in `locale` and calls `check` on each, ready to be read. The page's context
 * must be fresh (no settings yet).
 */
export async function everyScreen(
  page: Page,
  locale: Locale,
  check: (screen: Screen, tour: Tour) => Promise<void>,
): Promise<Tour> {
  const run = uniqueSuffix(`tour-${locale}`);
  const tour: Tour = {
    ids: {
      finished: `sora-2:task_demo_fast--${run}`,
      failed: `sora-2:task_demo_moderation--${run}`,
      running: `sora-2:task_demo_slow--${run}`,
    },
  };
  const inLanguage = () =>
    page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  const visit = async (path: string, screen: Screen, ready: () => Promise<unknown>) => {
    await page.goto(path);
    await inLanguage();
    await ready();
    await check(screen, tour);
  };

  await chooseLanguage(page, locale);
  await visit('/', 'empty list', () =>
    page.getByRole('button', { name: say(locale, 'Try the demo') }).waitFor(),
  );
  await visit('/no/such/page', 'not found', () =>
    page.getByRole('heading', { name: say(locale, 'Page not found') }).waitFor(),
  );

  await chooseLanguage(page, 'en');
  await connectToSimulator(page);
  const { finished, failed, running } = tour.ids;
  await page.goto('/');
  await addTasks(page, [finished, failed, running].join('\n'));
  await waitForStatus(taskRow(page, finished), 'Succeeded', 60_000);
  await waitForStatus(taskRow(page, failed), 'Failed', 60_000);
  await chooseLanguage(page, locale);

  await visit('/settings', 'settings', () =>
    page.getByRole('heading', { level: 1, name: say(locale, 'Settings') }).waitFor(),
  );
  await visit('/', 'full list', () =>
    page.getByRole('link', { name: finished, exact: true }).waitFor(),
  );
  await page.getByRole('checkbox', { name: say(locale, 'Select all') }).check();
  await page
    .getByRole('region', { name: say(locale, 'Selected tasks') })
    .getByRole('button', { name: say(locale, 'Export') })
    .click();
  await page
    .getByRole('button', { name: say(locale, 'Copy share link') })
    .and(page.locator(':enabled'))
    .waitFor();
  await check('selection', tour);
  // Pressed where no field has the focus.
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: say(locale, 'Keyboard shortcuts') }).waitFor();
  await check('shortcuts', tour);
  const open = (id: string) => `/tasks/${encodeURIComponent(id)}`;
  await visit(open(running), 'running task', () =>
    page.getByRole('heading', { level: 1, name: running }).waitFor(),
  );
  await visit(open(failed), 'failed task', () =>
    page.getByRole('region', { name: say(locale, 'Moderation'), exact: true }).waitFor(),
  );
  await visit(open(finished), 'finished task', () => page.locator('video').waitFor());
  // A video that plays beside two columns that say why they have none.
  const compared = [finished, failed, running].map(encodeURIComponent).join(',');
  await visit(`/compare?ids=${compared}`, 'compare', () =>
    Promise.all([
      page
        .getByRole('button', { name: say(locale, 'Play') })
        .and(page.locator(':enabled'))
        .waitFor(),
      page.getByText(say(locale, 'No video: the task failed.')).waitFor(),
      page.getByText(say(locale, 'The video appears here when the task is done.')).waitFor(),
    ]),
  );
  // The finished task's video kept in this browser, and the storage meter in Settings listing
  // it, with the confirmation of Remove all open.
  await page.goto(open(finished));
  await page.getByRole('button', { name: say(locale, 'Keep in this browser') }).click();
  await page.locator('video[src^="blob:"]').waitFor();
  await check('kept video', tour);
  await visit('/settings', 'kept videos', async () => {
    await page.getByRole('list', { name: say(locale, 'Kept videos') }).waitFor();
    await page.getByRole('button', { name: say(locale, 'Remove all') }).click();
  });
  return tour;
}
