// The theme choice as stored: whatever localStorage holds, the page gets System, Light or Dark,
// and public/theme.js (which runs before the app, at the first paint) reads what the store writes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = 'sora-dashboard:theme';
// Vitest runs from the repository's root.
const headScript = readFileSync(resolve('public/theme.js'), 'utf8');

/** Loads the store afresh over what localStorage holds, as a page load would. */
async function loadStore() {
  vi.resetModules();
  const store = await import('../../../src/stores/theme-store');
  const health = await import('../../../src/stores/storage-health');
  const { ThemeSwitch } = await import('../../../src/app/theme-switch');
  const choice = () => renderHook(() => store.useThemeChoice()).result.current;
  const unreadable = () =>
    renderHook(() => health.useStorageUnreadable()).result.current.map((what) => what());
  return { choice, unreadable, ThemeSwitch };
}

/** Runs public/theme.js as the browser does before the first paint, on a bare <html>. */
function runHeadScript(): string[] {
  document.documentElement.className = '';
  // The script is a plain file the browser runs; here it runs in the test's own window.
  new Function(headScript)();
  return [...document.documentElement.classList];
}

afterEach(() => {
  document.documentElement.className = '';
});

describe('the stored theme', () => {
  it.each([
    ['a theme nobody offers', { state: { theme: 'purple' }, version: 1 }],
    ['a theme that is not text', { state: { theme: 1 }, version: 1 }],
    ['no state at all', { theme: 'dark' }],
    ['an older version with a bad theme', { state: { theme: ['dark'] }, version: 0 }],
  ])('follows the system for %s', async (_case, stored) => {
    localStorage.setItem(KEY, JSON.stringify(stored));
    const { choice } = await loadStore();
    expect(choice()).toBe('system');
    expect(runHeadScript()).toEqual([]);
  });

  it('follows the system for text that is not JSON, and says it could not be read', async () => {
    localStorage.setItem(KEY, '{"state":{"theme":"da');
    const { choice, unreadable } = await loadStore();
    expect(choice()).toBe('system');
    expect(unreadable()).toEqual(['the theme']);
    expect(runHeadScript()).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'keeps %s, at this version and an older one',
    async (theme) => {
      localStorage.setItem(KEY, JSON.stringify({ state: { theme }, version: 1 }));
      expect((await loadStore()).choice()).toBe(theme);
      localStorage.setItem(KEY, JSON.stringify({ state: { theme }, version: 0 }));
      expect((await loadStore()).choice()).toBe(theme);
    },
  );
});

describe('the header switch and the script that runs before the first paint', () => {
  it('agree on where and how the choice is kept', async () => {
    const user = userEvent.setup();
    const { ThemeSwitch } = await loadStore();
    render(<ThemeSwitch />);
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveDisplayValue('System');

    await user.selectOptions(select, 'Dark');
    expect([...document.documentElement.classList]).toEqual(['dark']);
    expect(runHeadScript()).toEqual(['dark']);

    await user.selectOptions(select, 'Light');
    expect(runHeadScript()).toEqual(['light']);

    await user.selectOptions(select, 'System');
    expect(runHeadScript()).toEqual([]);
  });

  it('leaves the page to the system when storage cannot be read at all', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Blocked.', 'SecurityError');
    });
    expect(runHeadScript()).toEqual([]);
    vi.restoreAllMocks();
  });
});
