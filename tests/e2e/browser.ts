// One Chromium per test file, a fresh context (empty storage) per test, and the steps a person
// takes to connect the dashboard to the built-in simulator.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-path';

/** How long a UI condition may take: a few polls of the sped-up simulator. */
export const UI_TIMEOUT_MS = 30_000;

export interface BrowserSession {
  readonly baseUrl: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions thrown in any page of the current test. */
  readonly pageErrors: readonly string[];
}

/**
 * Registers the hooks of a test file and returns the session the current test uses. After each
 * test it fails on uncaught page exceptions and keeps a screenshot of failed tests.
 * `contextOptions` shape every test's context, e.g. a phone's viewport and touch.
 */
export function useBrowser(contextOptions: BrowserContextOptions = {}): BrowserSession {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start.');
    errors = [];
    context = await browser.newContext({ ...contextOptions, baseURL: baseUrl });
    context.setDefaultTimeout(UI_TIMEOUT_MS);
    context.on('weberror', (error) => errors.push(error.error().message));
    page = await context.newPage();
  });
  afterEach(async (testContext) => {
    const failed = testContext.task.result?.state === 'fail' && !testContext.task.fails;
    if (failed && page && !page.isClosed()) {
      const dir = join(tmpdir(), 'sora-dashboard-e2e');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${testContext.task.name.replace(/[^\w-]+/g, '_')}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.info(`Screenshot of the failed test: ${file}`);
    }
    const seen = errors;
    await context?.close();
    context = undefined;
    page = undefined;
    expect(seen, 'uncaught exceptions in the page').toEqual([]);
  });

  return {
    baseUrl,
    get context() {
      if (!context) throw new Error('No browser context outside a test.');
      return context;
    },
    get page() {
      if (!page) throw new Error('No page outside a test.');
      return page;
    },
    get pageErrors() {
      return errors;
    },
  };
}

/** A suffix that gives a simulator id its own fresh clock (`<catalogue id>--<suffix>`). */
export function uniqueSuffix(label: string): string {
  return `${label}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export interface ConnectOptions {
  apiKey?: string;
  remember?: boolean;
}

/** Settings → "Use built-in simulator", a key, poll every 2 s, Save. */
export async function connectToSimulator(page: Page, options: ConnectOptions = {}): Promise<void> {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Use built-in simulator' }).click();
  // The simulator's address and its Query endpoints (vendor paths included) arrive together.
  await expect
    .poll(() => page.getByLabel('Query endpoints').inputValue(), { timeout: UI_TIMEOUT_MS })
    .toMatch(/\/seedance\//);
  await page.getByLabel('API key').fill(options.apiKey ?? 'sk-e2e-test');
  await page.getByLabel('Poll interval').fill('2');
  await page
    .getByRole('checkbox', { name: 'Remember on this device' })
    .setChecked(options.remember ?? false);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** Types ids into "Task IDs" on the list page and presses "Add tasks". */
export async function addTasks(page: Page, text: string): Promise<void> {
  await page.getByLabel('Task IDs').fill(text);
  await page.getByRole('button', { name: 'Add tasks' }).click();
}

export function taskRow(page: Page, id: string): Locator {
  return page
    .getByRole('list', { name: 'Tasks' })
    .getByRole('listitem', { name: `Task ${id}`, exact: true });
}

const STATUS_LABELS = [
  'Loading',
  'Waiting',
  'Queued',
  'Running',
  'Succeeded',
  'Failed',
  'Cancelled',
  'Expired',
  'Not found',
  'Error',
] as const;
export type StatusLabel = (typeof STATUS_LABELS)[number];

/** The status badge a person reads on a row, or undefined when none is shown. */
export async function rowStatus(row: Locator): Promise<StatusLabel | undefined> {
  const shown = await Promise.all(
    STATUS_LABELS.map(async (label) =>
      (await row.getByText(label, { exact: true }).count()) > 0 ? label : undefined,
    ),
  );
  return shown.find((label) => label !== undefined);
}

/** Waits until the row shows `label`. */
export async function waitForStatus(
  row: Locator,
  label: StatusLabel,
  timeout = UI_TIMEOUT_MS,
): Promise<void> {
  await row.getByText(label, { exact: true }).waitFor({ timeout });
}

/**
 * Samples `read` every `intervalMs` until `done` holds for a sample, and returns the distinct
 * values in the order they were seen (consecutive equal samples, compared as JSON, collapsed).
 */
export async function recordChanges<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = UI_TIMEOUT_MS, intervalMs = 100 } = {},
): Promise<T[]> {
  const seen: T[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (JSON.stringify(seen.at(-1)) !== JSON.stringify(value)) seen.push(value);
    if (done(value)) return seen;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms; values seen: ${JSON.stringify(seen)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** aria-valuenow of a progress bar as a number, or undefined while it is indeterminate. */
export async function progressValue(bar: Locator): Promise<number | undefined> {
  const raw = await bar.getAttribute('aria-valuenow');
  return raw === null ? undefined : Number(raw);
}

/**
 * Adds the task, lets the list poll it to the end, then opens its page from its link. The
 * completed reseller body drops pending_info, so what the page shows of the inpaint items and
 * n_frames is what the list saw while the task ran.
 */
export async function openFinishedTask(page: Page, id: string): Promise<void> {
  await page.goto('/');
  await addTasks(page, id);
  const row = taskRow(page, id);
  await waitForStatus(row, 'Succeeded');
  await row.getByRole('link', { name: id, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: id, exact: true }).waitFor();
}
