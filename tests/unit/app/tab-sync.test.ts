// This tab runs the real tab sync; "another tab" is a BroadcastChannel of the same name in the
// test, which sees exactly what this tab sends and sends whatever a tab (or anything else) might.
// The election at the end runs several real tabs instead (see there).
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/domain/api-error';
import { makeQueryClient } from '../../../src/app/query-client';
import { startTabSync } from '../../../src/app/tab-sync';
import { TAB_PROTOCOL_VERSION } from '../../../src/app/tab-messages';
import {
  currentApiKey,
  keySharing,
  useAskingOtherTabs,
  useKeyActions,
} from '../../../src/stores/key-store';
import { useSimulator } from '../../components/simulator-server';
import { FakeLockManager } from './fake-web-locks';

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
});

describe('stale, foreign and replayed task messages', () => {
  const queryKey = ['task', 'https://api.example', 'https://api.example', 'video_1'];
  const otherKey = ['task', 'https://api.example', 'https://api.example', 'video_2'];
  const withKey = () =>
    keySharing.receive({
      kind: 'saved',
      apiKey: 'sk-x',
      remembered: false,
      stamp: { at: 1, tab: 'a' },
    });
  /** An answer this tab asked the provider for itself. */
  const readHere = (queryClient: QueryClient, key: readonly unknown[], task: unknown) =>
    queryClient.fetchQuery({ queryKey: key, queryFn: () => task, staleTime: 0 });
  /** Messages are read in the order sent: once this one's answer is heard, all before were read. */
  const afterAllRead = async () => {
    const answered = heardOfType('key').length;
    otherTab.postMessage({ v, type: 'key-ask' });
    await waitFor(() => expect(heardOfType('key')).toHaveLength(answered + 1));
  };

  it('ignores a task or an error older than what this tab already knows', async () => {
    withKey();
    const queryClient = startThisTab();
    await readHere(queryClient, queryKey, { id: 'video_1', model: 'read here' });
    const known = queryClient.getQueryState(queryKey)?.dataUpdatedAt ?? 0;
    otherTab.postMessage({
      v,
      type: 'task',
      queryKey,
      task: { id: 'video_1', model: 'older' },
      updatedAt: known - 1,
    });
    otherTab.postMessage({
      v,
      type: 'error',
      queryKey,
      error: { kind: 'server', message: 'Down a while ago.', status: 502 },
      updatedAt: known - 1,
    });
    // A newer answer of another task: once it is in, the two before it were read.
    otherTab.postMessage({
      v,
      type: 'task',
      queryKey: otherKey,
      task: { id: 'video_2' },
      updatedAt: known + 1,
    });
    await waitFor(() => expect(queryClient.getQueryData(otherKey)).toEqual({ id: 'video_2' }));
    expect(queryClient.getQueryState(queryKey)).toMatchObject({
      status: 'success',
      data: { id: 'video_1', model: 'read here' },
      dataUpdatedAt: known,
      error: null,
      errorUpdatedAt: 0,
    });
  });

  it('takes a newer error from the polling tab, and keeps the task it shows', async () => {
    withKey();
    const queryClient = startThisTab();
    await readHere(queryClient, queryKey, { id: 'video_1', model: 'read here' });
    const known = queryClient.getQueryState(queryKey)?.dataUpdatedAt ?? 0;
    otherTab.postMessage({
      v,
      type: 'error',
      queryKey,
      error: { kind: 'server', message: 'Down just now.', status: 502 },
      updatedAt: known + 1,
    });
    await waitFor(() =>
      expect(queryClient.getQueryState(queryKey)?.errorUpdatedAt).toBe(known + 1),
    );
    const state = queryClient.getQueryState(queryKey);
    expect(state).toMatchObject({ status: 'success', data: { id: 'video_1', model: 'read here' } });
    expect(state?.error).toBeInstanceOf(ApiError);
    expect(state?.error).toMatchObject({ kind: 'server', message: 'Down just now.', status: 502 });
  });

  it('ignores junk and other builds’ messages: nothing changes, nothing is answered', async () => {
    withKey();
    const queryClient = startThisTab();
    await readHere(queryClient, queryKey, { id: 'video_1', model: 'read here' });
    const before = queryClient.getQueryState(queryKey);
    const far = Date.now() + 3_600_000;
    for (const stray of [
      // A tab of an older build, and one of a newer, saying hello: no replay for them.
      { type: 'hello' },
      { v: v + 1, type: 'hello' },
      { v: String(v), type: 'hello' },
      {
        v: v + 1,
        type: 'task',
        queryKey,
        task: { id: 'video_1', model: 'next build' },
        updatedAt: far,
      },
      { v, type: 'task', queryKey, task: { id: 'video_2' }, updatedAt: far },
      {
        v,
        type: 'task',
        queryKey: ['task', 'x', 'video_1'],
        task: { id: 'video_1' },
        updatedAt: far,
      },
      { v, type: 'task', queryKey: otherKey, task: { id: 'video_2' }, updatedAt: -1 },
      { v, type: 'task', queryKey: otherKey, task: { id: 'video_2' }, updatedAt: '9' },
      { v, type: 'error', queryKey, error: { kind: 'gremlins', message: 'Boo.' }, updatedAt: far },
      { v, type: 'error', queryKey, error: 'Down.', updatedAt: far },
      { v, type: 'forget-everything' },
      { v },
      null,
      'hello',
      42,
      [v, 'hello'],
    ]) {
      otherTab.postMessage(stray);
    }
    await afterAllRead();
    expect(heardOfType('task')).toEqual([]);
    expect(heardOfType('error')).toEqual([]);
    expect(queryClient.getQueryState(queryKey)).toEqual(before);
    expect(queryClient.getQueryCache().findAll()).toHaveLength(1);

    // Nor do they count as another tab: this tab's own answers still go nowhere.
    await readHere(queryClient, queryKey, { id: 'video_1', model: 'read again' });
    await afterAllRead();
    expect(heardOfType('task')).toEqual([]);
  });

  it('says hello when it opens, and answers a hello with every task it knows, errors too', async () => {
    withKey();
    const queryClient = startThisTab();
    await waitFor(() => expect(heardOfType('hello')).toEqual([{ v, type: 'hello' }]));
    await readHere(queryClient, queryKey, { id: 'video_1', status: 'running' });
    await queryClient
      .fetchQuery({
        queryKey: otherKey,
        queryFn: () => Promise.reject(new ApiError('not-found', 'No such task.', { status: 404 })),
        retry: false,
      })
      .catch(() => undefined);
    queryClient.setQueryData(['not-a-task'], { id: 'video_1' });
    // Alone, it copies its answers to nobody.
    await afterAllRead();
    expect([...heardOfType('task'), ...heardOfType('error')]).toEqual([]);

    otherTab.postMessage({ v, type: 'hello' });
    await waitFor(() => expect([...heardOfType('task'), ...heardOfType('error')]).toHaveLength(2));
    expect(heardOfType('task')).toEqual([
      {
        v,
        type: 'task',
        queryKey,
        task: { id: 'video_1', status: 'running' },
        updatedAt: queryClient.getQueryState(queryKey)?.dataUpdatedAt,
      },
    ]);
    expect(heardOfType('error')).toEqual([
      {
        v,
        type: 'error',
        queryKey: otherKey,
        error: { kind: 'not-found', message: 'No such task.', status: 404 },
        updatedAt: queryClient.getQueryState(otherKey)?.errorUpdatedAt,
      },
    ]);

    // From now on each answer goes out as it comes.
    await readHere(queryClient, queryKey, { id: 'video_1', status: 'succeeded' });
    await waitFor(() => expect(heardOfType('task')).toHaveLength(2));
    expect(heardOfType('task')[1]).toMatchObject({ task: { status: 'succeeded' } });
  });
});

