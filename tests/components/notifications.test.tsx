// Being told when a batch finishes, as a person sets it up: notifications turned on in Settings,
// tasks of a batch running on the real simulator, one notification when the last one ends, and a
// click on it opens the list of that batch. The browser's Notification is a fake that records.
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTasksActions } from '../../src/stores/tasks-store';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('notify');

class FakeNotification {
  static permission: NotificationPermission = 'default';
  static requestPermission() {
    FakeNotification.permission = 'granted';
    return Promise.resolve(FakeNotification.permission);
  }
  onclick: (() => void) | null = null;
  constructor(
    readonly title: string,
    readonly options?: NotificationOptions,
  ) {
    shown.push(this);
  }
  close() {}
}
let shown: FakeNotification[];

beforeEach(() => {
  shown = [];
  FakeNotification.permission = 'default';
  vi.stubGlobal('Notification', FakeNotification);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('notifications', () => {
  it('tell of a batch once, when its last task ends, and open the list of that batch', async () => {
    const { user, router } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    await user.click(screen.getByRole('checkbox', { name: 'Notify me when tasks finish' }));
    expect(screen.getByRole('checkbox', { name: 'Notify me when tasks finish' })).toBeChecked();

    const ids = [sim.fresh('sora-2:task_demo_fast'), sim.fresh('sora-2:task_demo_failure')];
    for (const id of ids) await sim.start(id);
    sim.clock.advanceSeconds(6);
    // Until the "Batch name" field beside "Add tasks" exists: the list's own action.
    const { result } = renderHook(() => useTasksActions());
    act(() => result.current.trackTasks(ids, { batch: 'cats' }));
    await user.click(screen.getByRole('link', { name: 'Tasks' }));
    for (const id of ids) {
      const row = await screen.findByRole('listitem', { name: `Task ${id}` });
      expect(await within(row).findByText('Running')).toBeInTheDocument();
    }
    expect(shown).toEqual([]);

    sim.clock.advanceSeconds(600);
    await waitFor(() => expect(shown).toHaveLength(1), { timeout: 15_000 });
    expect(shown.map(({ title, options }) => [title, options?.body])).toEqual([
      ['Batch “cats” finished', '1 succeeded, 1 failed'],
    ]);
    act(() => shown[0]?.onclick?.());
    await waitFor(() => expect(router.location.search).toBe('?batch=cats'));
    expect(router.location.pathname).toBe('/');
  });
});
