// "Notify me when tasks finish" and "Play a sound" as stored: whatever localStorage holds, they
// read as on only when stored as exactly `true`; the polling tab keeps polling while hidden only
// when notifications are on and the browser allows them.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = 'sora-dashboard:notify';

/** Loads the store afresh over what localStorage holds, as a page load would. */
async function loadStore() {
  vi.resetModules();
  const store = await import('../../../src/stores/notify-store');
  const health = await import('../../../src/stores/storage-health');
  const unreadable = () =>
    renderHook(() => health.useStorageUnreadable()).result.current.map((what) => what());
  /** What the page shows as chosen. */
  const chosen = () =>
    renderHook(() => ({ notify: store.useNotifyOn(), sound: store.useSoundOn() })).result.current;
  return { ...store, unreadable, chosen };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the stored notification settings', () => {
  it.each([
    ['nothing stored', undefined],
    ['"yes" for on', { state: { notify: 'yes', sound: 1 }, version: 1 }],
    ['no state at all', { notify: true, sound: true }],
    ['an older version with junk', { state: { notify: [true] }, version: 0 }],
  ])('are off for %s', async (_case, stored) => {
    if (stored !== undefined) localStorage.setItem(KEY, JSON.stringify(stored));
    const { chosen } = await loadStore();
    expect(chosen()).toEqual({ notify: false, sound: false });
  });

  it('are off for text that is not JSON, and the page says it could not be read', async () => {
    localStorage.setItem(KEY, '{"state":{"notify":tr');
    const { chosen, unreadable } = await loadStore();
    expect(chosen()).toEqual({ notify: false, sound: false });
    expect(unreadable()).toEqual(['the settings']);
  });

  it('keep what was chosen, across a reload', async () => {
    const first = await loadStore();
    const { result } = renderHook(() => first.useNotifyActions());
    act(() => {
      result.current.chooseNotify(true);
      result.current.chooseSound(true);
    });
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual({
      state: { notify: true, sound: true },
      version: 1,
    });
    const second = await loadStore();
    expect(second.chosen()).toEqual({ notify: true, sound: true });
  });

  it('follow another tab that changed them', async () => {
    const { chosen, rereadNotifySettings } = await loadStore();
    localStorage.setItem(
      KEY,
      JSON.stringify({ state: { notify: true, sound: false }, version: 1 }),
    );
    rereadNotifySettings();
    await vi.waitFor(() => expect(chosen().notify).toBe(true));
  });
});

describe('polling while hidden', () => {
  it('is allowed only while notifications are on and the browser shows them', async () => {
    const { notifyingNow, useNotifyActions } = await loadStore();
    const { result } = renderHook(() => useNotifyActions());
    // A browser without notifications at all.
    act(() => result.current.chooseNotify(true));
    expect(notifyingNow()).toBe(false);
    for (const [permission, on, expected] of [
      ['granted', true, true],
      ['granted', false, false],
      ['denied', true, false],
      ['default', true, false],
    ] as const) {
      vi.stubGlobal('Notification', { permission });
      act(() => result.current.chooseNotify(on));
      expect(notifyingNow(), `${permission}, ${on ? 'on' : 'off'}`).toBe(expected);
    }
  });
});
