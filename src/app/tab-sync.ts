// Several tabs, one poller. The tab that holds a Web Lock polls; it gives the lock up while it is
// hidden (unless notifications are on), so a visible tab takes over. The poller broadcasts every task it reads; the other tabs
// put what it sends into their own cache. The list of ids itself travels through localStorage;
// the API key travels over the same channel as the tasks (app/key-sharing.ts says why that is
// safe). Every message is read by app/tab-messages.ts before it is used.
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../domain/api-error';
import { mergeTasksFromStorage, TASKS_STORAGE_KEY } from '../stores/tasks-store';
import { currentApiKey, subscribeToApiKey } from '../stores/key-store';
import { endpointMemory, ENDPOINTS_STORAGE_KEY } from '../stores/endpoint-memory';
import { tabRoleActions } from '../stores/tab-role-store';
import {
  NOTIFY_STORAGE_KEY,
  notifyingNow,
  rereadNotifySettings,
  subscribeToNotifySettings,
} from '../stores/notify-store';
import { readTaskQueryKey, TASK_QUERIES } from '../api/get-task';
import { shareKey } from './key-sharing';
import {
  isKeyMessage,
  readTabMessage,
  TAB_PROTOCOL_VERSION,
  type CacheMessage,
  type TabMessage,
} from './tab-messages';

const LOCK_NAME = 'sora-dashboard:poller';
const CHANNEL_NAME = 'sora-dashboard:tasks';

type Post = (message: TabMessage) => void;

/**
 * Holds the poller lock while the tab is visible and has a key (a tab without one could not
 * poll); gives it up when hidden or when the key is forgotten. While notifications are on, a
 * hidden tab holds it too (someone must poll to tell of finished tasks), but lets a visible tab
 * that asks for it go first. Returns what to do when one asks.
 */
function runElection(signal: AbortSignal, post: Post): () => void {
  const { becomeLeader, stepDown } = tabRoleActions();
  if (!('locks' in navigator)) {
    becomeLeader();
    return () => undefined;
  }
  stepDown();
  let release: (() => void) | undefined;
  let waiting: AbortController | undefined;
  const visible = () => document.visibilityState !== 'hidden';
  const canLead = () => (visible() || notifyingNow()) && currentApiKey() !== '' && !signal.aborted;
  const campaign = () => {
    if (release || !canLead()) return;
    if (!waiting) {
      const ask = (waiting = new AbortController());
      void navigator.locks
        .request(LOCK_NAME, { signal: ask.signal }, () => {
          waiting = undefined;
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
        .catch(() => {
          // aborted while waiting: the tab is closing, or lines up again behind a visible one
          if (waiting === ask) waiting = undefined;
        });
    }
    if (visible()) post({ v: TAB_PROTOCOL_VERSION, type: 'lead-ask' });
  };
  const reconsider = () => {
    if (canLead()) campaign();
    else release?.();
  };
  document.addEventListener('visibilitychange', reconsider, { signal });
  signal.addEventListener('abort', subscribeToApiKey(reconsider));
  signal.addEventListener('abort', subscribeToNotifySettings(reconsider));
  signal.addEventListener('abort', () => {
    release?.();
    waiting?.abort();
  });
  campaign();
  // A visible tab asks: a hidden one lets go, and lines up again behind it.
  return () => {
    if (visible()) return;
    release?.();
    waiting?.abort();
    waiting = undefined;
    campaign();
  };
}

/**
 * Shares what the polling tab reads. Returns the handler for the other tabs' task messages; the
 * payload of a task message is used as sent, as the tab that sent it parsed it (see
 * app/key-sharing.ts for why only the app's own documents can be on the channel).
 */
function shareCache(
  queryClient: QueryClient,
  post: Post,
  signal: AbortSignal,
): (message: CacheMessage) => void {
  const cache = queryClient.getQueryCache();
  const v = TAB_PROTOCOL_VERSION;
  let applyingRemote = false;
  // Copying every answer to other tabs costs a structured clone each: only once one exists.
  let otherTabsSeen = false;

  const announce = (key: readonly unknown[]) => {
    const queryKey = readTaskQueryKey(key);
    const state = queryKey ? cache.get(hashKey(queryKey))?.state : undefined;
    if (!queryKey || !state) return;
    if (state.status === 'success' && state.data) {
      post({ v, type: 'task', queryKey, task: state.data, updatedAt: state.dataUpdatedAt });
    } else if (state.status === 'error' && isApiError(state.error)) {
      const { kind, message, status } = state.error;
      post({
        v,
        type: 'error',
        queryKey,
        error: { kind, message, status },
        updatedAt: state.errorUpdatedAt,
      });
    }
  };

  const unsubscribe = cache.subscribe((event) => {
    if (!otherTabsSeen || applyingRemote || event.type !== 'updated') return;
    if (event.action.type === 'success' || event.action.type === 'error')
      announce(event.query.queryKey);
  });
  signal.addEventListener('abort', unsubscribe);
  post({ v, type: 'hello' });

  return (message) => {
    otherTabsSeen = true;
    if (message.type === 'hello') {
      // A tab just opened: tell it everything this tab knows.
      for (const query of cache.findAll({ queryKey: TASK_QUERIES })) announce(query.queryKey);
      return;
    }
    applyingRemote = true;
    try {
      if (message.type === 'task') {
        const current = cache.get(hashKey(message.queryKey))?.state;
        if (!current || current.dataUpdatedAt < message.updatedAt) {
          queryClient.setQueryData(message.queryKey, message.task, {
            updatedAt: message.updatedAt,
          });
        }
      } else {
        const query = cache.build(queryClient, { queryKey: message.queryKey });
        // An error older than the task this tab holds was answered since: as a success clears
        // the error of the tab that asked, it changes nothing here.
        const { errorUpdatedAt, dataUpdatedAt } = query.state;
        if (Math.max(errorUpdatedAt, dataUpdatedAt) < message.updatedAt) {
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
}

/** One channel for every message between tabs; whatever arrives is read before it is used. */
function openChannel(queryClient: QueryClient, signal: AbortSignal, onLeadAsk: () => void): Post {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  signal.addEventListener('abort', () => channel.close());
  const post: Post = (message) => channel.postMessage(message);
  const onTaskMessage = shareCache(queryClient, post, signal);
  const onKeyMessage = shareKey(post, signal);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readTabMessage(event.data);
    if (!message) return; // another build's, or not ours: nothing in it is used
    if (message.type === 'lead-ask') onLeadAsk();
    else if (isKeyMessage(message)) onKeyMessage(message);
    else onTaskMessage(message);
  };
  return post;
}

function followTaskList(signal: AbortSignal): void {
  window.addEventListener(
    'storage',
    (event) => {
      if (event.key === TASKS_STORAGE_KEY) mergeTasksFromStorage(event.newValue);
      // What another tab's search found spares this tab the search once it polls.
      if (event.key === ENDPOINTS_STORAGE_KEY) endpointMemory.mergeFromStorage(event.newValue);
      if (event.key === NOTIFY_STORAGE_KEY) rereadNotifySettings();
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
  let onLeadAsk: () => void = () => undefined;
  const post = openChannel(queryClient, controller.signal, () => onLeadAsk());
  onLeadAsk = runElection(controller.signal, post);
  return () => controller.abort();
}
