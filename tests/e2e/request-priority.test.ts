// The order the dashboard sends its requests in when many wait: the task a person opens and what
// they ask for first, then the rows on screen, then the rest. The page is limited to one request
// in flight, and every task request is held on its way to the simulator until the test lets it
// through: the page can only send its next request when the test releases the last one, so the
// order seen here is the order the page chose, whatever the machine's speed.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  UI_TIMEOUT_MS,
  uniqueSuffix,
  useBrowser,
} from './browser';

const session = useBrowser();

const TASK_PATH = /^\/v1\/videos\/([^/?]+)(\/content)?$/;

/** What a request under `/v1/videos/` asked for, e.g. `poll video_x` or `thumbnail video_x`. */
function described(href: string): string {
  const url = new URL(href);
  const match = TASK_PATH.exec(url.pathname);
  if (!match?.[1]) return `other ${url.pathname}`;
  const id = decodeURIComponent(match[1]);
  if (!match[2]) return `poll ${id}`;
  return url.searchParams.get('variant') === 'thumbnail' ? `thumbnail ${id}` : `video ${id}`;
}

/** Holds the page's task requests until released, and keeps the order they were sent in. */
async function holdTaskRequests(page: Page, baseUrl: string) {
  const sent: string[] = [];
  const held: Route[] = [];
  const origin = new URL(baseUrl).origin;
  await page.route(
    (url) => url.origin === origin && url.pathname.startsWith('/v1/videos/'),
    (route) => {
      sent.push(described(route.request().url()));
      held.push(route);
    },
  );
  return {
    /** Every task request the page has sent so far, oldest first. */
    sent,
    /** Lets the held requests through to the simulator. */
    release: async () => {
      // A request the page gave up on meanwhile cannot continue; nothing is lost.
      for (const route of held.splice(0)) await route.continue().catch(() => undefined);
    },
    /** Waits until the page has sent its `count`th task request, and says what it was. */
    nth: async (count: number): Promise<string> => {
      await expect
        .poll(() => sent.length, { timeout: UI_TIMEOUT_MS, interval: 20 })
        .toBeGreaterThanOrEqual(count);
      return sent[count - 1] ?? '';
    },
    /** Stops holding; what is still held goes through. */
    stop: async () => {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      for (const route of held.splice(0)) await route.continue().catch(() => undefined);
    },
  };
}

