// The list's counts and filters re-render only when a task's category, failure class or model
// changes: not on every answer, since a thousand tasks answer all the time.
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taskQueryKey } from '../../../src/api/get-task';
import { ApiError } from '../../../src/domain/api-error';
import { parseTask } from '../../../src/domain/task-model';
import { makeQueryClient } from '../../../src/app/query-client';
import { useConnection } from '../../../src/hooks/use-connection';
import { useTaskCategories } from '../../../src/hooks/use-task-categories';

const ids = ['veo3.1-fast:1770350082-abc', 'video_b'];

function renderSummaries() {
  const queryClient = makeQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const view = renderHook(
    () => ({ summaries: useTaskCategories(ids), connection: useConnection() }),
    { wrapper },
  );
  /** A provider answer for `id` lands in the cache, and the coalesced recount runs. */
  const answer = (id: string, body: Record<string, unknown>) =>
    act(() => {
      queryClient.setQueryData(
        taskQueryKey(view.result.current.connection, id),
        parseTask(body, id),
      );
      vi.advanceTimersByTime(200);
    });
  /** `id`'s request failed and is being tried again, as the row shows it ("Error"). */
  const failAndRetry = (id: string, error: Error) =>
    act(() => {
      const queryKey = taskQueryKey(view.result.current.connection, id);
      const query = queryClient.getQueryCache().build(queryClient, { queryKey });
      query.setState({
        status: 'pending',
        fetchStatus: 'fetching',
        error: null,
        fetchFailureCount: 1,
        fetchFailureReason: error,
      });
      vi.advanceTimersByTime(200);
    });
  return { view, answer, failAndRetry };
}

describe('useTaskCategories', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts a task whose request failed as an error while it is tried again, as its row says', () => {
    const { view, failAndRetry } = renderSummaries();
    failAndRetry('video_b', new ApiError('network', 'The provider could not be reached.'));
    expect(view.result.current.summaries[1]).toMatchObject({
      category: 'error',
      failureClass: 'unreachable',
    });
  });

  it("names the model from the id's prefix until an answer names it", () => {
    const { view, answer } = renderSummaries();
    expect(view.result.current.summaries.map((summary) => summary.model)).toEqual([
      'veo3.1-fast',
      undefined,
    ]);
    answer('video_b', { id: 'video_b', status: 'in_progress', progress: 10, model: 'sora-2' });
    expect(view.result.current.summaries[1]).toMatchObject({
      category: 'running',
      failureClass: undefined,
      model: 'sora-2',
      progress: 10,
    });
  });

  it('keeps the same result while answers change nothing it holds, and not longer', () => {
    const { view, answer } = renderSummaries();
    answer('video_b', { id: 'video_b', status: 'in_progress', progress: 10, model: 'sora-2' });
    const before = view.result.current.summaries;
    // The same answer again: nothing the list searches, sorts or counts by has changed.
    answer('video_b', { id: 'video_b', status: 'in_progress', progress: 10, model: 'sora-2' });
    expect(view.result.current.summaries).toBe(before);
    // Progress is what "Sort by progress" reads; the model, what the filter counts.
    answer('video_b', { id: 'video_b', status: 'in_progress', progress: 60, model: 'sora-2' });
    expect(view.result.current.summaries).not.toBe(before);
    expect(view.result.current.summaries[1]?.progress).toBe(60);
    const after = view.result.current.summaries;
    answer('video_b', { id: 'video_b', status: 'in_progress', progress: 60, model: 'sora-2-pro' });
    expect(view.result.current.summaries).not.toBe(after);
    expect(view.result.current.summaries[1]?.model).toBe('sora-2-pro');
  });
});
