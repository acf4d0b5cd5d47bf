// Every screen on a 390 px phone, touch and all: nothing scrolls sideways, nothing sticks out of
// its card, fields take the width, targets are a finger's size, and a long id is cut in the
// middle while its link is still named by, and copies, the whole id.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
} from './browser';

const PHONE = { width: 390, height: 844 };
/** WCAG 2.5.8's minimum target size, in CSS pixels. */
const MIN_TARGET_PX = 24;

const session = useBrowser({ viewport: PHONE, isMobile: true, hasTouch: true });

/**
 * What is wrong with the page's layout, in words: the page wider than the screen, or a card,
 * section, row or form whose content sticks out past its own edge (text running off a card, a
 * column squeezed to one letter and wrapping past it). Scrolling panes (the raw JSON) scroll
 * inside themselves and do not count.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const problems: string[] = [];
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`the page is ${root.scrollWidth} px wide on a ${root.clientWidth} px screen`);
    }
    const boxes = document.querySelectorAll('main section, main article, main li, main form');
    for (const box of boxes) {
      if (box.scrollWidth <= box.clientWidth + 1) continue;
      const name =
        box.getAttribute('aria-label') ??
        box.querySelector('h1, h2, h3')?.textContent ??
        box.tagName.toLowerCase();
      problems.push(`"${name}" holds ${box.scrollWidth} px of content in ${box.clientWidth} px`);
    }
    return problems;
  });
}

async function expectFitsThePhone(page: Page, screen: string): Promise<void> {
  expect(await layoutProblems(page), screen).toEqual([]);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function size(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not shown.`);
  return box;
}

async function expectTargetSize(locator: Locator, what: string, width = 0): Promise<void> {
  const box = await size(locator);
  expect(box.height, `${what}: height`).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  expect(box.width, `${what}: width`).toBeGreaterThanOrEqual(Math.max(width, MIN_TARGET_PX));
}

/** At least this share of the screen: the whole width but the page's and the card's margins. */
async function expectNearlyFullWidth(field: Locator, what: string): Promise<void> {
  expect((await size(field)).width, what).toBeGreaterThanOrEqual(PHONE.width * 0.8);
}

/** Whether any part of the element's text is cut off by its box (an ellipsis). */
function isCutShort(element: Locator): Promise<boolean> {
  return element.evaluate((root) =>
    [root, ...root.querySelectorAll('*')].some((node) => node.scrollWidth > node.clientWidth),
  );
}

async function openTask(page: Page, id: string): Promise<void> {
  await page.goto(`/tasks/${encodeURIComponent(id)}`);
  await page.getByRole('heading', { level: 1, name: id, exact: true }).waitFor();
}