/** Settings: one request in flight, so the page sends its next only when the last has ended. */
async function oneRequestAtATime(page: Page): Promise<void> {
  await page.goto('/settings');
  await page.getByLabel('Max requests in flight').fill('1');
  // A budget that never holds a request back: the order alone decides what goes next.
  await page.getByLabel('Requests per second').fill('50');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** Asks the simulator directly until the task has finished (its clock starts at the first ask). */
async function finishOnSimulator(page: Page, id: string): Promise<void> {
  const status = async () => {
    const response = await page.request.get(`/v1/videos/${encodeURIComponent(id)}`, {
      headers: { Authorization: 'Bearer sk-e2e-test' },
    });
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && 'status' in body ? body.status : body;
  };
  await expect.poll(status, { timeout: UI_TIMEOUT_MS, interval: 250 }).toBe('completed');
}

/** Waits until the list shows only the rows near the viewport (the virtualiser has loaded). */
async function virtualised(page: Page, count: number): Promise<void> {
  const shown = new Intl.NumberFormat('en-US').format(count);
  await page.getByText(`Showing ${shown} of ${shown} tasks`).waitFor();
  const rows = page.getByRole('list', { name: 'Tasks' }).getByRole('listitem');
  // Some rows, not all: the list renders its rows a frame after the count it shows.
  await expect
    .poll(() => rows.count(), { timeout: UI_TIMEOUT_MS })
    .toSatisfy((rendered: number) => rendered > 0 && rendered < 60);
}

/** The ids of the rows the list has rendered now (only those near the viewport). */
async function renderedIds(page: Page): Promise<Set<string>> {
  const labels = await page
    .getByRole('list', { name: 'Tasks' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  return new Set(labels.map((label) => label.replace(/^Task /, '')));
}

type Gate = Awaited<ReturnType<typeof holdTaskRequests>>;

/**
 * Releases the page's requests one at a time and checks that each next one polls a row rendered
 * on screen, until every rendered row's task has been asked for. Returns the ids asked for.
 */
async function expectRowsOnScreenAskedNext(page: Page, gate: Gate): Promise<string[]> {
  const askedBefore = new Set(gate.sent.map((request) => request.replace(/^poll /, '')));
  const asked: string[] = [];
  // Bounded, so a wrong order fails with its message instead of running on.
  for (let round = 0; round < 200; round++) {
    const before = await renderedIds(page);
    const waiting = [...before].filter((id) => !askedBefore.has(id) && !asked.includes(id));
    if (waiting.length === 0) return asked;
    const count = gate.sent.length;
    await gate.release();
    const next = await gate.nth(count + 1);
    const id = next.replace(/^poll /, '');
    // A row that mounted or unmounted meanwhile (the list measuring its rows) still counts.
    const rendered = new Set([...before, ...(await renderedIds(page))]);
    expect(rendered.has(id), `${next} went before ${waiting.join(', ')}, on screen`).toBe(true);
    asked.push(id);
  }
  throw new Error(`The rows on screen were never all asked for; asked: ${asked.join(', ')}`);
}

describe('the order requests are sent in', () => {
  it('after a reload, sends the opened task first, then its thumbnail and its video, before 200 others', async () => {
    const { page, baseUrl } = session;
    const run = uniqueSuffix('open');
    const opened = `video_demo_official--${run}`;
    const others = Array.from(
      { length: 200 },
      (_, index) => `sora-2:task_demo_slow--${run}n${index}`,
    );
    await connectToSimulator(page);
    await oneRequestAtATime(page);
    await finishOnSimulator(page, opened);
    await page.goto('/');
    // Nothing is answered before the reload: a task known to be finished is not asked again
    // (tests/e2e/last-answers.test.ts), and this one must be, so that its poll can go first.
    const before = await holdTaskRequests(page, baseUrl);
    await addTasks(page, [...others, opened].join('\n'));
    await page.getByText('Showing 201 of 201 tasks').waitFor();
    expect(before.sent).toHaveLength(1);

    // Leave first, so that no request of the page before is caught; then come back, as a reload.
    await page.goto('about:blank');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const gate = await holdTaskRequests(page, baseUrl);
    await page.goto('/');
    // Every task is asked for again; the first request is out and held, the others wait.
    expect(await gate.nth(1)).toMatch(/^poll sora-2:task_demo_slow--/);
    await virtualised(page, 201);
    await page.keyboard.press('End');
    await taskRow(page, opened).getByRole('link', { name: opened, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: opened, exact: true }).waitFor();
    expect(gate.sent, 'nothing else was sent while the page opened').toHaveLength(1);

    await gate.release();
    expect(await gate.nth(2), 'the first request after the page opened').toBe(`poll ${opened}`);

    // Its answer: finished, with a video that needs the key. The slot it frees goes to a poll
    // already waiting, before the page has read the answer and asked for the thumbnail.
    await gate.release();
    const loadVideo = page.getByRole('button', { name: 'Load video', exact: true });
    await loadVideo.waitFor();
    expect(await gate.nth(3)).toMatch(/^poll sora-2:task_demo_slow--/);
    await gate.release();
    expect(await gate.nth(4), 'the first request after the thumbnail was wanted').toBe(
      `thumbnail ${opened}`,
    );
    await gate.release();
    await page.getByRole('img', { name: `Thumbnail of ${opened}`, exact: true }).waitFor();

    expect(await gate.nth(5)).toMatch(/^poll sora-2:task_demo_slow--/);
    await loadVideo.click();
    await gate.release();
    expect(await gate.nth(6), 'the first request after "Load video"').toBe(`video ${opened}`);
    await gate.stop();
    await page.getByLabel(`Video of ${opened}`, { exact: true }).waitFor();
  });

  it('asks for the rows on screen first after a paste of many ids, wherever the list is scrolled', async () => {
    const { page, baseUrl } = session;
    const run = uniqueSuffix('paste');
    const ids = Array.from(
      { length: 1000 },
      (_, index) => `sora-2:task_demo_slow--${run}n${index}`,
    );
    await connectToSimulator(page);
    await oneRequestAtATime(page);
    await page.goto('/');
    const gate = await holdTaskRequests(page, baseUrl);
    await addTasks(page, ids.join('\n'));
    await virtualised(page, 1000);
    await gate.nth(1);

    const top = await expectRowsOnScreenAskedNext(page, gate);
    expect(top.length).toBeGreaterThan(3);

    // Scrolled to the end: those rows were pasted last, and their requests wait behind the
    // rest of the paste, yet they go next.
    await page.keyboard.press('End');
    await taskRow(page, ids.at(-1) ?? '').waitFor();
    const bottom = await expectRowsOnScreenAskedNext(page, gate);
    expect(bottom.length).toBeGreaterThan(3);
    expect(bottom).toContain(ids.at(-1));
    await gate.stop();
  });

  it("sends a row's Refresh before the other rows on screen", async () => {
    const { page, baseUrl } = session;
    const run = uniqueSuffix('refresh');
    const ids = Array.from({ length: 100 }, (_, index) => `sora-2:task_demo_slow--${run}n${index}`);
    const last = ids.at(-1) ?? '';
    await connectToSimulator(page);
    await oneRequestAtATime(page);
    await page.goto('/');
    const gate = await holdTaskRequests(page, baseUrl);
    await addTasks(page, ids.join('\n'));
    await virtualised(page, 100);
    await page.keyboard.press('End');
    await taskRow(page, last).waitFor();
    await gate.nth(1);

    // The last row on screen is the last of them in line.
    const count = gate.sent.length;
    await page.getByRole('button', { name: `Refresh ${last}`, exact: true }).click();
    await gate.release();
    expect(await gate.nth(count + 1), 'the first request after Refresh').toBe(`poll ${last}`);
    await gate.stop();
  });
});
