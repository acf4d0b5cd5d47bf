// The history recorder in a page of its own: each test loads the modules afresh, over an
// IndexedDB of its own (fake-indexeddb, as a browser would give), and answers reach the recorder
// through the query cache as the poller's and the other tabs' do. What the recorder promises:
// only the tab that asked the provider, while it leads, writes; a waiting write goes out when
// the page is hidden or closed; a removed task's history and last answer stay a minute, so that
// Undo brings the task back whole, and then go.
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../../src/domain/task-history';
import { parseTask } from '../../../src/domain/task-model';
import { indexedDbAnswers } from '../../../src/stores/last-answers';
import { indexedDbBackend } from '../../../src/stores/task-history-store';

const BASE = 'https://api.example.com';
/** How long a removed task's history is kept (history-recorder.ts). */
const FORGET_AFTER_MS = 60_000;

const queryKeyOf = (id: string) => ['task', BASE, BASE, id] as const;
const running = (id: string, progress: number) =>
  parseTask({ id, object: 'video', status: 'in_progress', progress }, id);

/** One turn of the event loop: what a resolved promise queued has run by then. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks again after each turn of the event loop until `check` passes. For waits under the fake
 * clock, whose timers (and so `waitFor`'s time limit) stand still: a write to the fake IndexedDB
 * takes a fixed number of turns, however busy the machine.
 */
async function eventually(check: () => Promise<void>, turns = 500): Promise<void> {
  for (let turn = 0; ; turn += 1) {
    try {
      await check();
      return;
    } catch (error) {
      if (turn >= turns) throw error;
    }
    await nextTurn();
  }
}

/** A page with the recorder mounted, as the app shell mounts it, on a fresh IndexedDB. */
async function openPage() {
  vi.resetModules();
  const factory = new IDBFactory();
  vi.stubGlobal('indexedDB', factory);
  vi.stubGlobal('IDBKeyRange', IDBKeyRange);
  const { useHistoryRecorder } = await import('../../../src/app/history-recorder');
  const { makeQueryClient } = await import('../../../src/app/query-client');
  const { useTasksActions } = await import('../../../src/stores/tasks-store');
  const { tabRoleActions } = await import('../../../src/stores/tab-role-store');
  const { taskHistoryStore } = await import('../../../src/stores/task-history-store');
  const { lastAnswers } = await import('../../../src/stores/last-answers');

  const queryClient = makeQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client: queryClient }, children);
  const { result, unmount } = renderHook(
    () => {
      useHistoryRecorder();
      return useTasksActions();
    },
    { wrapper },
  );
  // The app's own stores, the ones the recorder writes to; read back through a connection of
  // their own, as a reload would.
  const history = taskHistoryStore();
  const answers = lastAnswers();
  const historyOnDisk = indexedDbBackend(factory);
  const answersOnDisk = indexedDbAnswers(factory);
  const shownNow = (id: string) => history.getSnapshots(id).map((snapshot) => snapshot.progress);

  return {
    actions: () => result.current,
    /** The row's Remove: takes the task off the list and says what it was, for Undo. */
    remove: (id: string) => {
      let removal: ReturnType<ReturnType<typeof useTasksActions>['untrackTasks']>;
      act(() => {
        removal = result.current.untrackTasks([id]);
      });
      if (!removal) throw new Error(`${id} was not tracked`);
      return removal;
    },
    role: tabRoleActions(),
    unmount,
    history,
    answers,
    /** The answer of a request this tab sent (the poller's or a Refresh). */
    providerAnswers: (id: string, progress: number) =>
      queryClient.fetchQuery({
        queryKey: queryKeyOf(id),
        queryFn: () => running(id, progress),
        staleTime: 0,
      }),
    /** What another tab read, put into this tab's cache by hand, as app/tab-sync.ts does. */
    otherTabSends: (id: string, progress: number) =>
      queryClient.setQueryData(queryKeyOf(id), running(id, progress), { updatedAt: Date.now() }),
    /** Opens the task's history as its page does: what is shown live, stored or not. */
    watch: (id: string) => history.subscribe(id, () => undefined),
    /** Waits until the history shown for `id` (watched) is `progress`: the recorder has it. */
    shows: (id: string, progress: (number | undefined)[]) =>
      waitFor(() => expect(shownNow(id)).toEqual(progress)),
    shownNow,
    /** What IndexedDB holds for `id` now, without writing what waits. */
    onDisk: async (id: string) =>
      (await historyOnDisk.read(id)).map((snapshot: Snapshot) => snapshot.progress),
    /** What IndexedDB holds for `id` once every write asked for so far is done. */
    storedAfterWrites: async (id: string) => {
      await history.flush();
      return (await historyOnDisk.read(id)).map((snapshot: Snapshot) => snapshot.progress);
    },
    lastAnswerStored: async (id: string) => {
      await answers.flush();
      const records = await answersOnDisk.readAll();
      return records.some((record) => Reflect.get(Object(record), 'id') === id);
    },
  };
}

type Page = Awaited<ReturnType<typeof openPage>>;

/** Moves the fake clock, then lets what its timers started reach the stores. */
async function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
  await nextTurn();
}

