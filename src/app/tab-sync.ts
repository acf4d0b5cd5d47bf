// Several tabs, one poller. The tab that holds a Web Lock polls; it gives the lock up while it is
// hidden, so a visible tab takes over. The poller broadcasts every task it reads; the other tabs
// put what it sends into their own cache. The list of ids itself travels through localStorage.
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError, type ApiErrorKind } from '../api/api-error';
import type { Task } from '../api/task-model';
import { mergeTasksFromStorage, TASKS_STORAGE_KEY } from '../stores/tasks-store';
import { currentApiKey, subscribeToApiKey } from '../stores/key-store';
import { endpointMemory, ENDPOINTS_STORAGE_KEY } from '../stores/endpoint-memory';
import { tabRoleActions } from '../stores/tab-role-store';

const LOCK_NAME = 'sora-dashboard:poller';
const CHANNEL_NAME = 'sora-dashboard:tasks';

type Message =
  | { type: 'hello' }
  | { type: 'task'; queryKey: readonly unknown[]; task: Task; updatedAt: number }
  | {
      type: 'error';
      queryKey: readonly unknown[];
      error: { kind: ApiErrorKind; message: string; status?: number };
      updatedAt: number;
    };

function isTaskKey(queryKey: readonly unknown[]): boolean {
  return queryKey[0] === 'task';
}

/**
 * Holds the poller lock while the tab is visible and has a key (a tab without one could not
 * poll); gives it up when hidden or when the key is forgotten.
 */
function runElection(signal: AbortSignal): void {
  const { becomeLeader, stepDown } = tabRoleActions();
  if (!('locks' in navigator)) {
    becomeLeader();
    return;
  }
  stepDown();
  let release: (() => void) | undefined;
  const canLead = () =>
    document.visibilityState !== 'hidden' && currentApiKey() !== '' && !signal.aborted;
  const campaign = () => {
    if (release || !canLead()) return;
    void navigator.locks
      .request(LOCK_NAME, { signal }, () => {
        // Granted after waiting in line, but hidden or keyless by now: pass it on.
        if (!canLead()) return Promise.resolve();
        becomeLeader();
        return new Promise<void>((resolve) => {
          release = () => {
            release = undefined;
            stepDown();
            resolve();
          };
        });
      })
      .catch(() => undefined); // aborted while waiting: the tab is closing or hidden
  };
  const reconsider = () => {
    if (canLead()) campaign();
    else release?.();
  };
  document.addEventListener('visibilitychange', reconsider, { signal });
  signal.addEventListener('abort', subscribeToApiKey(reconsider));
  signal.addEventListener('abort', () => release?.());
  campaign();
}

function shareCache(queryClient: QueryClient, signal: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  signal.addEventListener('abort', () => channel.close());
  const cache = queryClient.getQueryCache();
  let applyingRemote = false;
  // Copying every answer to other tabs costs a structured clone each: only once one exists.
  let otherTabsSeen = false;

  const announce = (queryKey: readonly unknown[]) => {
    const state = cache.get<Task>(hashKey(queryKey))?.state;
    if (!state) return;
    if (state.status === 'success' && state.data) {
      channel.postMessage({
        type: 'task',
        queryKey,
        task: state.data,
        updatedAt: state.dataUpdatedAt,
      } satisfies Message);
    } else if (state.status === 'error' && isApiError(state.error)) {
      const { kind, message, status } = state.error;
      channel.postMessage({
        type: 'error',
        queryKey,
        error: { kind, message, status },
        updatedAt: state.errorUpdatedAt,
      } satisfies Message);
    }
  };

  const unsubscribe = cache.subscribe((event) => {
    if (!otherTabsSeen || applyingRemote || event.type !== 'updated') return;
    if (!isTaskKey(event.query.queryKey)) return;
    if (event.action.type === 'success' || event.action.type === 'error')
      announce(event.query.queryKey);
  });
  signal.addEventListener('abort', unsubscribe);

  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    otherTabsSeen = true;
    if (message.type === 'hello') {
      // A tab just opened: tell it everything this tab knows.
      for (const query of cache.findAll({ queryKey: ['task'] })) announce(query.queryKey);
      return;
    }
    applyingRemote = true;
    try {
      if (message.type === 'task') {
        const current = cache.get<Task>(hashKey(message.queryKey))?.state;
        if (!current || current.dataUpdatedAt < message.updatedAt) {
          queryClient.setQueryData(message.queryKey, message.task, {
            updatedAt: message.updatedAt,
          });
        }
      } else {
        const query = cache.build(queryClient, { queryKey: message.queryKey });
        if (query.state.errorUpdatedAt < message.updatedAt) {
          const { kind, message: text, status } = message.error;
          query.setState({
            status: query.state.data === undefined ? 'error' : query.state.status,
            error: new ApiError(kind, text, { status }),
            errorUpdatedAt: message.updatedAt,
            fetchStatus: 'idle',
          });
        }
      }
    } finally {
      applyingRemote = false;
    }
  };
  channel.postMessage({ type: 'hello' } satisfies Message);
}

function followTaskList(signal: AbortSignal): void {
  window.addEventListener(
    'storage',
    (event) => {
      if (event.key === TASKS_STORAGE_KEY) mergeTasksFromStorage(event.newValue);
      // What another tab's search found spares this tab the search once it polls.
      if (event.key === ENDPOINTS_STORAGE_KEY) endpointMemory.mergeFromStorage(event.newValue);
    },
    { signal },
  );
  // The endpoint memory is written lazily: write it before the page goes away.
  const flush = () => {
    if (document.visibilityState === 'hidden') endpointMemory.flush();
  };
  document.addEventListener('visibilitychange', flush, { signal });
  window.addEventListener('pagehide', () => endpointMemory.flush(), { signal });
}

/** Starts cross-tab coordination; returns a function that stops it. */
export function startTabSync(queryClient: QueryClient): () => void {
  const controller = new AbortController();
  followTaskList(controller.signal);
  shareCache(queryClient, controller.signal);
  runElection(controller.signal);
  return () => controller.abort();
}
