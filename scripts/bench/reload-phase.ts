// The reload benchmark (issue 9): what a reload, a new tab and an opened task page cost once the
// dashboard knows its tasks. Against the stand-in reseller (stand-in.ts), with the dashboard's
// default limits (2 requests per second, 4 in flight). The last answers are put in storage as
// the dashboard itself writes them (its own parser and record format), which takes seconds
// where asking 10,000 tasks at 2 per second would take over an hour.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { normaliseBaseUrl } from '../../src/api/http-client';
import { STORED_TASK_VERSION, storableTask } from '../../src/domain/stored-task';
import { parseTask } from '../../src/domain/task-model';
import { longTasksBetween, pageNow, recordLongTasks, type LongTaskEntry } from './page-probes';
import { count, MB, type Figure } from './report';
import { standInBody, startStandIn, type LoggedRequest, type StandIn } from './stand-in';

const RUNNING = 20;
const WINDOW_MS = 60_000;
const FIRST_FRAME_BUDGET_MS = 1000;
const HEAP_BUDGET = 60_000_000;
/** How long the 10,000-task page is watched polling, for long tasks. */
const POLLING_WATCH_MS = 30_000;
/** How long the new tab is watched for requests of its own. */
const NEW_TAB_WATCH_MS = 15_000;

const doneId = (n: number) => `video_done_${String(n).padStart(6, '0')}`;
const runId = (n: number) => `video_run_${String(n).padStart(6, '0')}`;

interface Expectation {
  total: number;
  succeeded: number;
}

interface FirstFrame {
  /** performance.now() of the first frame that showed it: ms after navigation start. */
  ms: number;
  rows: number;
  timedOut: boolean;
}

declare global {
  interface Window {
    __reelFirstFrame?: FirstFrame;
  }
}

/**
 * Init script: from the first animation frame of a navigation, watches for the first frame in
 * which the status counts read the expected totals and every row on screen shows a status (none
 * says "Loading"). Armed by the expectation the bench leaves in localStorage.
 */
function probeFirstFrame(): void {
  const text = localStorage.getItem('reelwatch-bench:expect');
  if (!text) return;
  const expected = JSON.parse(text) as { total: number; succeeded: number };
  const digits = (value: string) => Number(value.replace(/\D/g, '') || '-1');
  const check = () => {
    const group = document.querySelector('[aria-label="Filter by status"]');
    const buttons = group ? Array.from(group.querySelectorAll('button')) : [];
    const countOf = (label: string) => {
      const button = buttons.find((candidate) => candidate.textContent?.trim().startsWith(label));
      return button ? digits((button.textContent ?? '').trim().slice(label.length)) : -1;
    };
    const rows = Array.from(
      document.querySelectorAll('[aria-label="Tasks"] [aria-label^="Task "]'),
    );
    const shown =
      countOf('All') === expected.total &&
      countOf('Succeeded') === expected.succeeded &&
      rows.length > 0 &&
      rows.every((row) => !(row.textContent ?? '').includes('Loading'));
    const now = performance.now();
    if (shown || now > 30_000) {
      window.__reelFirstFrame = { ms: now, rows: rows.length, timedOut: !shown };
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function firstFrame(page: Page): Promise<FirstFrame> {
  const handle = await page.waitForFunction(() => window.__reelFirstFrame, undefined, {
    timeout: 40_000,
  });
  return (await handle.jsonValue()) as FirstFrame;
}

/** A stored last answer, as the dashboard writes it (stores/last-answers.ts). */
function record(baseUrl: string, id: string, at: number, lastChangeAt: number) {
  const body = standInBody(id);
  if (!body) throw new Error(`The stand-in has no task ${id}.`);
  const task = { ...storableTask(parseTask(body, id)), endpoint: '/v1/videos/{id}', lastChangeAt };
  return { version: STORED_TASK_VERSION, id, baseUrl, at, answer: { kind: 'task', task } };
}

interface Seed {
  records: unknown[];
  ids: string[];
  expect: Expectation;
}

/**
 * `finished` completed tasks answered hours ago, and RUNNING unchanged for three minutes (so
 * each is asked about once a minute); `runningDue` says when each running task was last asked:
 * spread over the last minute (each due once in the next), or all over a minute ago (all due).
 */
function makeSeed(standIn: StandIn, finished: number, runningDue: 'spread' | 'all-due'): Seed {
  const baseUrl = normaliseBaseUrl(standIn.url);
  const now = Date.now();
  const records: unknown[] = [];
  const ids: string[] = [];
  for (let n = 0; n < finished; n += 1) {
    ids.push(doneId(n));
    records.push(record(baseUrl, doneId(n), now - 3 * 3_600_000, now - 3 * 3_600_000));
  }
  for (let n = 0; n < RUNNING; n += 1) {
    const at = runningDue === 'spread' ? now - ((n + 0.5) * WINDOW_MS) / RUNNING : now - 70_000;
    // Interleaved with the finished ones, as a real list would hold them.
    ids.splice(Math.floor((n * ids.length) / RUNNING), 0, runId(n));
    records.push(record(baseUrl, runId(n), at, now - 180_000));
  }
  return { records, ids, expect: { total: ids.length, succeeded: finished } };
}

/** Runs in a same-origin page that is not the app: writes the list and the last answers. */
async function writeStorage({ records, ids, expect }: Seed): Promise<void> {
  const now = Date.now();
  const tasks = ids.map((id) => ({ id, addedAt: now, editedAt: now }));
  localStorage.setItem(
    'sora-dashboard:tasks',
    JSON.stringify({ state: { tasks, removed: {} }, version: 2 }),
  );
  localStorage.setItem('reelwatch-bench:expect', JSON.stringify(expect));
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('sora-dashboard-last-answers', 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore('answers', { keyPath: ['id', 'baseUrl'] });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
  });
  const transaction = db.transaction('answers', 'readwrite');
  const store = transaction.objectStore('answers');
  store.clear();
  for (const value of records) store.put(value);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
  });
  db.close();
}

