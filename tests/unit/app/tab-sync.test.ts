// This tab runs the real tab sync; "another tab" is a BroadcastChannel of the same name in the
// test, which sees exactly what this tab sends and sends whatever a tab (or anything else) might.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeQueryClient } from '../../../src/app/query-client';
import { startTabSync } from '../../../src/app/tab-sync';
import { TAB_PROTOCOL_VERSION } from '../../../src/app/tab-messages';
import {
  currentApiKey,
  keySharing,
  useAskingOtherTabs,
  useKeyActions,
} from '../../../src/stores/key-store';

const CHANNEL_NAME = 'sora-dashboard:tasks';
const STORAGE_KEY = 'sora-dashboard:api-key';
const v = TAB_PROTOCOL_VERSION;

let otherTab: BroadcastChannel;
let heard: unknown[];
let stops: (() => void)[];

beforeEach(() => {
  heard = [];
  stops = [];
  otherTab = new BroadcastChannel(CHANNEL_NAME);
  otherTab.onmessage = (event: MessageEvent<unknown>) => heard.push(event.data);
});

afterEach(() => {
  stops.forEach((stop) => stop());
  otherTab.close();
});

function startThisTab() {
  const queryClient = makeQueryClient();
  stops.push(startTabSync(queryClient));
  return queryClient;
}

function heardOfType(type: string): unknown[] {
  return heard.filter(
    (message) =>
      typeof message === 'object' && message !== null && Reflect.get(message, 'type') === type,
  );
}

describe('the key between tabs', () => {
  it('a tab opened without a key asks, and takes the key another tab answers with', async () => {
    const { result: asking } = renderHook(() => useAskingOtherTabs());
    act(() => void startThisTab());
    expect(asking.current).toBe(true);
    await waitFor(() => expect(heardOfType('key-ask')).toEqual([{ v, type: 'key-ask' }]));

    act(() =>
      otherTab.postMessage({
        v,
        type: 'key',
        key: 'sk-from-tab-1',
        remembered: false,
        stamp: { at: 50, tab: 't1' },
      }),
    );
    await waitFor(() => expect(asking.current).toBe(false));
    expect(currentApiKey()).toBe('sk-from-tab-1');
    expect(sessionStorage.getItem(STORAGE_KEY)).toBe('sk-from-tab-1');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('a tab with a key answers an ask with it, and does not ask itself', async () => {
    renderHook(() => useKeyActions()).result.current.saveKey('sk-held', false);
    startThisTab();
    otherTab.postMessage({ v, type: 'key-ask' });
    await waitFor(() => expect(heardOfType('key')).toHaveLength(1));
    expect(heardOfType('key')[0]).toMatchObject({ v, key: 'sk-held', remembered: false });
    expect(heardOfType('key-ask')).toEqual([]);
  });

  it('tells the other tabs of a key saved here and of "Forget key"', async () => {
    startThisTab();
    const { saveKey, forgetKey } = renderHook(() => useKeyActions()).result.current;
    act(() => saveKey('sk-new', true));
    act(() => forgetKey());
    await waitFor(() => expect(heardOfType('key-forgotten')).toHaveLength(1));
    expect(heardOfType('key')).toEqual([
      { v, type: 'key', key: 'sk-new', remembered: true, stamp: expect.any(Object) },
    ]);
  });

  it('forgets the key in memory and in both storages when another tab forgets it', async () => {
    renderHook(() => useKeyActions()).result.current.saveKey('sk-remembered', true);
    startThisTab();
    otherTab.postMessage({ v, type: 'key-forgotten', stamp: { at: Date.now() + 1000, tab: 't2' } });
    await waitFor(() => expect(currentApiKey()).toBe(''));
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('ignores key messages of another version or shape', async () => {
    startThisTab();
    const later = { at: 900, tab: 'zz' };
    // Each, if taken, would win over the valid message that follows (an earlier stamp).
    for (const stray of [
      { type: 'key', key: 'sk-unversioned', remembered: false, stamp: later },
      { v: v + 1, type: 'key', key: 'sk-next-version', remembered: false, stamp: later },
      { v, type: 'key', key: 'sk with spaces', remembered: false, stamp: later },
      { v, type: 'key', key: 'sk-no-stamp', remembered: false },
      { v: v + 1, type: 'key-forgotten', stamp: later },
      'key',
    ]) {
      otherTab.postMessage(stray);
    }
    otherTab.postMessage({
      v,
      type: 'key',
      key: 'sk-valid',
      remembered: false,
      stamp: { at: 10, tab: 'a' },
    });
    // Messages are handled in order: once the valid one is in, every stray one was ignored.
    await waitFor(() => expect(currentApiKey()).toBe('sk-valid'));
  });

  it('never writes the key to the console', async () => {
    const calls: unknown[][] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => calls.push(args));
    }
    startThisTab();
    otherTab.postMessage({
      v,
      type: 'key',
      key: 'sk-secret',
      remembered: false,
      stamp: { at: 1, tab: 'a' },
    });
    otherTab.postMessage({
      v,
      type: 'key',
      key: 'sk bad',
      remembered: false,
      stamp: { at: 2, tab: 'a' },
    });
    otherTab.postMessage({ v, type: 'key-ask' });
    await waitFor(() => expect(heardOfType('key')).toHaveLength(1));
    expect(JSON.stringify(calls)).not.toContain('sk-secret');
    vi.restoreAllMocks();
  });
});

describe('tasks between tabs', () => {
  const queryKey = ['task', 'https://api.example', 'https://api.example', 'video_1'];

  it('puts a task the polling tab read into this tab’s cache, and ignores other versions', async () => {
    keySharing.receive({
      kind: 'saved',
      apiKey: 'sk-x',
      remembered: false,
      stamp: { at: 1, tab: 'a' },
    });
    const queryClient = startThisTab();
    otherTab.postMessage({
      type: 'task',
      queryKey,
      task: { id: 'video_1', model: 'old' },
      updatedAt: 9,
    });
    otherTab.postMessage({ v, type: 'task', queryKey, task: { id: 'video_2' }, updatedAt: 8 });
    otherTab.postMessage({
      v,
      type: 'task',
      queryKey,
      task: { id: 'video_1', model: 'new' },
      updatedAt: 5,
    });
    await waitFor(() =>
      expect(queryClient.getQueryData(queryKey)).toEqual({ id: 'video_1', model: 'new' }),
    );
  });

  it('answers a new tab’s hello with what it knows, in the current version', async () => {
    keySharing.receive({
      kind: 'saved',
      apiKey: 'sk-x',
      remembered: false,
      stamp: { at: 1, tab: 'a' },
    });
    const queryClient = startThisTab();
    queryClient.setQueryData(queryKey, { id: 'video_1', status: 'running' });
    otherTab.postMessage({ v, type: 'hello' });
    await waitFor(() => expect(heardOfType('task')).toHaveLength(1));
    expect(heardOfType('task')[0]).toMatchObject({ v, queryKey, task: { id: 'video_1' } });
  });
});
