// What is known stays known. Before the first render, each tracked task's last answer is put in
// the query cache with the time it was given, so the list, its counts and the detail page show
// it at once, and a finished task (or one no endpoint has) is never asked again: its query is
// fresh forever (see api/get-task.ts). Unfinished tasks are due when their own schedule says,
// counted from that time. The polling tab writes every answer down as it comes.
import { hashKey, type QueryClient, type QueryState } from '@tanstack/react-query';
import { ApiError, isApiError } from '../domain/api-error';
import { readTaskQueryKey, taskQueryKey } from '../api/get-task';
import { normaliseBaseUrl, type Connection } from '../api/http-client';
import type { Task } from '../domain/task-model';
import { connectionNow } from '../hooks/use-connection';
import { subscribeToConnectionSettings } from '../stores/connection-store';
import { lastAnswers, type LastAnswer, type LastAnswers } from '../stores/last-answers';
import { isLeaderNow, tabRoleActions } from '../stores/tab-role-store';
import { subscribeToTrackedTasks, trackedIdsNow } from '../stores/tasks-store';

/** A slow or blocked IndexedDB must not keep the page blank: render without it after this. */
const RESTORE_TIMEOUT_MS = 1_500;
/**
 * Nor stop polling for good. Until the answers are read or this long has passed, the page shows
 * what it has but asks nothing: a request sent first would ask again for every finished task
 * the late answers would have shown (a busy machine's IndexedDB can take seconds).
 */
const ASK_ANYWAY_AFTER_MS = 15_000;
/** Answers of tasks no longer in the list are dropped on load once they are this old. */
const ORPHAN_AFTER_MS = 10 * 60_000;

function normalised(baseUrl: unknown): string | undefined {
  try {
    return typeof baseUrl === 'string' ? normaliseBaseUrl(baseUrl) : undefined;
  } catch {
    return undefined;
  }
}

const IDLE_STATE = {
  dataUpdateCount: 0,
  errorUpdateCount: 0,
  fetchFailureCount: 0,
  fetchFailureReason: null,
  fetchMeta: null,
  isInvalidated: false,
  fetchStatus: 'idle',
} as const;

function stateOf({ answer, at }: LastAnswer): QueryState<Task, Error> {
  return answer.kind === 'task'
    ? {
        ...IDLE_STATE,
        status: 'success',
        data: answer.task,
        dataUpdatedAt: at,
        dataUpdateCount: 1,
        error: null,
        errorUpdatedAt: 0,
      }
    : {
        ...IDLE_STATE,
        status: 'error',
        data: undefined,
        dataUpdatedAt: 0,
        error: new ApiError('not-found', answer.message, { status: 404 }),
        errorUpdatedAt: at,
        errorUpdateCount: 1,
      };
}

/** Puts the last answers of `ids` in the cache, where nothing is known of them yet. */
export function seedLastAnswers(
  queryClient: QueryClient,
  connection: Connection,
  ids: readonly string[],
  memory: LastAnswers = lastAnswers(),
): number {
  const baseUrl = normalised(connection.baseUrl);
  if (baseUrl === undefined) return 0;
  const cache = queryClient.getQueryCache();
  let seeded = 0;
  for (const id of ids) {
    const known = memory.get(baseUrl, id);
    if (!known) continue;
    const queryKey = taskQueryKey(connection, id);
    const queryHash = hashKey(queryKey);
    const query = cache.get(queryHash);
    if (query && (query.state.data !== undefined || query.state.status === 'error')) continue;
    // What TanStack's `hydrate` does for each query, without its 1 kB of mutation and promise
    // handling: a query built with the state given, or a pending one given it (a request on
    // its way stays on its way).
    if (query) query.setState({ ...stateOf(known), fetchStatus: query.state.fetchStatus });
    else cache.build(queryClient, { queryKey, queryHash }, stateOf(known));
    seeded += 1;
  }
  return seeded;
}

/**
 * Notes every answer the provider gives for a tracked task; the polling tab also writes it
 * down. A task opened by its link alone is not kept: nothing would ever remove it.
 */
function recordAnswers(
  queryClient: QueryClient,
  memory: LastAnswers,
  isTracked: (id: string) => boolean,
): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const { action, query } = event;
    const [, , rawBaseUrl, id] = readTaskQueryKey(query.queryKey) ?? [];
    const baseUrl = normalised(rawBaseUrl);
    if (id === undefined || baseUrl === undefined || !isTracked(id)) return;
    if (action.type === 'success') {
      const task = query.state.data;
      if (task === undefined) return;
      // `manual` marks data set by hand (another tab's answer): only the asking tab writes.
      memory.note(
        { id, baseUrl, at: query.state.dataUpdatedAt, answer: { kind: 'task', task } },
        !action.manual && isLeaderNow(),
      );
    } else if (action.type === 'error' && isApiError(action.error)) {
      if (action.error.kind !== 'not-found' || query.state.data !== undefined) return;
      const answer = { kind: 'not-found', message: action.error.message } as const;
      memory.note({ id, baseUrl, at: query.state.errorUpdatedAt, answer }, isLeaderNow());
    }
  });
}

/**
 * Reads the last answers and seeds the cache with them (resolves when done, or after a timeout),
 * then keeps seeding whenever the list or the address changes, and records new answers.
 */
export async function restoreLastAnswers(
  queryClient: QueryClient,
  memory: LastAnswers = lastAnswers(),
): Promise<() => void> {
  let tracked = new Set(trackedIdsNow());
  const seedAll = () => {
    tracked = new Set(trackedIdsNow());
    seedLastAnswers(queryClient, connectionNow(), [...tracked], memory);
  };
  // A paste into a long list seeds only what it added.
  const seedAdded = () => {
    const before = tracked;
    tracked = new Set(trackedIdsNow());
    const added = [...tracked].filter((id) => !before.has(id));
    if (added.length) seedLastAnswers(queryClient, connectionNow(), added, memory);
  };
  const { awaitAnswers, answersRead } = tabRoleActions();
  awaitAnswers();
  const askAnyway = setTimeout(answersRead, ASK_ANYWAY_AFTER_MS);
  const loaded = memory.load().then(() => {
    seedAll();
    clearTimeout(askAnyway);
    answersRead();
    // Removed in a page that closed before it could forget them (see history-recorder.ts).
    void memory.forgetUntracked(tracked, Date.now() - ORPHAN_AFTER_MS);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, RESTORE_TIMEOUT_MS)));
  await Promise.race([loaded, timeout]);
  clearTimeout(timer);
  // Store subscribers run before React renders the change, so new queries start seeded.
  const stops = [
    subscribeToTrackedTasks(seedAdded),
    subscribeToConnectionSettings(seedAll),
    recordAnswers(queryClient, memory, (id) => tracked.has(id)),
  ];
  const flush = () => void memory.flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    for (const stop of stops) stop();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
