// A row's view of a task asks the provider nothing by itself: the pollers do. Above all, a task
// known to be nowhere (restored from storage) is not searched for again when the tab starts
// polling, which it did when the row's query went from disabled to enabled (TanStack counts a
// query without data as stale, whatever its staleTime).
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taskQueryKey } from '../../../src/api/get-task';
import { makeQueryClient } from '../../../src/app/query-client';
import { ApiError } from '../../../src/domain/api-error';
import { useConnection } from '../../../src/hooks/use-connection';
import { useTask } from '../../../src/hooks/use-task';
import { useKeyActions } from '../../../src/stores/key-store';
import { tabRoleActions } from '../../../src/stores/tab-role-store';

const ID = 'video_known_nowhere';
const provider = vi.fn(() =>
  Promise.resolve(Response.json({ error: 'not found' }, { status: 404 })),
);

beforeEach(() => {
  provider.mockClear();
  vi.stubGlobal('fetch', provider);
});
afterEach(() => {
  vi.unstubAllGlobals();
  tabRoleActions().becomeLeader();
});

describe('a row’s view of a task', () => {
  it('does not search again for a task known to be nowhere when the tab starts polling', () => {
    const queryClient = makeQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    renderHook(() => useKeyActions(), { wrapper }).result.current.saveKey('sk-test', false);
    const { result: connection } = renderHook(() => useConnection(), { wrapper });
    // Restored from storage: no endpoint had it.
    queryClient.getQueryCache().build(
      queryClient,
      { queryKey: taskQueryKey(connection.current, ID) },
      {
        status: 'error',
        data: undefined,
        dataUpdatedAt: 0,
        dataUpdateCount: 0,
        error: new ApiError('not-found', 'No Query endpoint knows this task.', { status: 404 }),
        errorUpdatedAt: Date.now() - 60_000,
        errorUpdateCount: 1,
        fetchFailureCount: 0,
        fetchFailureReason: null,
        fetchMeta: null,
        isInvalidated: false,
        fetchStatus: 'idle',
      },
    );
    // The tab does not poll yet (another tab leads, or the last answers are still being read).
    act(() => tabRoleActions().stepDown());
    const { result: task } = renderHook(() => useTask(ID), { wrapper });
    expect(task.current.lastError).toBeInstanceOf(ApiError);

    // A fetch would start at once, as the query is enabled: nothing is on its way.
    act(() => tabRoleActions().becomeLeader());
    expect(queryClient.isFetching()).toBe(0);
    expect(task.current.isFetching).toBe(false);
    expect(provider).not.toHaveBeenCalled();
  });
});
