// The watcher as a tab runs it: answers reach the query cache (the provider's, another tab's, or
// restored from storage), and the tab notifies, titles and badges from what it heard. The browser's
// Notification is a fake that records what it was asked to show.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchAttention } from '../../../../src/app/attention/watch-attention';
import { makeQueryClient } from '../../../../src/app/query-client';
import { taskQueryKey } from '../../../../src/api/get-task';
import { parseTask } from '../../../../src/domain/task-model';
import { connectionNow } from '../../../../src/hooks/use-connection';
import { useNotifyActions } from '../../../../src/stores/notify-store';
import { tabRoleActions } from '../../../../src/stores/tab-role-store';
import { useTasksActions } from '../../../../src/stores/tasks-store';

const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"></svg>';

interface Shown {
  title: string;
  body: string | undefined;
  notification: FakeNotification;
}
let shown: Shown[];

class FakeNotification extends EventTarget {
  static permission: NotificationPermission = 'granted';
  onclick: (() => void) | null = null;
  closed = false;
  constructor(title: string, options?: NotificationOptions) {
    super();
    shown.push({ title, body: options?.body, notification: this });
  }
  close() {
    this.closed = true;
  }
}

let icon: HTMLLinkElement;
let stop: (() => void) | undefined;

beforeEach(() => {
  shown = [];
  FakeNotification.permission = 'granted';
  vi.stubGlobal('Notification', FakeNotification);
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(FAVICON))),
  );
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  icon = document.createElement('link');
  icon.rel = 'icon';
  icon.href = '/favicon.svg';
  document.head.append(icon);
  tabRoleActions().becomeLeader();
  setNotify(true);
});
afterEach(() => {
  stop?.();
  stop = undefined;
  icon.remove();
  setVisibility('visible');
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function track(ids: string[], batch?: string) {
  const { result } = renderHook(() => useTasksActions());
  act(() => result.current.trackTasks(ids, { batch }));
}
function setNotify(on: boolean) {
  const { result } = renderHook(() => useNotifyActions());
  act(() => result.current.chooseNotify(on));
}
function setSound(on: boolean) {
  const { result } = renderHook(() => useNotifyActions());
  act(() => result.current.chooseSound(on));
}

/** A tab with the watcher running; `answer` puts a provider's answer in its cache. */
function startTab() {
  const queryClient = makeQueryClient();
  const opened: string[] = [];
  stop = watchAttention(queryClient, (path) => opened.push(path));
  const answer = (id: string, status: string, at = Date.now()) =>
    queryClient.setQueryData(
      taskQueryKey(connectionNow(), id),
      parseTask({ id, status, prompt: `prompt of ${id}` }, id),
      { updatedAt: at },
    );
  return { queryClient, opened, answer };
}

/** Lets one tick pass: what ended together is told together. */
const endTick = () =>
  act(() => {
    vi.advanceTimersByTime(1_000);
  });

describe('notifications', () => {
  it('tell of a task seen running that ends, once, and open its page on a click', async () => {
    track(['a']);
    const { answer, opened } = startTab();
    answer('a', 'in_progress');
    answer('a', 'completed');
    answer('a', 'completed');
    endTick();
    expect(shown.map(({ title, body }) => [title, body])).toEqual([
      ['Task succeeded', 'prompt of a\na'],
    ]);
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    shown[0]?.notification.onclick?.();
    expect(focus).toHaveBeenCalled();
    expect(opened).toEqual(['/tasks/a']);
    expect(shown[0]?.notification.closed).toBe(true);
    await Promise.resolve();
  });

  it('never tell of tasks restored on load, even when their first answer says they ended', () => {
    track(['old', 'done']);
    const { answer } = startTab();
    const beforeThisPage = performance.timeOrigin - 60_000;
    answer('old', 'in_progress', beforeThisPage);
    answer('done', 'completed', beforeThisPage);
    answer('old', 'completed');
    answer('done', 'completed');
    endTick();
    expect(shown).toEqual([]);
  });

  it('count what was heard before the watcher loaded, and not what was restored', () => {
    track(['early', 'restored']);
    const queryClient = makeQueryClient();
    const key = (id: string) => taskQueryKey(connectionNow(), id);
    queryClient.setQueryData(key('early'), parseTask({ id: 'early', status: 'queued' }, 'early'));
    queryClient.setQueryData(
      key('restored'),
      parseTask({ id: 'restored', status: 'queued' }, 'restored'),
      { updatedAt: performance.timeOrigin - 1 },
    );
    stop = watchAttention(queryClient, () => undefined);
    for (const id of ['early', 'restored']) {
      queryClient.setQueryData(key(id), parseTask({ id, status: 'failed' }, id));
    }
    endTick();
    expect(shown.map(({ title, body }) => [title, body])).toEqual([['Task failed', 'early']]);
  });

  it('tell of a batch once, when its last task ends, and open the list of that batch', () => {
    track(['c1', 'c2', 'c3'], 'cats');
    const { answer, opened } = startTab();
    for (const id of ['c1', 'c2', 'c3']) answer(id, 'in_progress');
    answer('c1', 'completed');
    answer('c2', 'failed');
    endTick();
    expect(shown).toEqual([]);
    answer('c3', 'completed');
    endTick();
    expect(shown.map(({ title, body }) => [title, body])).toEqual([
      ['Batch “cats” finished', '2 succeeded, 1 failed'],
    ]);
    vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    shown[0]?.notification.onclick?.();
    expect(opened).toEqual(['/?batch=cats']);
  });

  it('tell tasks in no batch that end in one tick together', () => {
    track(['x', 'y', 'z']);
    const { answer } = startTab();
    for (const id of ['x', 'y', 'z']) answer(id, 'queued');
    for (const id of ['x', 'y', 'z']) answer(id, id === 'z' ? 'failed' : 'completed');
    endTick();
    expect(shown.map(({ title, body }) => [title, body])).toEqual([
      ['3 tasks finished', '2 succeeded, 1 failed'],
    ]);
  });

  it('come only from the tab that polls, only while on, and only while the browser allows them', () => {
    track(['p', 'q', 'r']);
    const { answer } = startTab();
    for (const id of ['p', 'q', 'r']) answer(id, 'running');

    act(() => tabRoleActions().stepDown());
    answer('p', 'completed');
    endTick();
    act(() => tabRoleActions().becomeLeader());
    setNotify(false);
    answer('q', 'completed');
    endTick();
    setNotify(true);
    FakeNotification.permission = 'denied';
    answer('r', 'completed');
    endTick();
    expect(shown).toEqual([]);
  });

  it('play a chime when the sound is on: rising when all went well, falling when not', () => {
    const frequencies: number[] = [];
    class FakeAudioContext {
      currentTime = 0;
      destination = {};
      resume = () => Promise.resolve();
      createGain = () => ({
        gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
        connect: (next: unknown) => next,
      });
      createOscillator = () => {
        const tone = {
          frequency: { value: 0 },
          connect: (next: unknown) => next,
          start: () => frequencies.push(tone.frequency.value),
          stop: vi.fn(),
        };
        return tone;
      };
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    setSound(true);
    track(['s', 't']);
    const { answer } = startTab();
    answer('s', 'running');
    answer('s', 'completed');
    endTick();
    answer('t', 'running');
    answer('t', 'failed');
    endTick();
    expect(frequencies).toEqual([660, 990, 660, 440]);
  });
});

describe('the tab’s title and icon', () => {
  it('count what runs and warn of a failure while hidden, and clear the warning when looked at', async () => {
    track(['m', 'n', 'o']);
    const { answer } = startTab();
    for (const id of ['m', 'n', 'o']) answer(id, 'running');
    act(() => setVisibility('hidden'));
    expect(document.title).toBe('(3) Reelwatch');
    answer('m', 'failed');
    endTick();
    expect(document.title).toBe('⚠ (2) Reelwatch');
    await vi.waitFor(() => expect(icon.href).toMatch(/^data:image\/svg\+xml,/));
    expect(decodeURIComponent(icon.href)).toContain('fill="#dc2626"');

    act(() => setVisibility('visible'));
    expect(document.title).toBe('Reelwatch');
    await vi.waitFor(() => expect(decodeURIComponent(icon.href)).toContain('fill="#f59e0b"'));

    for (const id of ['n', 'o']) answer(id, 'completed');
    endTick();
    await vi.waitFor(() => expect(icon.getAttribute('href')).toBe('/favicon.svg'));
  });

  it('are put back as they were when the watcher stops', async () => {
    track(['w']);
    const { answer } = startTab();
    answer('w', 'running');
    act(() => setVisibility('hidden'));
    await vi.waitFor(() => expect(icon.href).toMatch(/^data:/));
    expect(document.title).toBe('(1) Reelwatch');
    stop?.();
    stop = undefined;
    expect(document.title).toBe('Reelwatch');
    expect(icon.getAttribute('href')).toBe('/favicon.svg');
  });
});
