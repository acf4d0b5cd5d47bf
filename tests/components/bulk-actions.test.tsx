// Acting on many tasks at once: the row checkboxes, Select all, and the bulk actions, against the
// real simulator over real HTTP.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulator-server';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';

const sim = useSimulator('bulk');
const { clock, fresh } = sim;

type User = ReturnType<typeof renderApp>['user'];

async function addTasks(user: User, ids: string[]) {
  await user.click(screen.getByRole('link', { name: 'Tasks' }));
  await user.type(screen.getByLabelText('Task IDs'), ids.join('\n'));
  await user.click(screen.getByRole('button', { name: 'Add tasks' }));
  for (const id of ids) await screen.findByRole('listitem', { name: `Task ${id}` });
}

function shownRows(): (string | null)[] {
  return screen
    .getAllByRole('listitem', { name: /^Task / })
    .map((item) => item.getAttribute('aria-label')?.replace(/^Task /, '') ?? null);
}

const box = (id: string) => screen.getByRole('checkbox', { name: `Select ${id}` });
const bar = () => screen.findByRole('region', { name: 'Selected tasks' });

async function connectedWith(count: number, demo = 'sora-2:task_demo_fast') {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  const ids = Array.from({ length: count }, () => fresh(demo));
  await addTasks(view.user, ids);
  return { ...view, ids };
}

describe('selecting tasks', () => {
  it('ticks rows one by one, a range with shift, and all with Select all', async () => {
    const { user, ids } = await connectedWith(5);
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    expect(screen.queryByRole('region', { name: 'Selected tasks' })).not.toBeInTheDocument();

    await user.click(box(b));
    expect(within(await bar()).getByText('1 selected')).toBeInTheDocument();
    await user.keyboard('{Shift>}');
    await user.click(box(d));
    await user.keyboard('{/Shift}');
    expect(within(await bar()).getByText('3 selected')).toBeInTheDocument();
    expect([a, b, c, d, e].map((id) => (box(id) as HTMLInputElement).checked)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    const all = screen.getByRole('checkbox', { name: 'Select all' });
    expect(all).toBePartiallyChecked();

    await user.click(all);
    expect(within(await bar()).getByText('5 selected')).toBeInTheDocument();
    expect(all).toBeChecked();
    await user.click(all);
    expect(screen.queryByRole('region', { name: 'Selected tasks' })).not.toBeInTheDocument();
  });

  it('removes the selected tasks, and one Undo puts them all back in their places', async () => {
    const { user, ids } = await connectedWith(4);
    const [a, b, c, d] = ids as [string, string, string, string];
    await user.click(box(a));
    await user.click(box(c));
    await user.click(box(d));
    await user.click(within(await bar()).getByRole('button', { name: 'Remove selected' }));
    await waitFor(() => expect(shownRows()).toEqual([b]));
    expect(screen.getByText('Removed 3 tasks.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    await waitFor(() => expect(shownRows()).toEqual([a, b, c, d]));
  });

  it('copies the selected ids, one per line, in the list’s order', async () => {
    const { user, ids } = await connectedWith(3);
    const [a, , c] = ids as [string, string, string];
    await user.click(box(c));
    await user.click(box(a));
    await user.click(within(await bar()).getByRole('button', { name: 'Copy ids' }));
    expect(await navigator.clipboard.readText()).toBe(`${a}\n${c}`);
  });

  it('asks the provider again for the selected tasks only', async () => {
    const { user, ids } = await connectedWith(2);
    const [a, b] = ids as [string, string];
    await waitFor(async () => expect(await sim.polls(b)).toBeGreaterThan(0));
    const before = { a: await sim.polls(a), b: await sim.polls(b) };
    await user.click(box(a));
    await user.click(within(await bar()).getByRole('button', { name: 'Refresh selected' }));
    await waitFor(async () => expect(await sim.polls(a)).toBe(before.a + 1));
    expect(await sim.polls(b)).toBe(before.b);
  });

  it('puts the selected tasks in a batch', async () => {
    const { user, ids } = await connectedWith(2);
    await user.click(box(ids[0] ?? ''));
    await user.click(box(ids[1] ?? ''));
    await user.type(
      within(await bar()).getByLabelText('Batch for the selected'),
      '  cats at dusk ',
    );
    await user.click(within(await bar()).getByRole('button', { name: 'Set batch' }));
    expect(
      await within(await bar()).findByText('Put 2 tasks in “cats at dusk”.'),
    ).toBeInTheDocument();
    const stored: unknown = JSON.parse(localStorage.getItem('sora-dashboard:tasks') ?? 'null');
    expect(JSON.stringify(stored)).toContain('"batch":"cats at dusk"');
  });

  it('offers Compare for two to four tasks that succeeded, and says why not otherwise', async () => {
    const view = renderApp('/');
    await connectThroughSettings(view.user, { baseUrl: sim.origin });
    const done = [fresh('sora-2:task_demo_fast'), fresh('sora-2:task_demo_fast')];
    for (const id of done) await sim.start(id);
    clock.advanceSeconds(600);
    await addTasks(view.user, done);
    for (const id of done) {
      const row = screen.getByRole('listitem', { name: `Task ${id}` });
      await within(row).findByText('Succeeded');
    }
    await view.user.click(box(done[0] ?? ''));
    const alone = within(await bar()).getByRole('button', { name: 'Compare' });
    expect(alone).toBeDisabled();
    expect(alone).toHaveAccessibleDescription(
      'Select two to four finished tasks to compare them side by side.',
    );
    await view.user.click(box(done[1] ?? ''));
    expect(within(await bar()).getByRole('link', { name: 'Compare' })).toHaveAttribute(
      'href',
      `/compare?ids=${done.map((id) => encodeURIComponent(id)).join(',')}`,
    );
  });
});
