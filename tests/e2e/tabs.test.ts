import type { Page, Request } from 'playwright-core';
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

/** Counts this page's requests to the task endpoint. */
function countPolls(page: Page): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/v1/videos/')) counter.count += 1;
  });
  return counter;
}

async function listedIds(page: Page): Promise<string[]> {
  const rows = page.getByRole('list', { name: 'Tasks' }).getByRole('listitem');
  const labels = await rows.evaluateAll((items) =>
    items.map((item) => item.getAttribute('aria-label')),
  );
  return labels.flatMap((label) => (label?.startsWith('Task ') ? [label.slice(5)] : [])).sort();
}

describe('several tabs', () => {
  it('poll from one tab only, and the others show the same live results', async () => {
    const { page: first, context } = session;
    await connectToSimulator(first, { remember: true });
    await first.goto('/');
    const second = await context.newPage();
    await second.goto('/');
    const firstPolls = countPolls(first);
    const secondPolls = countPolls(second);

    const id = `sora-2:task_demo_fast--${uniqueSuffix('tabs')}`;
    await addTasks(first, id);
    // The id added in one tab appears in the other, and both see it finish.
    await waitForStatus(taskRow(second, id), 'Succeeded', 60_000);
    await waitForStatus(taskRow(first, id), 'Succeeded', 60_000);
    expect(firstPolls.count + secondPolls.count).toBeGreaterThan(1);
    expect(Math.min(firstPolls.count, secondPolls.count)).toBe(0);

    // The polling tab closes: the other takes over.
    const [leader, follower] = firstPolls.count > 0 ? [first, second] : [second, first];
    const followerPolls = follower === first ? firstPolls : secondPolls;
    await leader.close();
    const next = `sora-2:task_demo_fast--${uniqueSuffix('handover')}`;
    await addTasks(follower, next);
    await waitForStatus(taskRow(follower, next), 'Succeeded', 60_000);
    expect(followerPolls.count).toBeGreaterThan(0);
  });

  it('keeps every edit when two tabs change the list at once', async () => {
    const { page: first, context } = session;
    await connectToSimulator(first, { remember: true });
    await first.goto('/');
    const second = await context.newPage();
    await second.goto('/');
    const suffix = uniqueSuffix('both');
    const fromFirst = [`video_demo_openai_format--${suffix}a`, `sora-2:task_demo_slow--${suffix}a`];
    const fromSecond = [`video_demo_official--${suffix}b`, `sora-2:task_demo_failure--${suffix}b`];
    await Promise.all([
      addTasks(first, fromFirst.join(' ')),
      addTasks(second, fromSecond.join(' ')),
    ]);
    const expected = [...fromFirst, ...fromSecond].sort();
    await expect.poll(() => listedIds(first), { timeout: 10_000 }).toEqual(expected);
    await expect.poll(() => listedIds(second), { timeout: 10_000 }).toEqual(expected);
    await first.reload();
    // The rows come a moment after the load event: the stored answers are read first.
    await expect.poll(() => listedIds(first), { timeout: 10_000 }).toEqual(expected);

    // A removal in one tab reaches the other, and so does its undo.
    const gone = fromSecond[0] ?? '';
    await first.getByRole('button', { name: `Remove ${gone}` }).click();
    await expect.poll(() => listedIds(second)).not.toContain(gone);
    await first.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listedIds(second)).toEqual(expected);
  });
});