/** A tracked task with one stored answer, in the history and in the last answers. */
async function storedTask(page: Page, id: string) {
  page.watch(id);
  act(() => page.actions().trackTasks([id]));
  await page.providerAnswers(id, 10);
  await page.shows(id, [10]);
  page.answers.note(
    { id, baseUrl: BASE, at: Date.now(), answer: { kind: 'task', task: running(id, 10) } },
    true,
  );
  expect(await page.storedAfterWrites(id)).toEqual([10]);
  expect(await page.lastAnswerStored(id)).toBe(true);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
});

describe('the history recorder', () => {
  it('writes down every answer this tab asked the provider for while it leads', async () => {
    const page = await openPage();
    page.watch('video_1');
    await page.providerAnswers('video_1', 10);
    await page.providerAnswers('video_1', 20);
    await page.shows('video_1', [10, 20]);
    expect(await page.storedAfterWrites('video_1')).toEqual([10, 20]);
  });

  it('in a tab that does not lead, shows its answers but writes none of them', async () => {
    const page = await openPage();
    page.watch('video_1');
    act(() => page.role.stepDown());
    await page.providerAnswers('video_1', 10);
    await page.shows('video_1', [10]);
    expect(await page.storedAfterWrites('video_1')).toEqual([]);

    // Leading from now on: only what it asks from now on is its to write.
    act(() => page.role.becomeLeader());
    await page.providerAnswers('video_1', 20);
    await page.shows('video_1', [10, 20]);
    expect(await page.storedAfterWrites('video_1')).toEqual([20]);
  });

  it('even in the leading tab, shows an answer another tab sent but does not write it', async () => {
    const page = await openPage();
    page.watch('video_1');
    act(() => {
      page.otherTabSends('video_1', 10);
    });
    await page.shows('video_1', [10]);
    expect(await page.storedAfterWrites('video_1')).toEqual([]);

    await page.providerAnswers('video_1', 20);
    await page.shows('video_1', [10, 20]);
    expect(await page.storedAfterWrites('video_1')).toEqual([20]);
  });

  it.each([
    ['the page is hidden', () => setVisibility('hidden')],
    ['the page is closed', () => window.dispatchEvent(new Event('pagehide'))],
    ['the app unmounts', (page: Page) => page.unmount()],
  ])('writes what waits at once when %s', async (_when, leave) => {
    const page = await openPage();
    page.watch('video_1');
    await page.providerAnswers('video_1', 10);
    await page.shows('video_1', [10]);
    // A new status is written at once; a mere step of progress waits a second for company.
    await eventually(async () => expect(await page.onDisk('video_1')).toEqual([10]));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await page.providerAnswers('video_1', 20);
    expect(page.shownNow('video_1')).toEqual([10, 20]);
    await nextTurn();
    expect(await page.onDisk('video_1')).toEqual([10]);

    leave(page);
    await eventually(async () => expect(await page.onDisk('video_1')).toEqual([10, 20]));
  });

  it('deletes a removed task’s history and last answer a minute later, not before', async () => {
    const page = await openPage();
    await storedTask(page, 'video_a');
    await storedTask(page, 'video_b');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    page.remove('video_a');
    await wait(30_000);
    // Another change of the list in between must not cancel the first task's timer.
    page.remove('video_b');
    await wait(FORGET_AFTER_MS - 30_000 - 1);
    expect(await page.storedAfterWrites('video_a')).toEqual([10]);
    expect(await page.lastAnswerStored('video_a')).toBe(true);

    await wait(1);
    expect(await page.storedAfterWrites('video_a')).toEqual([]);
    expect(await page.lastAnswerStored('video_a')).toBe(false);
    expect(await page.storedAfterWrites('video_b')).toEqual([10]);
    expect(await page.lastAnswerStored('video_b')).toBe(true);

    await wait(30_000);
    expect(await page.storedAfterWrites('video_b')).toEqual([]);
    expect(await page.lastAnswerStored('video_b')).toBe(false);
  });

  it('keeps the history of a task that Undo brought back within the minute', async () => {
    const page = await openPage();
    await storedTask(page, 'video_a');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    const removal = page.remove('video_a');
    await wait(59_000);
    act(() => page.actions().restoreTasks(removal));
    await wait(10 * FORGET_AFTER_MS);
    expect(await page.storedAfterWrites('video_a')).toEqual([10]);
    expect(await page.lastAnswerStored('video_a')).toBe(true);
  });

  it('keeps a task removed again after an Undo a full minute from the second removal', async () => {
    const page = await openPage();
    await storedTask(page, 'video_a');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    const first = page.remove('video_a');
    await wait(10_000);
    act(() => page.actions().restoreTasks(first));
    await wait(40_000);
    page.remove('video_a');
    // The first removal's minute is over, the second's is not: Undo must still bring it back whole.
    await wait(FORGET_AFTER_MS - 1);
    expect(await page.storedAfterWrites('video_a')).toEqual([10]);
    expect(await page.lastAnswerStored('video_a')).toBe(true);

    await wait(1);
    expect(await page.storedAfterWrites('video_a')).toEqual([]);
    expect(await page.lastAnswerStored('video_a')).toBe(false);
  });
});

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  document.dispatchEvent(new Event('visibilitychange'));
}
