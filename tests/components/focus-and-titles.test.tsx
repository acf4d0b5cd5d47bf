// Where the focus goes, and what the tab's title says, as a keyboard user moves about.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('focus');
const { fresh } = sim;

const nav = () => screen.getByRole('navigation', { name: 'Main' });

describe('moving between pages', () => {
  it('leaves the focus alone on the page first opened, and names the page in the title', async () => {
    renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    expect(document.body).toHaveFocus();
    await waitFor(() => expect(document.title).toBe('Settings · Reelwatch'));
  });

  it('puts the focus on the new page’s heading, and its name in the title', async () => {
    const { user } = renderApp('/');
    await user.click(within(nav()).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toHaveFocus();
    expect(document.title).toBe('Settings · Reelwatch');

    await user.click(within(nav()).getByRole('link', { name: 'Tasks' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Tasks', level: 1 })).toHaveFocus(),
    );
    expect(document.title).toBe('Tasks (0) · Reelwatch');
  });

  it('opens a task with the focus on its id, and its status in the title', async () => {
    const { user } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    const id = fresh('sora-2:task_demo_fast');
    await user.click(within(nav()).getByRole('link', { name: 'Tasks' }));
    await user.type(screen.getByLabelText('Task IDs'), id);
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    await waitFor(() => expect(document.title).toBe('Tasks (1): 1 queued · Reelwatch'));

    const row = screen.getByRole('listitem', { name: `Task ${id}` });
    const [firstLink] = within(row).getAllByRole('link', { name: id });
    if (!firstLink) throw new Error(`The row of ${id} has no link to its page.`);
    await user.click(firstLink);
    expect(await screen.findByRole('heading', { name: id, level: 1 })).toHaveFocus();
    await waitFor(() => expect(document.title).toBe(`Queued: ${id} · Reelwatch`));
    // The status is in a live region, so a screen reader says when it changes.
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(
      'Status: Queued',
    );
  });

  it('keeps the focus on a filter while it filters', async () => {
    const { user } = renderApp('/');
    await user.type(screen.getByLabelText('Task IDs'), 'video_one');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    const failed = screen.getByRole('button', { name: /^Failed/ });
    await user.click(failed);
    expect(failed).toHaveAttribute('aria-pressed', 'true');
    expect(failed).toHaveFocus();
  });
});

describe('removing a task', () => {
  it('moves the focus to Undo, and from Undo back to the list', async () => {
    const { user } = renderApp('/');
    await user.type(screen.getByLabelText('Task IDs'), 'video_one video_two');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    await user.click(screen.getByRole('button', { name: 'Remove video_one' }));
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('listitem', { name: 'Task video_one' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tasks', level: 2 })).toHaveFocus();
  });
});
