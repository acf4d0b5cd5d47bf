import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

describe('pasting task ids', () => {
  it('adds ids separated by any mix of spaces, commas and newlines', async () => {
    const { user } = renderApp('/');
    await user.type(
      screen.getByLabelText('Task IDs'),
      'sora-2:task_aaa1, video_bbb2\nsora-2:task_ccc3   video_ddd4,,sora-2:task_aaa1',
    );
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));

    const list = screen.getByRole('list', { name: 'Tasks' });
    const items = within(list).getAllByRole('listitem', { name: /^Task / });
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Task sora-2:task_aaa1',
      'Task video_bbb2',
      'Task sora-2:task_ccc3',
      'Task video_ddd4',
    ]);
    expect(screen.getByText('Added 4 tasks.')).toBeInTheDocument();
    expect(
      screen.getByText('1 id was already in the list and skipped: sora-2:task_aaa1.'),
    ).toBeInTheDocument();
  });

  it('reports invalid entries and keeps them in the box to be fixed', async () => {
    const { user } = renderApp('/');
    const box = screen.getByLabelText('Task IDs');
    await user.type(box, 'video_ok1 not-an-id sora-2:task_ok2 hello');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));

    expect(screen.getByText(/2 entries are not a task id and stayed in the box/)).toHaveTextContent(
      '“not-an-id”, “hello”',
    );
    expect(box).toHaveValue('not-an-id\nhello');
    expect(screen.getAllByRole('listitem', { name: /^Task / })).toHaveLength(2);
  });

  it('skips ids already in the list and says so', async () => {
    const { user } = renderApp('/');
    const box = screen.getByLabelText('Task IDs');
    await user.type(box, 'video_same');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    // Pasted twice, and already there: named once.
    await user.type(box, 'video_same video_same');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    expect(
      screen.getByText('1 id was already in the list and skipped: video_same.'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem', { name: /^Task / })).toHaveLength(1);
  });

  it('asks for an id when the box is empty', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    expect(screen.getByText(/Paste at least one task id/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Tasks' })).not.toBeInTheDocument();
  });

  it('keeps the list in storage for the next visit', async () => {
    const { user } = renderApp('/');
    await user.type(screen.getByLabelText('Task IDs'), 'video_kept');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    const stored: unknown = JSON.parse(localStorage.getItem('sora-dashboard:tasks') ?? 'null');
    expect(stored).toMatchObject({ version: 2, state: { tasks: [{ id: 'video_kept' }] } });
    expect(JSON.stringify(stored)).not.toContain('actions');
  });

  it('keeps what was typed but not added when the page is left and opened again', async () => {
    const { user, unmount } = renderApp('/');
    await user.type(screen.getByLabelText('Task IDs'), 'video_half_typed');
    unmount();
    renderApp('/');
    expect(screen.getByLabelText('Task IDs')).toHaveValue('video_half_typed');
  });
});

describe('a long list', () => {
  // jsdom has no layout, so how many rows a virtualised list keeps is checked in Chromium
  // (tests/e2e/paste.test.ts); here: the long list still names every row's place in all 300.
  it('counts every task and tells each row its place among them', async () => {
    const { user } = renderApp('/');
    const ids = Array.from({ length: 300 }, (_, index) => `video_many${index}`);
    // Typing 300 ids key by key is slow; pasting is what people do.
    await user.click(screen.getByLabelText('Task IDs'));
    await user.paste(ids.join('\n'));
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    expect(await screen.findByText('Showing 300 of 300 tasks')).toBeInTheDocument();
    const first = await screen.findByRole('listitem', { name: 'Task video_many0' });
    expect(first).toHaveAttribute('aria-setsize', '300');
    expect(first).toHaveAttribute('aria-posinset', '1');
  });
});
