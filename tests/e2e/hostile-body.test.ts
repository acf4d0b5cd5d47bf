// A provider's answer is untrusted: markup in its text must show as text and never run, a URL in
// a scheme other than http(s) must never reach an href, src or poster, and a 5 MB answer must
// leave the page usable. The simulator's hostile entries (shapes/hostile-content.ts) put such
// content in every field; the dashboard is watched on the list and on every part of the detail
// page, with the Content-Security-Policy's reports, console errors and dialogs recorded.
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { hostileText, hostileUrls } from '../../server/simulator/shapes/hostile-content';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  UI_TIMEOUT_MS,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
} from './browser';

const session = useBrowser();

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: string[];
  }
}

/** Init script: keeps every CSP violation the page reports, from its first moment. */
function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
  });
}

/** What went wrong in the page besides what the DOM shows: dialogs, console errors, CSP. */
interface Incidents {
  dialogs: string[];
  consoleErrors: string[];
}

let incidents: Incidents = { dialogs: [], consoleErrors: [] };

beforeEach(async () => {
  const { context, page } = session;
  incidents = { dialogs: [], consoleErrors: [] };
  await context.addInitScript(recordViolations);
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') incidents.consoleErrors.push(message.text());
  });
});

/**
 * Everything in the document that shows provider content escaped its place: a payload element
 * (the `<img src=x>`, an inline script), an inline event handler, or an href, src, poster or the
 * like in a scheme other than http(s) or blob: (but for the app's own tab icon), and whether any of it has run.
 */
function domProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (window.__pwned !== undefined) problems.push('window.__pwned was set');
    const urlAttributes = ['href', 'src', 'poster', 'srcset', 'action', 'formaction', 'data'];
    // The tab's icon, drawn by the app from its counts (app/attention/tab-badge.ts), is an SVG
    // data: URL of the app's own; any other data: URL is a payload's.
    const tabIcon = 'head > link[rel~="icon"][href^="data:image/svg+xml,"]';
    for (const element of document.querySelectorAll(`*:not(${tabIcon})`)) {
      const tag = element.tagName.toLowerCase();
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) problems.push(`<${tag} ${name}="${value}">`);
        if (!urlAttributes.includes(name) && name !== 'xlink:href') continue;
        const urls =
          name === 'srcset'
            ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
            : [value];
        for (const url of urls) {
          let protocol: string;
          try {
            protocol = new URL(url, document.baseURI).protocol;
          } catch {
            continue; // Not a URL at all: nothing a browser would load or follow.
          }
          if (!['http:', 'https:', 'blob:'].includes(protocol)) {
            problems.push(`<${tag} ${name}="${value}">`);
          }
        }
      }
      if (tag === 'img' && element.getAttribute('src') === 'x') problems.push('<img src=x>');
      if (tag === 'script' && (!element.hasAttribute('src') || element.textContent !== '')) {
        problems.push(`inline <script>${element.textContent ?? ''}</script>`);
      }
    }
    return problems;
  });
}

/**
 * No payload in the DOM, nothing ran, no dialog, no CSP report and no console error so far: all
 * four in one assertion, so a failure shows every way the content escaped.
 */
async function expectNothingEscaped(page: Page, where: string): Promise<void> {
  const seen = {
    dom: await domProblems(page),
    cspViolations: await page.evaluate(() => window.__cspViolations ?? []),
    dialogs: incidents.dialogs,
    consoleErrors: incidents.consoleErrors,
  };
  expect(seen, where).toEqual({ dom: [], cspViolations: [], dialogs: [], consoleErrors: [] });
}

/** Exactly one element shows `text` as it is, whole (tags, quotes and all). */
async function expectShownLiterally(scope: Locator, text: string): Promise<void> {
  await scope.getByText(text, { exact: true }).first().waitFor();
  expect(await scope.getByText(text, { exact: true }).count(), text).toBe(1);
}

/** A term's value in a definition list (`<dt>` then `<dd>`), within `scope`. */
function detail(scope: Locator, term: string): Locator {
  return scope
    .locator('dt')
    .getByText(term, { exact: true })
    .locator('xpath=following-sibling::dd[1]');
}

async function openRawResponse(page: Page): Promise<Locator> {
  await page.getByText('Raw response', { exact: true }).click();
  const raw = page.getByRole('region', { name: 'Raw response' }).locator('pre');
  await raw.waitFor();
  return raw;
}

