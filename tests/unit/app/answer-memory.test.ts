// Restored answers and the poller: finished tasks are never asked again on load or when the
// settings change; unfinished ones are asked when their own schedule says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { restoreLastAnswers, seedLastAnswers } from '../../../src/app/answer-memory';
import { makeQueryClient } from '../../../src/app/query-client';
import { TaskPollerEngine } from '../../../src/app/task-poller-engine';
import { ApiError } from '../../../src/domain/api-error';
import { categoryFor } from '../../../src/hooks/use-task-categories';
import { taskQueryKey } from '../../../src/api/get-task';
import type { Connection } from '../../../src/api/http-client';
import { DEFAULT_QUERY_TEMPLATES } from '../../../src/domain/query-endpoints';
import { parseTask, type Task } from '../../../src/domain/task-model';
import { LastAnswers, lastAnswers, type AnswerBackend } from '../../../src/stores/last-answers';
import { useMayAsk } from '../../../src/stores/tab-role-store';

const BASE = 'https://api.example.com';
const connection: Connection = {
  baseUrl: BASE,
  apiKey: 'sk-test-key',
  forwardedHost: '',
  viaProxy: false,
  appOrigin: 'http://localhost:5173',
  queryTemplates: ['/v1/videos/{id}'],
};

/** Every URL the page asked for, and a provider that says every task is still running. */
const asked: string[] = [];
const provider = vi.fn((input: RequestInfo | URL) => {
  const url = String(input);
  asked.push(url);
  const id = decodeURIComponent(url.split('/').at(-1) ?? '');
  return Promise.resolve(
    Response.json({ id, object: 'video', status: 'in_progress', progress: 50 }),
  );
});

const askedFor = (id: string) => asked.filter((url) => url.endsWith(`/${id}`)).length;

function answer(id: string, at: number, body: Record<string, unknown>) {
  const task: Task = { ...parseTask({ id, object: 'video', ...body }, id), lastChangeAt: at };
  lastAnswers().note({ id, baseUrl: BASE, at, answer: { kind: 'task', task } }, false);
}

let engine: TaskPollerEngine | undefined;

beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal('fetch', provider);
});
afterEach(() => {
  engine?.stop();
  vi.unstubAllGlobals();
});