/** Seeds storage from a page of the app's origin that runs no app code (its favicon). */
async function seedStorage(context: BrowserContext, seed: Seed): Promise<void> {
  for (const open of context.pages()) await open.close();
  const page = await context.newPage();
  await page.goto('/favicon.svg');
  await page.evaluate(writeStorage, seed);
  await page.close();
}

async function configure(page: Page, standIn: StandIn): Promise<void> {
  await page.goto('/settings');
  await page.getByLabel('Base URL', { exact: true }).fill(standIn.url);
  await page.getByLabel('API key', { exact: true }).fill('sk-bench-reload');
  const remember = page.getByRole('checkbox', { name: 'Remember on this device' });
  if ((await remember.count()) > 0) await remember.setChecked(true);
  const endpoints = page.getByLabel('Query endpoints', { exact: true });
  if ((await endpoints.count()) > 0) await endpoints.fill('/v1/videos/{id}');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.', { exact: true }).waitFor({ timeout: 10_000 });
}

const between = (log: readonly LoggedRequest[], from: number, to: number) =>
  log.filter((entry) => entry.at >= from && entry.at < to);

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

const describeRequest = (entry: LoggedRequest | undefined) =>
  entry ? `${entry.kind} of ${entry.id}` : 'none';

export async function measureReloads(
  browser: Browser,
  appBase: string,
  log: (message: string) => void,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const standIn = await startStandIn();
  const context = await browser.newContext({
    baseURL: appBase,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(30_000);
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(recordLongTasks);
  await context.addInitScript(probeFirstFrame);
  try {
    await configure(await context.newPage(), standIn);

    // 1. Reload with 1,000 finished and 20 running tasks.
    const seed = makeSeed(standIn, 1000, 'spread');
    await seedStorage(context, seed);
    const page = await context.newPage();
    const reloadAt = Date.now();
    await page.goto('/');
    const reload = await firstFrame(page);
    log(`reload: first frame with every status after ${reload.ms.toFixed(0)} ms`);

    // 2. A new tab beside it: it polls nothing and fills its rows from storage.
    const second = await context.newPage();
    let newTabRequests = 0;
    second.on('request', (request) => {
      if (request.url().startsWith(standIn.url)) newTabRequests += 1;
    });
    await second.goto('/');
    const newTab = await firstFrame(second);
    await sleep(NEW_TAB_WATCH_MS);
    await second.close();
    log(`new tab: first frame ${newTab.ms.toFixed(0)} ms, ${newTabRequests} requests`);

    await sleep(Math.max(0, reloadAt + WINDOW_MS - Date.now()));
    const windowLog = between(standIn.log, reloadAt, reloadAt + WINDOW_MS);
    const finishedAsked = windowLog.filter((entry) => entry.id.startsWith('video_done_')).length;
    const reloadLongTasks = await page.evaluate(longTasksBetween, {
      from: reload.ms,
      to: await page.evaluate(pageNow),
    });
    log(`reload: ${windowLog.length} requests in 60 s, ${finishedAsked} for finished tasks`);

    // 3. A running task's page, opened by a reload while every running task is due.
    await seedStorage(context, makeSeed(standIn, 1000, 'all-due'));
    const opened = await context.newPage();
    const openAt = Date.now();
    await opened.goto(`/tasks/${runId(7)}`);
    await opened.getByRole('heading', { level: 1, name: runId(7) }).waitFor();
    while (between(standIn.log, openAt, Date.now()).length < 3) await sleep(100);
    const afterOpen = between(standIn.log, openAt, Date.now());

    // 4. A finished task's page: its thumbnail, then "Load video", ahead of the due polls. The
    // page itself loads on demand; requests that left before it could ask are not its rivals.
    await seedStorage(context, makeSeed(standIn, 1000, 'all-due'));
    const finished = await context.newPage();
    const finishedAt = Date.now();
    await finished.goto(`/tasks/${doneId(7)}`);
    await finished.getByRole('heading', { level: 1, name: doneId(7) }).waitFor();
    const pageShownAt = Date.now();
    const loadVideo = finished.getByRole('button', { name: 'Load video', exact: true });
    await loadVideo.waitFor();
    const clickAt = Date.now();
    await loadVideo.click();
    while (!standIn.log.some((entry) => entry.at >= finishedAt && entry.kind === 'video')) {
      if (Date.now() - clickAt > 30_000) break;
      await sleep(100);
    }
    const afterFinished = between(standIn.log, finishedAt, Date.now());
    const afterClick = between(standIn.log, clickAt, Date.now());
    const thumbnail = afterFinished.find((entry) => entry.kind === 'thumbnail');
    const pollsBeforeThumbnail = thumbnail
      ? between(afterFinished, Math.min(pageShownAt, thumbnail.at), thumbnail.at).length
      : undefined;
    // The thumbnail may leave after the click too: it is no rival of the video.
    const videoIndex = afterClick
      .filter((entry) => entry !== thumbnail)
      .findIndex((entry) => entry.kind === 'video');
    await finished.close();

    // 5. Ten times the scale: 9,980 finished and 20 running.
    const big = makeSeed(standIn, 9_980, 'spread');
    await seedStorage(context, big);
    const bigPage = await context.newPage();
    await bigPage.goto('/');
    const bigFrame = await firstFrame(bigPage);
    const watchFrom = bigFrame.ms;
    await sleep(POLLING_WATCH_MS);
    const bigLongTasks = await bigPage.evaluate(longTasksBetween, {
      from: watchFrom,
      to: await bigPage.evaluate(pageNow),
    });
    const bigHeap = await heapUsed(bigPage);
    log(
      `10,000 tasks: first frame ${bigFrame.ms.toFixed(0)} ms, ${bigLongTasks.length} long tasks, heap ${MB(bigHeap)}`,
    );

    /** What ran in each long task, as the page's long-animation-frame entries name it. */
    const causes = (tasks: LongTaskEntry[]) =>
      tasks.length
        ? `; what ran: ${tasks.map((task) => `${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} ms: ${task.cause ?? 'not named'}`).join('; ')}`
        : '';
    const longest = (tasks: { duration: number }[]) =>
      Math.max(0, ...tasks.map((entry) => entry.duration)).toFixed(0);
    const frameFigure = (name: string, frame: FirstFrame, note: string): Figure => ({
      name,
      value: frame.timedOut ? 'not within 30 s' : `${frame.ms.toFixed(0)} ms`,
      budget: `≤ ${FIRST_FRAME_BUDGET_MS} ms`,
      pass: !frame.timedOut && frame.ms <= FIRST_FRAME_BUDGET_MS,
      measured: frame.timedOut ? null : Math.round(frame.ms),
      note,
    });
    const figures: Figure[] = [
      frameFigure(
        'Reload, 1,020 tasks: first frame with every status',
        reload,
        `after navigation start, to the first frame whose status counts read All ${count(seed.expect.total)} and Succeeded ${count(seed.expect.succeeded)} and whose ${reload.rows} rows on screen each show a status (none "Loading")`,
      ),
      {
        name: 'Reload: requests in the next 60 s',
        value: `${windowLog.length} (finished tasks: ${finishedAsked})`,
        budget: `≤ ${RUNNING}, finished 0`,
        pass: windowLog.length <= RUNNING && finishedAsked === 0,
        measured: windowLog.length,
        note: `${RUNNING} running tasks unchanged for 3 minutes, last asked over the minute before the reload (each due once); long tasks meanwhile: ${reloadLongTasks.length} (longest ${longest(reloadLongTasks)} ms)${causes(reloadLongTasks)}`,
      },
      {
        name: 'New tab beside it: requests from it',
        value: `${newTabRequests} in ${NEW_TAB_WATCH_MS / 1000} s; first frame ${newTab.timedOut ? 'not within 30 s' : `${newTab.ms.toFixed(0)} ms`}`,
        budget: '0',
        pass: newTabRequests === 0 && !newTab.timedOut,
        measured: newTabRequests,
        note: 'a second tab of the same browser while the first polls: its rows come from storage',
      },
      {
        name: 'Open task page: its request first',
        value: describeRequest(afterOpen[0]),
        budget: `task of ${runId(7)}`,
        pass: afterOpen[0]?.id === runId(7) && afterOpen[0].kind === 'task',
        measured: afterOpen.findIndex((entry) => entry.id === runId(7)),
        note: `reloaded on a running task's page while all ${RUNNING} running tasks were due; first requests: ${afterOpen.slice(0, 3).map(describeRequest).join(', ')}`,
      },
      {
        name: 'Open task page: thumbnail, then "Load video"',
        value: `thumbnail ${pollsBeforeThumbnail === undefined ? 'not sent' : `after ${pollsBeforeThumbnail} polls`}; video #${videoIndex < 0 ? '—' : videoIndex + 1} after the click (its thumbnail aside)`,
        budget: 'each first',
        pass: pollsBeforeThumbnail === 0 && videoIndex === 0,
        measured: videoIndex,
        note: `a finished official-shape task (its file needs the key) opened by a reload while all ${RUNNING} running tasks were due: polls counted from when its page showed (${((pageShownAt - finishedAt) / 1000).toFixed(1)} s after navigation: the page loads on demand) to its thumbnail request; "Load video" clicked ${((clickAt - finishedAt) / 1000).toFixed(1)} s after navigation; requests after the click: ${afterClick.slice(0, 3).map(describeRequest).join(', ')}`,
      },
      frameFigure(
        'Reload, 10,000 tasks: first frame with every status',
        bigFrame,
        `9,980 finished and ${RUNNING} running; counts and rows on screen as above (${bigFrame.rows} rows on screen)`,
      ),
      {
        name: '10,000 tasks: long tasks > 50 ms while polling',
        value: `${bigLongTasks.length} (longest ${longest(bigLongTasks)} ms)`,
        budget: '0',
        pass: bigLongTasks.length === 0,
        measured: bigLongTasks.length,
        note: `from the first frame for ${POLLING_WATCH_MS / 1000} s${causes(bigLongTasks)}`,
      },
      {
        name: '10,000 tasks: JS heap',
        value: MB(bigHeap),
        budget: `≤ ${MB(HEAP_BUDGET)}`,
        pass: bigHeap <= HEAP_BUDGET,
        measured: Math.round(bigHeap),
        note: `used JS heap after a forced GC, ${POLLING_WATCH_MS / 1000} s after the first frame`,
      },
    ];
    return {
      figures,
      details: {
        reloadRequests: windowLog,
        afterOpen: afterOpen.slice(0, 10),
        afterFinishedPage: afterFinished.slice(0, 10),
        bigLongTasks,
      },
    };
  } finally {
    await context.close();
    await standIn.close();
  }
}