/** The text as it appears inside the Raw response's JSON (quotes escaped). */
const asJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** How many requests the simulator has answered for `id`, from its own record. */
async function requestsFor(baseUrl: string, id: string): Promise<number> {
  const stats: unknown = await (await fetch(`${baseUrl}/sim/stats`)).json();
  const tasks: unknown =
    typeof stats === 'object' && stats !== null && 'tasks' in stats ? stats.tasks : undefined;
  const task: unknown =
    typeof tasks === 'object' && tasks !== null && id in tasks
      ? Object.getOwnPropertyDescriptor(tasks, id)?.value
      : undefined;
  const requests: unknown =
    typeof task === 'object' && task !== null && 'requests' in task ? task.requests : undefined;
  return typeof requests === 'number' ? requests : 0;
}

async function openTask(page: Page, id: string): Promise<void> {
  await taskRow(page, id).getByRole('link', { name: id, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: id, exact: true }).waitFor();
}

describe('markup in every text field', () => {
  it('shows it as text on the row and the detail page, and none of it runs', async () => {
    const { page } = session;
    const run = uniqueSuffix('hostile');
    const failed = `sora-2:task_hostile_text--${run}`;
    const finished = `sora-2:task_hostile_text_done--${run}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, `${failed}\n${finished}`);

    const failedRow = taskRow(page, failed);
    const finishedRow = taskRow(page, finished);
    await waitForStatus(failedRow, 'Failed');
    await waitForStatus(finishedRow, 'Succeeded');
    for (const row of [failedRow, finishedRow]) {
      await expectShownLiterally(row, hostileText('prompt'));
      // The model follows a "Model " only screen readers hear; the failure its class.
      await row.getByText(hostileText('model')).waitFor();
    }
    await failedRow.getByText(`Output moderation: ${hostileText('failure_reason')}`).waitFor();
    await expectNothingEscaped(page, 'the list');

    await openTask(page, failed);
    const summary = page.getByLabel('Summary', { exact: true });
    await expectShownLiterally(detail(summary, 'Model'), hostileText('model'));
    await expectShownLiterally(summary, hostileText('id'));

    const failure = page.getByRole('region', {
      name: 'The finished video was rejected by moderation',
    });
    await expectShownLiterally(failure, hostileText('failure_reason'));
    await failure.getByText(`The provider said (code ${hostileText('code')}):`).waitFor();
    await page
      .getByRole('region', { name: 'Video', exact: true })
      .getByText('No video: the task failed.')
      .waitFor();

    const inputs = page.getByRole('region', { name: 'Inputs', exact: true });
    await expectShownLiterally(detail(inputs, 'Prompt'), hostileText('prompt'));
    await expectShownLiterally(detail(inputs, 'Rewritten prompt'), hostileText('enhanced_prompt'));
    await expectShownLiterally(detail(inputs, 'Size'), hostileText('size'));
    await expectShownLiterally(detail(inputs, 'Orientation'), hostileText('orientation'));

    const inpaint = page.getByRole('region', { name: 'Inpaint items', exact: true });
    const item = inpaint.getByRole('listitem', { name: 'Inpaint item 2', exact: true });
    for (const [term, field] of [
      ['Type', 'type'],
      ['Upload media id', 'upload_media_id'],
      ['Uploaded file id', 'uploaded_file_id'],
      ['Generation id', 'generation_id'],
      ['Cameo file id', 'cameo_file_id'],
      ['Preset id', 'preset_id'],
    ] as const) {
      await expectShownLiterally(detail(item, term), hostileText(field));
    }

    const moderation = page.getByRole('region', { name: 'Moderation', exact: true });
    await expectShownLiterally(detail(moderation, 'Result (as sent)'), hostileText('type'));
    await expectShownLiterally(detail(moderation, 'Code'), hostileText('code'));
    const frames = moderation.getByRole('table', { name: 'Results by frame' });
    await expectShownLiterally(frames, hostileText('frame'));

    const raw = await openRawResponse(page);
    expect(await raw.textContent()).toContain(asJson(hostileText('failure_reason')));
    await expectNothingEscaped(page, 'the failed task');

    // The finished one: its player, and a download named after the prompt without its markup.
    await page.goBack();
    await openTask(page, finished);
    const video = page.getByLabel(`Video of ${finished}`, { exact: true });
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), {
        timeout: UI_TIMEOUT_MS,
      })
      .toBeGreaterThanOrEqual(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download video' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[\w-]+\.mp4$/);
    await page.getByText(`Saved as ${download.suggestedFilename()}.`).waitFor();
    await expectShownLiterally(detail(inputs, 'Prompt'), hostileText('prompt'));
    await openRawResponse(page);
    await expectNothingEscaped(page, 'the finished task');
  });
});

describe('an unsafe scheme in every URL field', () => {
  it('uses none of them, and says there is no playable video', async () => {
    const { page } = session;
    const id = `sora-2:task_hostile_urls--${uniqueSuffix('hostile')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, id);
    const row = taskRow(page, id);
    await waitForStatus(row, 'Succeeded');
    await expectNothingEscaped(page, 'the list');
    // No picture and nothing to preview: the row has no link but the task's own.
    expect(await row.getByRole('img').count()).toBe(0);
    expect(await row.getByRole('link').count()).toBe(1);

    await openTask(page, id);
    const video = page.getByRole('region', { name: 'Video', exact: true });
    await video
      .getByText(
        'The provider sent a video address that is not https, so it is not played here. It is listed in the raw response.',
        { exact: true },
      )
      .waitFor();
    await expectNothingEscaped(page, 'the detail page');
    expect(await video.getByRole('link').count()).toBe(0);
    const inputs = page.getByRole('region', { name: 'Inputs', exact: true });
    await inputs.getByText('No input images.', { exact: true }).waitFor();
    const inpaint = page.getByRole('region', { name: 'Inpaint items', exact: true });
    expect(await inpaint.getByText('No image', { exact: true }).count()).toBe(2);

    // The refused addresses are there to read, as text.
    const raw = await openRawResponse(page);
    const text = (await raw.textContent()) ?? '';
    for (const url of hostileUrls) expect(text).toContain(asJson(url));
    await expectNothingEscaped(page, 'the raw response');
  });
});