// The election between real tabs. Each tab loads the app's modules afresh, so it has stores of
// its own, as a browser tab does; they share one lock manager and one storage and talk over
// BroadcastChannel, as the tabs of one origin do; each runs its pollers against the simulator.
// One document stands for every tab, so they are hidden and shown together.
describe('the poller election between tabs', () => {
  const LOCK_NAME = 'sora-dashboard:poller';
  const sim = useSimulator('tabs');

  interface Tab {
    name: string;
    leads: () => boolean;
    /** Whether its pollers watch a task: what makes requests. */
    polls: () => boolean;
    /** Whether it holds an answer for `id`, its own or one it heard. */
    knows: (id: string) => boolean;
    /** How many answers it got from the provider itself (not heard from another tab). */
    ownAnswers: () => number;
    /** How many times it took the lead. */
    timesLed: () => number;
    close: () => void;
  }

  let locks: FakeLockManager;
  let tabs: Tab[];
  /** Every moment a tab took the lead while another still led. */
  let overlaps: string[];

  beforeEach(() => {
    locks = new FakeLockManager();
    Object.defineProperty(navigator, 'locks', { configurable: true, value: locks });
    tabs = [];
    overlaps = [];
  });
  afterEach(() => {
    act(() => tabs.forEach((tab) => tab.close()));
    Reflect.deleteProperty(navigator, 'locks');
    setVisibility('visible');
  });

  /** What an earlier visit left in storage: the key, the simulator, and the tasks. */
  async function earlierVisit(ids: string[]) {
    vi.resetModules();
    const keys = await import('../../../src/stores/key-store');
    const connection = await import('../../../src/stores/connection-store');
    const tasks = await import('../../../src/stores/tasks-store');
    renderHook(() => keys.useKeyActions()).result.current.saveKey('sk-tabs', false);
    renderHook(() => connection.useConnectionActions()).result.current.saveConnection({
      ...connection.connectionSettingsNow(),
      baseUrl: sim.origin,
      pollIntervalSeconds: 2,
    });
    renderHook(() => tasks.useTasksActions()).result.current.trackTasks(ids);
  }

  /** A task the simulator shows running, so it is polled every few seconds. */
  async function runningTask() {
    const id = sim.fresh('sora-2:task_demo_fast');
    await sim.start(id);
    sim.clock.advanceSeconds(6);
    return id;
  }

  async function openTab(name: string): Promise<Tab> {
    vi.resetModules();
    const { startTabSync } = await import('../../../src/app/tab-sync');
    const { useTaskPollers } = await import('../../../src/app/task-pollers');
    const { makeQueryClient } = await import('../../../src/app/query-client');
    const role = await import('../../../src/stores/tab-role-store');
    const queryClient = makeQueryClient();
    const cache = queryClient.getQueryCache();
    let ownAnswers = 0;
    cache.subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success' && !event.action.manual) {
        ownAnswers += 1;
      }
    });
    const actions = role.tabRoleActions();
    const becomeLeader = actions.becomeLeader;
    let timesLed = 0;
    actions.becomeLeader = () => {
      for (const other of tabs) {
        if (other.name !== name && other.leads()) overlaps.push(`${name} while ${other.name}`);
      }
      timesLed += 1;
      becomeLeader();
    };
    const stopSync = startTabSync(queryClient);
    const { unmount } = renderHook(() => useTaskPollers(), {
      wrapper: ({ children }: { children: ReactNode }) =>
        createElement(QueryClientProvider, { client: queryClient }, children),
    });
    let open = true;
    const tab: Tab = {
      name,
      leads: role.isLeaderNow,
      polls: () => cache.findAll({ queryKey: ['task'] }).some((q) => q.getObserversCount() > 0),
      knows: (id) =>
        cache
          .findAll({ queryKey: ['task'] })
          .some((q) => q.queryKey[3] === id && q.state.data !== undefined),
      ownAnswers: () => ownAnswers,
      timesLed: () => timesLed,
      close: () => {
        if (!open) return;
        open = false;
        unmount();
        stopSync();
      },
    };
    tabs.push(tab);
    return tab;
  }

  const leaders = () => tabs.filter((tab) => tab.leads()).map((tab) => tab.name);

  it('the first tab polls and the next waits; when the polling tab closes, the next polls', async () => {
    const id = await runningTask();
    await earlierVisit([id]);
    const first = await openTab('first');
    await waitFor(() => expect(first.polls()).toBe(true));
    await waitFor(async () => expect(await sim.polls(id)).toBeGreaterThan(1));
    const second = await openTab('second');
    // It hears the polling tab's answers (its hello is answered) and asks nothing itself.
    await waitFor(() => expect(second.knows(id)).toBe(true));
    expect(leaders()).toEqual(['first']);
    expect(locks.waiting(LOCK_NAME)).toBe(1);
    expect(second.polls()).toBe(false);
    expect(second.ownAnswers()).toBe(0);

    act(() => first.close());
    await waitFor(() => expect(leaders()).toEqual(['second']));
    await waitFor(() => expect(second.polls()).toBe(true));
    await waitFor(() => expect(second.ownAnswers()).toBeGreaterThan(0));
    expect(overlaps).toEqual([]);
  });

  it('hands the polling on one tab at a time, in the order they came, skipping a closed one', async () => {
    await earlierVisit([]);
    const first = await openTab('first');
    await waitFor(() => expect(leaders()).toEqual(['first']));
    const second = await openTab('second');
    const third = await openTab('third');
    await waitFor(() => expect(locks.waiting(LOCK_NAME)).toBe(2));

    // A tab closed while it waits leaves the line.
    act(() => second.close());
    await waitFor(() => expect(locks.waiting(LOCK_NAME)).toBe(1));
    const fourth = await openTab('fourth');
    await waitFor(() => expect(locks.waiting(LOCK_NAME)).toBe(2));

    act(() => first.close());
    await waitFor(() => expect(leaders()).toEqual(['third']));
    act(() => third.close());
    await waitFor(() => expect(leaders()).toEqual(['fourth']));
    expect(locks.waiting(LOCK_NAME)).toBe(0);
    expect(fourth.leads()).toBe(true);
    expect(overlaps).toEqual([]);
  });

  it('no tab polls while the page is hidden, and one takes it up when it is shown', async () => {
    const id = await runningTask();
    await earlierVisit([id]);
    const first = await openTab('first');
    await waitFor(() => expect(first.polls()).toBe(true));
    const second = await openTab('second');
    await waitFor(() => expect(locks.waiting(LOCK_NAME)).toBe(1));

    act(() => setVisibility('hidden'));
    // The polling tab lets go; the tab next in line is handed the lock while hidden and passes
    // it on.
    await waitFor(() => {
      expect(locks.isHeld(LOCK_NAME)).toBe(false);
      expect(locks.waiting(LOCK_NAME)).toBe(0);
    });
    expect(leaders()).toEqual([]);
    await waitFor(() => expect(first.polls() || second.polls()).toBe(false));

    act(() => setVisibility('visible'));
    await waitFor(() => expect(leaders()).toHaveLength(1));
    const leader = first.leads() ? first : second;
    await waitFor(() => expect(leader.polls()).toBe(true));
    expect(locks.waiting(LOCK_NAME)).toBe(1);
    expect(overlaps).toEqual([]);
  });

  describe('while notifications are on', () => {
    beforeEach(() => {
      vi.stubGlobal('Notification', { permission: 'granted' });
      localStorage.setItem(
        'sora-dashboard:notify',
        JSON.stringify({ state: { notify: true, sound: false }, version: 1 }),
      );
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('the polling tab keeps polling while hidden, and the next takes over when it closes', async () => {
      const id = await runningTask();
      await earlierVisit([id]);
      const first = await openTab('first');
      await waitFor(() => expect(first.polls()).toBe(true));
      const second = await openTab('second');
      await waitFor(() => expect(locks.waiting(LOCK_NAME)).toBe(1));

      act(() => setVisibility('hidden'));
      expect(leaders()).toEqual(['first']);
      expect(first.polls()).toBe(true);
      expect(locks.waiting(LOCK_NAME)).toBe(1);

      // Every tab hidden, the one that polls closes: someone must poll to tell of what ends.
      act(() => first.close());
      await waitFor(() => expect(leaders()).toEqual(['second']));
      await waitFor(() => expect(second.polls()).toBe(true));
      expect(overlaps).toEqual([]);
    });

    it('a visible tab waiting to poll asks for it; a visible one that polls keeps it', async () => {
      const id = await runningTask();
      await earlierVisit([id]);
      const first = await openTab('first');
      await waitFor(() => expect(first.knows(id)).toBe(true));
      await openTab('second');
      await waitFor(() => expect(heardOfType('lead-ask')).toHaveLength(1));

      // A hello after the ask is answered only once the ask was read (a channel keeps order).
      const answersBefore = heardOfType('task').length;
      otherTab.postMessage({ v, type: 'lead-ask' });
      otherTab.postMessage({ v, type: 'hello' });
      await waitFor(() => expect(heardOfType('task').length).toBeGreaterThan(answersBefore));
      expect(leaders()).toEqual(['first']);
      expect(first.timesLed()).toBe(1);
    });

    it('a hidden tab that polls lets a visible one that asks go first, and lines up again', async () => {
      await earlierVisit([]);
      const first = await openTab('first');
      await waitFor(() => expect(leaders()).toEqual(['first']));
      act(() => setVisibility('hidden'));
      expect(leaders()).toEqual(['first']);

      // The asking tab stands in for a visible one: it is not in line, so the lock comes back.
      otherTab.postMessage({ v, type: 'lead-ask' });
      await waitFor(() => expect(first.timesLed()).toBe(2));
      expect(leaders()).toEqual(['first']);
      expect(locks.waiting(LOCK_NAME)).toBe(0);
    });
  });
});

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  document.dispatchEvent(new Event('visibilitychange'));
}
