// Finding tasks: search, batches, "Hide finished" and the order, all in the address, against the
// real simulator over real HTTP. Filtering asks the provider nothing.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulator-server';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';

const sim = useSimulator('find');
const { clock, fresh } = sim;

type User = ReturnType<typeof renderApp>['user'];

async function addTasks(user: User, ids: string[], batch = '') {
  await user.click(screen.getByRole('link', { name: 'Tasks' }));
  await user.type(screen.getByLabelText('Task IDs'), ids.join('\n'));
  if (batch) await user.type(screen.getByLabelText('Batch name'), batch);
  await user.click(screen.getByRole('button', { name: 'Add tasks' }));
  for (const id of ids) await screen.findByRole('listitem', { name: `Task ${id}` });
}

function shownRows(): string[] {
  return screen
    .queryAllByRole('listitem', { name: /^Task / })
    .map((item) => item.getAttribute('aria-label')?.replace(/^Task /, '') ?? '');
}

async function totalPolls(ids: readonly string[]): Promise<number> {
  let total = 0;
  for (const id of ids) total += await sim.polls(id);
  return total;
}

describe('finding tasks', () => {
  it('names a batch when pasting, shows its progress, and filters by it', async () => {
    const { user, router } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    const cats = [fresh('sora-2:task_demo_fast'), fresh('sora-2:task_demo_failure')];
    for (const id of cats) await sim.start(id);
    clock.advanceSeconds(600);
    await addTasks(user, cats, 'cats at dusk');
    expect(screen.getByText('In the batch “cats at dusk”.')).toBeInTheDocument();
    expect(screen.getByLabelText('Batch name')).toHaveValue('');
    const other = fresh('sora-2:task_demo_slow');
    await addTasks(user, [other]);

    const batch = screen.getByRole('combobox', { name: 'Batch' });
    await waitFor(() =>
      expect(
        within(batch).getByRole('option', { name: 'cats at dusk (2 of 2 finished, 1 failed)' }),
      ).toBeInTheDocument(),
    );
    await user.selectOptions(batch, 'cats at dusk');
    expect(router.location.search).toBe('?batch=cats+at+dusk');
    expect(shownRows()).toEqual(cats);
    expect(screen.getByText('Batch “cats at dusk”: 2 of 2 finished, 1 failed')).toBeInTheDocument();
  });

  it('searches ids, prompts and models from the address and as typed, asking nothing', async () => {
    const { user, router } = renderApp('/');
    // Polled every 10 minutes: any request during the searches would be the search's.
    await connectThroughSettings(user, { baseUrl: sim.origin, poll: '600' });
    const fast = fresh('sora-2:task_demo_fast');
    const slow = fresh('sora-2:task_demo_slow');
    await addTasks(user, [fast, slow]);
    await screen.findByText('make animate');
    const polls = await totalPolls([fast, slow]);

    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, slow.slice(-8));
    expect(shownRows()).toEqual([slow]);
    expect(router.location.search).toBe(`?q=${encodeURIComponent(slow.slice(-8))}`);
    await user.clear(search);
    // A word of the prompt, whatever its case; every word must match.
    await user.type(search, 'MAKE  animate');
    expect(shownRows()).toEqual([fast]);
    await user.clear(search);
    await user.type(search, 'TASK_demo Sora-2');
    expect(shownRows()).toEqual([fast, slow]);
    await user.clear(search);
    await user.type(search, 'no such words');
    expect(shownRows()).toEqual([]);
    expect(screen.getByText('No task matches this filter.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.location.search).toBe('');
    expect(shownRows()).toEqual([fast, slow]);
    expect(await totalPolls([fast, slow])).toBe(polls);
  });

  it('opens a bookmarked view: hide finished, sorted by progress', async () => {
    const { user: firstUser, unmount } = renderApp('/');
    await connectThroughSettings(firstUser, { baseUrl: sim.origin });
    const done = fresh('sora-2:task_demo_fast');
    await sim.start(done);
    clock.advanceSeconds(600);
    const running = fresh('sora-2:task_demo_slow');
    await addTasks(firstUser, [done, running]);
    const doneRow = screen.getByRole('listitem', { name: `Task ${done}` });
    await within(doneRow).findByText('Succeeded');
    unmount();

    const { user } = renderApp('/?finished=hide&sort=progress');
    await waitFor(() => expect(shownRows()).toEqual([running]));
    expect(screen.getByRole('checkbox', { name: 'Hide finished' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('progress');
    await user.click(screen.getByRole('checkbox', { name: 'Hide finished' }));
    // The most progress first: the finished task leads.
    expect(shownRows()).toEqual([done, running]);
  });

  it('says so when the date range runs backwards, and stops saying it once the dates are swapped', async () => {
    const { user } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    const id = fresh('sora-2:task_demo_fast');
    await addTasks(user, [id]);
    const backwards = /“Added from” is after “until”/;
    const from = screen.getByLabelText('Added from');
    const until = screen.getByLabelText('until');
    await user.type(from, '2026-12-30');
    await user.type(until, '2026-01-01');
    expect(await screen.findByText(backwards)).toBeInTheDocument();
    expect(shownRows()).toEqual([]);
    await user.clear(from);
    await user.type(from, '2026-01-01');
    await user.clear(until);
    await user.type(until, '2026-12-30');
    await waitFor(() => expect(screen.queryByText(backwards)).toBeNull());
  });
});