/** Far more than the page needs to show of any answer, far less than the 5 MB that came. */
const LAID_OUT_LIMIT = 200_000;

/** How many characters of text the page holds. */
function textShown(page: Page): Promise<number> {
  return page.evaluate(() => document.body.textContent?.length ?? 0);
}

describe('a 5 MB answer', () => {
  it('is read, shown in part, and the page stays usable', async () => {
    const { page, baseUrl } = session;
    const id = `sora-2:task_hostile_huge--${uniqueSuffix('hostile')}`;
    await connectToSimulator(page);
    await page.goto('/');
    await addTasks(page, id);
    const row = taskRow(page, id);
    // The seam reads a task's body whole (only media and /content are capped): the task is
    // shown as finished, with its preview, and the row's one line of prompt is its start.
    await waitForStatus(row, 'Succeeded');
    await row.getByText(/^A paper boat drifting/).waitFor();
    await row.getByLabel(`Preview of ${id}`, { exact: true }).waitFor();
    // What the page lays out is kilobytes, not the megabytes that came: laying those out is what
    // would freeze the tab (seconds at each change of the page).
    expect(await textShown(page), 'characters on the list').toBeLessThan(LAID_OUT_LIMIT);

    // Usable: each step waits for what the page does in answer, never for a time.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.goBack();
    await waitForStatus(row, 'Succeeded');
    const before = await requestsFor(baseUrl, id);
    await row.getByRole('button', { name: `Refresh ${id}` }).click();
    await expect
      .poll(() => requestsFor(baseUrl, id), { timeout: UI_TIMEOUT_MS })
      .toBeGreaterThan(before);

    // The detail page lays out the start of the prompt and of the body; Copy takes the rest.
    await openTask(page, id);
    await page.getByLabel(`Video of ${id}`, { exact: true }).waitFor();
    const inputs = page.getByRole('region', { name: 'Inputs', exact: true });
    await detail(inputs, 'Prompt')
      .getByText(
        /^\([\d,.\s]+ more characters, not shown here; the copy button above copies them all\)$/,
      )
      .waitFor();
    await inputs.getByRole('button', { name: 'Copy prompt' }).waitFor();
    const raw = await openRawResponse(page);
    await page
      .getByRole('region', { name: 'Raw response' })
      .getByText(
        /^The body is [\d,.\s]+ characters long: the first [\d,.\s]+ are shown here\. Copy JSON copies all of it\.$/,
      )
      .waitFor();
    expect(await raw.evaluate((element) => element.textContent?.length)).toBe(64_000);
    expect(await textShown(page), 'characters on the detail page').toBeLessThan(LAID_OUT_LIMIT);
    await page.getByText('Raw response', { exact: true }).click();
    await raw.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: '← All tasks' }).click();
    await waitForStatus(row, 'Succeeded');
    await expectNothingEscaped(page, 'after a 5 MB answer');
  });
});
