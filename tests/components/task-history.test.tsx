// History, time left and honest progress on the detail page, against the real simulator. The
// simulator's clock and the page's clock are moved together, as if the user waited.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('history');
const { clock, fresh } = sim;

beforeEach(() => {
  // Date, and the page's shared clock (an interval) so it cannot tick between two readings;
  // timeouts stay real so Testing Library and the query client run as usual.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(Date.UTC(2026, 10, 26, 9, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

async function openDetail(id: string) {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin, poll: '60' });
  await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
  await screen.findByRole('heading', { level: 1, name: id });
  await screen.findByRole('progressbar', { name: `Progress of ${id}` });
  return view;
}

/** Time passes for both the simulator and the page, then the user asks for an update. */
async function waitAndRefresh(view: ReturnType<typeof renderApp>, seconds: number) {
  clock.advanceSeconds(seconds);
  vi.setSystemTime(Date.now() + seconds * 1000);
  await view.user.click(screen.getByRole('button', { name: 'Refresh now' }));
}

function timeLeft(): string {
  const term = screen.getByText('Time left', { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('the history of a task', () => {
  it('shows progress that leaps and falls back honestly, with the status changes and a diff', async () => {
    const id = fresh('sora-2:task_demo_jumpy');
    const view = await openDetail(id);
    const bar = screen.getByRole('progressbar', { name: `Progress of ${id}` });

    await waitAndRefresh(view, 3); // running, still at 0 %
    await screen.findByText('processing', { selector: 'ol[aria-label="Status changes"] *' });
    await waitAndRefresh(view, 8); // the provider leaps to 90 %
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '90'));
    await waitAndRefresh(view, 4); // and falls back to 60 %
    expect(
      await screen.findByText(
        'The provider now reports 60 %, less than before; the bar stays at the highest value seen, 90 %.',
      ),
    ).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '90');
    expect(screen.getByText(/the reported progress went back from 90 % to 60 %\.$/)).toBeVisible();

    const history = screen.getByRole('region', { name: 'History' });
    const chart = within(history).getByRole('img', { name: /^Progress over time:/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        'leapt from 0 % to 90 % in one update; then went back from 90 % to 60 %',
      ),
    );
    // The default comparison is the newest answer against the one before it.
    const change = within(history).getByRole('row', {
      name: /^detail\.pending_info\.progress_pct /,
    });
    const cells = within(change).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['0.9', '0.6']);

    // Any two answers can be compared: the first (queued) against the newest.
    await view.user.selectOptions(within(history).getByLabelText('From'), '0');
    expect(
      within(history).getByRole('rowheader', { name: 'detail.pending_info.status' }),
    ).toBeInTheDocument();

    await waitAndRefresh(view, 30);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '100'));
    const changes = within(history).getByRole('list', { name: 'Status changes' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Queued'),
      expect.stringContaining('Running'),
      expect.stringContaining('Succeeded'),
    ]);
    expect(screen.queryByText('Time left', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('estimates the time left as a range once it has seen enough, and says unknown before', async () => {
    const id = fresh('sora-2:task_demo_slow');
    const view = await openDetail(id);
    expect(timeLeft()).toMatch(/^Unknown: /);

    await waitAndRefresh(view, 10); // queue position 5 → 4
    await waitAndRefresh(view, 10); // → 2
    await waitFor(() =>
      expect(timeLeft()).toMatch(
        /^Leaves the queue in \d+–\d+ s \(from how fast the queue moves\)$/,
      ),
    );

    await waitAndRefresh(view, 20); // running
    await waitFor(() => expect(timeLeft()).toMatch(/^Unknown: it needs a few more updates/));
    await waitAndRefresh(view, 10);
    await waitAndRefresh(view, 10);
    // 150 s of work at a steady rate, 20 s in: a bit over two minutes left.
    await waitFor(() => expect(timeLeft()).toMatch(/^(\d)–(\d) min left \(from how fast/));
    const [, low, high] = /^(\d)–(\d) min/.exec(timeLeft()) ?? [];
    expect(Number(low)).toBeLessThanOrEqual(2);
    expect(Number(high)).toBeGreaterThanOrEqual(3);

    const queue = screen.getByRole('img', { name: /^Queue position over time:/ });
    expect(queue).toHaveAccessibleName(expect.stringContaining('From position 5 to 2'));
  });

  it('shows the same time left on the list row, once it is known', async () => {
    const id = fresh('sora-2:task_demo_slow');
    const view = renderApp('/');
    await connectThroughSettings(view.user, { baseUrl: sim.origin, poll: '60' });
    await act(() => view.router.navigate('/'));
    await view.user.type(screen.getByLabelText('Task IDs'), id);
    await view.user.click(screen.getByRole('button', { name: 'Add tasks' }));
    const row = await screen.findByRole('listitem', { name: `Task ${id}` });
    await within(row).findByText('Queued');
    expect(within(row).queryByText(/ left$/)).not.toBeInTheDocument();

    const refreshRow = async (seconds: number) => {
      clock.advanceSeconds(seconds);
      vi.setSystemTime(Date.now() + seconds * 1000);
      await view.user.click(within(row).getByRole('button', { name: `Refresh ${id}` }));
    };
    await refreshRow(10);
    await refreshRow(10);
    await waitFor(() =>
      expect(within(row).getByText(/^leaves the queue in \d+–\d+ s$/)).toBeInTheDocument(),
    );
    for (const seconds of [20, 10, 10]) await refreshRow(seconds);
    const onRow = await within(row).findByText(/^\d–\d min left$/);
    const range = onRow.textContent?.replace(/ left$/, '') ?? '';

    // The detail page, from the same history, says the same.
    await view.user.click(within(row).getByRole('link', { name: id }));
    await screen.findByRole('heading', { level: 1, name: id });
    expect(timeLeft()).toMatch(new RegExp(`^${range} left \\(from how fast`));
  });
});
