// A tab without an API key: what it says, what it offers, and what it does not pretend to do.
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { startTabSync } from '../../src/app/tab-sync';
import { TAB_PROTOCOL_VERSION } from '../../src/app/tab-messages';
import { keySharing, type KeyChange } from '../../src/stores/key-store';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('nokey');
const NO_KEY_LINE = /^No API key in this tab/;
const NO_KEY_REASON = /no API key in this tab/i;

function shared(apiKey: string, at: number): KeyChange {
  return { kind: 'saved', apiKey, remembered: false, stamp: { at, tab: 'a' } };
}

function header() {
  return screen.getByRole('banner');
}

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
});

describe('a tab without a key', () => {
  it('on a first visit offers the demo, and does not repeat that there is no key', () => {
    renderApp('/');
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeInTheDocument();
    expect(screen.queryByText(NO_KEY_LINE)).not.toBeInTheDocument();
    expect(within(header()).getByText(/no key/)).toBeInTheDocument();
  });

  it('over a list of tasks says so in one line, offers no demo, and cannot refresh', async () => {
    const { user } = renderApp('/');
    const id = sim.fresh('sora-2:task_demo_fast');
    await user.type(screen.getByLabelText('Task IDs'), id);
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));

    const line = screen.getByText(NO_KEY_LINE);
    expect(line).toHaveRole('status');
    expect(within(line).getByRole('link', { name: 'Enter a key in Settings' })).toHaveAttribute(
      'href',
      '/settings',
    );
    expect(screen.queryByRole('button', { name: 'Try the demo' })).not.toBeInTheDocument();

    const refreshRow = screen.getByRole('button', { name: `Refresh ${id}` });
    const refreshAll = screen.getByRole('button', { name: 'Refresh all' });
    for (const button of [refreshRow, refreshAll]) {
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(NO_KEY_REASON);
    }

    // With a key the line goes, and Refresh works, with nothing left to explain.
    await connectThroughSettings(user, { baseUrl: sim.origin });
    expect(screen.queryByText(NO_KEY_LINE)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Tasks' }));
    for (const name of [`Refresh ${id}`, 'Refresh all']) {
      const button = await screen.findByRole('button', { name });
      expect(button).toBeEnabled();
      expect(button).not.toHaveAccessibleDescription();
    }
    expect(screen.queryByText(NO_KEY_LINE)).not.toBeInTheDocument();
  });

  it('says so on a task’s page, whose Refresh is off, but not in Settings', async () => {
    const { user } = renderApp('/tasks/video_nokey');
    expect(screen.getByText(NO_KEY_LINE)).toBeInTheDocument();
    const refresh = await screen.findByRole('button', { name: 'Refresh now' });
    expect(refresh).toBeDisabled();
    expect(refresh).toHaveAccessibleDescription(NO_KEY_REASON);

    await user.click(screen.getByRole('link', { name: 'Enter a key in Settings' }));
    await screen.findByLabelText('API key');
    expect(screen.queryByText(NO_KEY_LINE)).not.toBeInTheDocument();
  });

  it('opened next to a tab with a key, takes that key and never offers the demo', async () => {
    const otherTab = new BroadcastChannel('sora-dashboard:tasks');
    stops.push(() => otherTab.close());
    otherTab.onmessage = (event: MessageEvent<unknown>) => {
      if (JSON.stringify(event.data) !== JSON.stringify({ v: 1, type: 'key-ask' })) return;
      otherTab.postMessage({
        v: TAB_PROTOCOL_VERSION,
        type: 'key',
        key: 'sk-other-tab',
        remembered: false,
        stamp: { at: 1, tab: 'other' },
      });
    };
    const { queryClient } = renderApp('/');
    act(() => void stops.push(startTabSync(queryClient)));
    // While it asks, it says neither "no key" nor "try the demo".
    expect(within(header()).getByText(/asking other tabs/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try the demo' })).not.toBeInTheDocument();
    expect(screen.queryByText(NO_KEY_LINE)).not.toBeInTheDocument();

    expect(await within(header()).findByText(/key set/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try the demo' })).not.toBeInTheDocument();
    expect(sessionStorage.getItem('sora-dashboard:api-key')).toBe('sk-other-tab');
  });

  it('opened alone, offers the demo once no tab has answered', async () => {
    const { queryClient } = renderApp('/');
    act(() => void stops.push(startTabSync(queryClient)));
    expect(screen.queryByRole('button', { name: 'Try the demo' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Try the demo' })).toBeInTheDocument();
    expect(within(header()).getByText(/no key/)).toBeInTheDocument();
  });

  it('in Settings, follows a key another tab saves or forgets, unless one is being typed', async () => {
    const { user } = renderApp('/settings');
    const field = await screen.findByLabelText('API key');
    act(() => void keySharing.receive(shared('sk-from-tab-1', 10)));
    expect(field).toHaveValue('sk-from-tab-1');
    act(() => void keySharing.receive({ kind: 'forgotten', stamp: { at: 20, tab: 'a' } }));
    expect(field).toHaveValue('');

    await user.type(field, 'sk-typed');
    act(() => void keySharing.receive(shared('sk-from-tab-2', 30)));
    expect(field).toHaveValue('sk-typed');
  });
});