describe('answers restored before polling starts', () => {
  it('are shown as they were, and only the unfinished task that is due is asked', async () => {
    const now = Date.now();
    const run = Math.random().toString(36).slice(2, 8);
    const done = `video_done_${run}`;
    const failed = `video_failed_${run}`;
    const missing = `video_missing_${run}`;
    const due = `video_due_${run}`;
    const recent = `video_recent_${run}`;
    answer(done, now - 3_600_000, { status: 'completed', progress: 100 });
    answer(failed, now - 3_600_000, { status: 'failed', error: { message: 'No.' } });
    lastAnswers().note(
      {
        id: missing,
        baseUrl: BASE,
        at: now - 60_000,
        answer: { kind: 'not-found', message: 'Not here.' },
      },
      false,
    );
    answer(due, now - 120_000, { status: 'in_progress', progress: 30 });
    // Asked a moment ago and moving: its next turn is seconds away, not now.
    answer(recent, now - 500, { status: 'in_progress', progress: 30 });
    const ids = [done, failed, missing, due, recent];

    const queryClient = makeQueryClient();
    expect(seedLastAnswers(queryClient, connection, ids)).toBe(5);
    const category = (id: string) => {
      const state = queryClient.getQueryState<Task>(taskQueryKey(connection, id));
      return categoryFor(state?.data, state?.error);
    };
    expect(ids.map(category)).toEqual(['succeeded', 'failed', 'not-found', 'running', 'running']);
    // What the rows say: how old each answer is.
    expect(queryClient.getQueryState(taskQueryKey(connection, done))?.dataUpdatedAt).toBe(
      now - 3_600_000,
    );

    // A key the provider refused, as the poller left it.
    const refused = `video_refused_${run}`;
    queryClient
      .getQueryCache()
      .build(queryClient, { queryKey: taskQueryKey(connection, refused) })
      .setState({
        status: 'error',
        error: new ApiError('unauthorized', 'The key was refused.', { status: 401 }),
        errorUpdatedAt: now,
      });
    ids.push(refused);
    engine = new TaskPollerEngine(queryClient);
    engine.sync({ ids, connection, pollIntervalMs: 5_000, active: true });
    await vi.waitFor(() => expect(askedFor(due)).toBe(1));
    await vi.waitFor(() => expect(engine?.size).toBe(6));
    expect([done, failed, missing, recent, refused].map(askedFor)).toEqual([0, 0, 0, 0, 0]);

    // A new key: errors that a key may fix are asked again, but "not found" is final.
    engine.sync({
      ids,
      connection: { ...connection, apiKey: 'sk-new-key' },
      pollIntervalMs: 5_000,
      active: true,
    });
    await vi.waitFor(() => expect(askedFor(refused)).toBe(1));
    expect([done, failed, missing].map(askedFor)).toEqual([0, 0, 0]);

    // New Query endpoints may find what the old ones did not.
    engine.sync({
      ids,
      connection: { ...connection, apiKey: 'sk-new-key', queryTemplates: DEFAULT_QUERY_TEMPLATES },
      pollIntervalMs: 5_000,
      active: true,
    });
    await vi.waitFor(() => expect(asked.some((url) => url.includes(missing))).toBe(true));
    expect([done, failed].map(askedFor)).toEqual([0, 0]);
  });

  it('leave alone a task the cache already knows better', () => {
    const now = Date.now();
    const id = `video_known_${Math.random().toString(36).slice(2, 8)}`;
    answer(id, now - 60_000, { status: 'in_progress', progress: 10 });
    const queryClient = makeQueryClient();
    const fresh = parseTask({ id, object: 'video', status: 'completed' }, id);
    queryClient.setQueryData(taskQueryKey(connection, id), fresh);
    expect(seedLastAnswers(queryClient, connection, [id])).toBe(0);
    expect(queryClient.getQueryData<Task>(taskQueryKey(connection, id))?.status).toBe('succeeded');
  });
});

describe('a slow read of the last answers', () => {
  /** A store whose read finishes when the test says so. */
  function slowBackend() {
    let finish: (records: unknown[]) => void = () => undefined;
    const backend: AnswerBackend = {
      readAll: () => new Promise((resolve) => (finish = resolve)),
      put: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    return { backend, finish: (records: unknown[]) => finish(records) };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets the page render but holds every request until the answers are in', async () => {
    vi.useFakeTimers();
    const { backend, finish } = slowBackend();
    const { result: mayAsk } = renderHook(() => useMayAsk());
    expect(mayAsk.current).toBe(true);

    const restored = restoreLastAnswers(makeQueryClient(), new LastAnswers(backend));
    // The page renders after the cap, knowing nothing yet, and asks nothing yet.
    await vi.advanceTimersByTimeAsync(1_500);
    const stop = await restored;
    expect(mayAsk.current).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(mayAsk.current).toBe(false);

    finish([]);
    await vi.waitFor(() => expect(mayAsk.current).toBe(true));
    stop();
  });

  it('asks anyway when the answers never come', async () => {
    vi.useFakeTimers();
    const { backend } = slowBackend();
    const { result: mayAsk } = renderHook(() => useMayAsk());
    const restored = restoreLastAnswers(makeQueryClient(), new LastAnswers(backend));
    await vi.advanceTimersByTimeAsync(1_500);
    const stop = await restored;
    expect(mayAsk.current).toBe(false);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(mayAsk.current).toBe(true);
    stop();
  });

  it('asks at once when the answers cannot be read', async () => {
    const backend: AnswerBackend = {
      readAll: () => Promise.reject(new Error('IndexedDB is gone')),
      put: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { result: mayAsk } = renderHook(() => useMayAsk());
    const stop = await restoreLastAnswers(makeQueryClient(), new LastAnswers(backend));
    expect(mayAsk.current).toBe(true);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    stop();
  });
});
