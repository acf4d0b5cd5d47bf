// What the persisted stores do with storage they cannot trust: a value that is not JSON, entries
// that are not tasks, a browser that refuses to write. Each case loads the stores afresh, as a
// page load would, over what localStorage holds.
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

async function loadStores() {
  vi.resetModules();
  const tasks = await import('../../../src/stores/tasks-store');
  const connection = await import('../../../src/stores/connection-store');
  const health = await import('../../../src/stores/storage-health');
  const notes = () => ({
    // In the words the page shows, looked up now.
    refused: renderHook(() => health.useStorageRefused()).result.current.map((what) => what()),
    unreadable: renderHook(() => health.useStorageUnreadable()).result.current.map((what) =>
      what(),
    ),
  });
  return { tasks, connection, notes };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('stored data that cannot be read', () => {
  it('starts the task list afresh, keeps the text aside and says so', async () => {
    localStorage.setItem('sora-dashboard:tasks', '{"state":{"tasks":[{"id":"video_a"');
    const { tasks, notes } = await loadStores();
    expect(tasks.trackedIdsNow()).toEqual([]);
    expect(notes().unreadable).toEqual(['the task list']);
    expect(localStorage.getItem('sora-dashboard:tasks:unreadable')).toBe(
      '{"state":{"tasks":[{"id":"video_a"',
    );
  });

  it('keeps every task it can read at the current version, and says some could not be', async () => {
    localStorage.setItem(
      'sora-dashboard:tasks',
      JSON.stringify({
        state: { tasks: [{ id: 'video_a', addedAt: 1 }, { id: 42 }, 'video_b'], removed: {} },
        version: 2,
      }),
    );
    const { tasks, notes } = await loadStores();
    expect(tasks.trackedIdsNow()).toEqual(['video_a', 'video_b']);
    expect(notes().unreadable).toEqual(['some entries of the task list']);
    expect(localStorage.getItem('sora-dashboard:tasks:unreadable')).toContain('42');
  });

  it('reads a healthy list without a word', async () => {
    localStorage.setItem(
      'sora-dashboard:tasks',
      JSON.stringify({
        state: { tasks: [{ id: 'video_a', addedAt: 1 }], removed: {} },
        version: 2,
      }),
    );
    const { tasks, notes } = await loadStores();
    expect(tasks.trackedIdsNow()).toEqual(['video_a']);
    expect(notes()).toEqual({ refused: [], unreadable: [] });
  });

  it('gives default settings for unreadable ones', async () => {
    localStorage.setItem('sora-dashboard:connection', 'not json');
    const { connection, notes } = await loadStores();
    expect(connection.connectionSettingsNow().baseUrl).toBe(connection.DEFAULT_BASE_URL);
    expect(notes().unreadable).toEqual(['the settings']);
  });
});

describe('storage that refuses to write', () => {
  it('keeps the list in memory and says so once', async () => {
    const { tasks, notes } = await loadStores();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { trackTasks } = renderHook(() => tasks.useTasksActions()).result.current;
    trackTasks(['video_a']);
    trackTasks(['video_b']);
    expect(tasks.trackedIdsNow()).toEqual(['video_a', 'video_b']);
    expect(notes().refused).toEqual(['the task list']);
  });
});

describe('storage the browser will not open at all', () => {
  it('reads nothing, writes nothing and never throws; only named content is reported', async () => {
    vi.resetModules();
    const { deviceStorage, tabStorage } = await import('../../../src/stores/web-storage');
    const health = await import('../../../src/stores/storage-health');
    localStorage.setItem('kept', 'before');
    // A private window or blocked cookies: touching the storage at all throws.
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(deviceStorage.read('kept')).toBeNull();
    expect(tabStorage.write('draft', 'typed')).toBe(false);
    expect(() => deviceStorage.remove('kept')).not.toThrow();
    expect(renderHook(() => health.useStorageRefused()).result.current).toEqual([]);
    // Named in words looked up when shown; the same words twice are one thing.
    expect(deviceStorage.write('sora-dashboard:api-key', 'sk-x', () => 'the API key')).toBe(false);
    expect(deviceStorage.write('sora-dashboard:api-key', 'sk-y', () => 'the API key')).toBe(false);
    const refused = renderHook(() => health.useStorageRefused()).result.current;
    expect(refused.map((what) => what())).toEqual(['the API key']);
  });
});
