// The limiter's gate follows the page: a hidden tab sends nothing, unless notifications are on
// and allowed (the polling tab keeps polling then, so that it can tell of what ends).
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestLimiter } from '../../../src/api/request-limiter';
import { installLimiterGates } from '../../../src/app/limiter-sync';
import { useNotifyActions } from '../../../src/stores/notify-store';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  document.dispatchEvent(new Event('visibilitychange'));
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  setVisibility('visible');
  vi.unstubAllGlobals();
});

const open = () => requestLimiter.getSnapshot().open;

describe('the limiter’s gate', () => {
  it('closes while the page is hidden, and opens when it is shown', () => {
    uninstall = installLimiterGates();
    expect(open()).toBe(true);
    setVisibility('hidden');
    expect(open()).toBe(false);
    setVisibility('visible');
    expect(open()).toBe(true);
  });

  it('stays open while hidden only while notifications are on and the browser allows them', () => {
    vi.stubGlobal('Notification', { permission: 'granted' });
    uninstall = installLimiterGates();
    const { result } = renderHook(() => useNotifyActions());
    setVisibility('hidden');
    expect(open()).toBe(false);
    act(() => result.current.chooseNotify(true));
    expect(open()).toBe(true);
    act(() => result.current.chooseNotify(false));
    expect(open()).toBe(false);

    vi.stubGlobal('Notification', { permission: 'denied' });
    act(() => result.current.chooseNotify(true));
    expect(open()).toBe(false);
  });
});