describe('on a 390 px phone', () => {
  it('shows the first visit, Settings, the empty list and the pages not found', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    await expectFitsThePhone(page, 'first visit');

    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectFitsThePhone(page, 'Settings');
    await expectNearlyFullWidth(page.getByLabel('Base URL'), 'Base URL field');
    await expectNearlyFullWidth(page.getByLabel('API key'), 'API key field');
    await expectNearlyFullWidth(page.getByLabel('Poll interval'), 'Poll interval field');

    await connectToSimulator(page);
    await expectFitsThePhone(page, 'Settings, saved');
    await page.goto('/');
    const taskIds = page.getByLabel('Task IDs');
    await taskIds.waitFor();
    await expectFitsThePhone(page, 'the empty list');
    await expectNearlyFullWidth(taskIds, 'Task IDs field');
    // The example in the empty box is read whole, not cut off at its third line: typed in, the
    // same text fits the box without scrolling.
    const example = (await taskIds.getAttribute('placeholder')) ?? '';
    expect(example).not.toBe('');
    await taskIds.fill(example);
    expect(
      await taskIds.evaluate((box) => box.scrollHeight <= box.clientHeight),
      'the Task IDs example fits its box',
    ).toBe(true);
    await taskIds.fill('');

    await page.goto('/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectFitsThePhone(page, 'page not found');
    await page.goto(`/tasks/${encodeURIComponent('not a task id at all, just a long sentence')}`);
    await page.getByRole('heading', { level: 1, name: 'Not a task id' }).waitFor();
    await expectFitsThePhone(page, 'not a task id');
  });

  it('shows the full list and a running, a finished, a rejected and a failed task', async () => {
    const { page } = session;
    const suffix = uniqueSuffix('phone');
    const ids = {
      veo: `veo3.1-fast:1770350082-trii1OXZc3--${suffix}`,
      finished: `sora-2:task_demo_fast--${suffix}`,
      running: `sora-2:task_demo_slow--${suffix}`,
      moderated: `sora-2:task_demo_moderation--${suffix}`,
      failed: `sora-2:task_class_internal_error--${suffix}`,
      // Its failure ends in a long unbroken word: (PUBLIC_ERROR_UNSAFE_GENERATION).
      blocked: `veo3.1-fast:1770352817-Wd4nQ8sLbx--${suffix}`,
    };
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, Object.values(ids).join('\n'));
    await waitForStatus(taskRow(page, ids.finished), 'Succeeded');
    await waitForStatus(taskRow(page, ids.moderated), 'Failed');
    await waitForStatus(taskRow(page, ids.failed), 'Failed');
    await waitForStatus(taskRow(page, ids.blocked), 'Failed');
    await waitForStatus(taskRow(page, ids.running), 'Running');
    await expectFitsThePhone(page, 'the full list');
    for (const id of Object.values(ids)) {
      const row = taskRow(page, id);
      await expectTargetSize(row.getByRole('link', { name: id, exact: true }), `link of ${id}`);
      await expectTargetSize(row.getByRole('button', { name: `Refresh ${id}` }), `Refresh ${id}`);
      await expectTargetSize(row.getByRole('button', { name: `Remove ${id}` }), `Remove ${id}`);
    }

    await openTask(page, ids.running);
    await page.getByRole('region', { name: 'History' }).getByRole('img').first().waitFor();
    await expectFitsThePhone(page, 'a running task');
    await expectTargetSize(page.getByRole('link', { name: '← All tasks' }), 'back to the list');

    await openTask(page, ids.finished);
    const inpaint = page.getByRole('region', { name: 'Inpaint items', exact: true });
    const firstItem = inpaint.getByRole('listitem', { name: 'Inpaint item 1', exact: true });
    await firstItem.waitFor();
    // The values' column keeps its width beside a picture: "image" is one line, not five.
    const type = firstItem.getByText('image', { exact: true });
    expect((await size(type)).height, 'the height of "image"').toBeLessThan(MIN_TARGET_PX * 1.5);
    const history = page.getByRole('region', { name: 'History' });
    await history.getByRole('img', { name: /^Progress over time:/ }).waitFor();
    await history.getByRole('table', { name: /^Fields changed/ }).waitFor();
    await expectFitsThePhone(page, 'a finished task with inpaint items and its history');
    await expectTargetSize(history.getByText('Show the numbers'), 'Show the numbers');
    await page.getByText('Raw response').click();
    await page.getByRole('button', { name: 'Copy JSON' }).waitFor();
    await expectFitsThePhone(page, 'a finished task with its raw response open');

    await openTask(page, ids.moderated);
    const moderation = page.getByRole('region', { name: 'Moderation', exact: true });
    const flagged = moderation.getByRole('button', { name: /^Frame \d+: flagged as unsafe/ });
    await flagged.first().waitFor();
    await expectFitsThePhone(page, 'a task rejected by moderation');
    for (const mark of await flagged.all()) {
      await expectTargetSize(mark, (await mark.getAttribute('aria-label')) ?? 'a flagged frame');
    }

    await openTask(page, ids.failed);
    await page.getByRole('button', { name: 'Copy error' }).waitFor();
    await expectFitsThePhone(page, 'a failed task');

    await openTask(page, ids.veo);
    await page.getByRole('heading', { name: 'Video' }).waitFor();
    await expectFitsThePhone(page, 'a Veo task');

    await openTask(page, ids.blocked);
    await page.getByRole('button', { name: 'Copy error' }).waitFor();
    await expectFitsThePhone(page, 'a Veo task blocked by safety filters');
  });

  it('cuts a long id in the middle, names its link with the whole id and copies it whole', async () => {
    const { context, page } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const id = `veo3.1-fast:1770350082-trii1OXZc3--${uniqueSuffix('long-id')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, id);
    const row = taskRow(page, id);
    // Named by the whole id, for screen readers, voice control and the tests.
    const link = row.getByRole('link', { name: id, exact: true });
    await link.waitFor();
    expect(await isCutShort(link), 'the id is shortened on a phone').toBe(true);
    // Its start and its end both show: ids of one run differ at the end.
    const linkBox = await size(link);
    const endBox = await size(link.getByText(id.slice(-6), { exact: true }));
    expect(endBox.x + endBox.width, 'the end of the id is shown').toBeLessThanOrEqual(
      Math.min(linkBox.x + linkBox.width, PHONE.width) + 0.5,
    );

    // One tap: the task's page shows the whole id, and Copy id copies it.
    await link.tap();
    const heading = page.getByRole('heading', { level: 1, name: id, exact: true });
    await heading.waitFor();
    expect(await isCutShort(heading)).toBe(false);
    await expectFitsThePhone(page, 'the long id’s page');
    await page.getByRole('button', { name: 'Copy id' }).tap();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);

    // Where there is room, the id is shown whole.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await link.waitFor();
    expect(await isCutShort(link), 'the id is whole at 1280 px').toBe(false);
  });
});
