// "Get told", loaded on demand (see use-tab-attention.ts): notifications when tasks end, and the
// tab's title and icon. Every tab follows what ends, as its own cache hears it (its own answers,
// or the polling tab's); only the polling tab notifies, so two tabs never tell the same news.
import type { Query, QueryClient } from '@tanstack/react-query';
import { taskQueryKey, TASK_QUERIES } from '../../api/get-task';
import { isTerminal } from '../../domain/readers/read-status';
import type { Task } from '../../domain/task-model';
import { connectionNow } from '../../hooks/use-connection';
import { playChime } from '../../lib/chime';
import { notifyingNow, notifySettingsNow } from '../../stores/notify-store';
import { isLeaderNow } from '../../stores/tab-role-store';
import type { TrackedTask } from '../../stores/task-list-merge';
import { trackedTasksNow } from '../../stores/tasks-store';
import {
  anyFailed,
  endingOf,
  FinishTracker,
  NoticeGrouper,
  type Finish,
  type Notice,
} from './finish-notices';
import { noticeMessage } from './notice-message';
import { showTabBadge } from './tab-badge';

/** Tasks that end within this long of each other are told in one notification. */
const TICK_MS = 1_000;
/** A burst of answers is counted once; the tab's signs need not follow faster. */
const COUNT_DELAY_MS = 500;

const isHidden = () => document.visibilityState === 'hidden';

function notify(
  notices: readonly Notice[],
  taskOf: (id: string) => Task | undefined,
  open: (path: string) => void,
): void {
  for (const notice of notices) {
    const { title, body, tag, path } = noticeMessage(notice, (id) => taskOf(id)?.prompt);
    try {
      const notification = new Notification(title, { body, tag, icon: '/favicon.svg' });
      notification.onclick = () => {
        window.focus();
        open(path);
        notification.close();
      };
    } catch (error) {
      // Chrome on Android shows notifications only through a service worker.
      console.warn('The notification could not be shown:', error);
    }
  }
  if (notifySettingsNow().sound) {
    playChime(
      notices.every((notice) =>
        notice.kind === 'task' ? notice.status === 'succeeded' : notice.failed === 0,
      ),
    );
  }
}

/** Starts watching; `open` goes to a path of the app. Returns the stop, which puts the tab back as it was. */
export function watchAttention(queryClient: QueryClient, open: (path: string) => void): () => void {
  const cache = queryClient.getQueryCache();
  const tracker = new FinishTracker();
  const grouper = new NoticeGrouper();
  let finishes: Finish[] = [];
  let failedUnseen = false;
  let tickTimer: ReturnType<typeof setTimeout> | undefined;
  let countTimer: ReturnType<typeof setTimeout> | undefined;

  const stateOf = (id: string, connection = connectionNow()) =>
    queryClient.getQueryState<Task>(taskQueryKey(connection, id));

  // Counted from the cache in one pass, without a key per task: ten thousand tasks answer.
  let tracked: { tasks: readonly TrackedTask[]; ids: ReadonlySet<string> } | undefined;
  const showBadge = () => {
    countTimer = undefined;
    const tasks = trackedTasksNow();
    if (tracked?.tasks !== tasks) tracked = { tasks, ids: new Set(tasks.map(({ id }) => id)) };
    const { ids } = tracked;
    // The queries of this connection: the key without its id, compared part by part (a
    // generic key match over ten thousand queries costs a long task).
    const [scope, origin, baseUrl] = taskQueryKey(connectionNow(), '');
    let running = 0;
    for (const query of cache.getAll()) {
      const [s, o, b, id] = query.queryKey;
      const task = query.state.data as Task | undefined;
      if (s !== scope || o !== origin || b !== baseUrl || typeof id !== 'string') continue;
      if (task && !isTerminal(task.status) && ids.has(id)) running += 1;
    }
    showTabBadge(running, failedUnseen, isHidden());
  };
  const showBadgeSoon = () => {
    countTimer ??= setTimeout(showBadge, COUNT_DELAY_MS);
  };

  const endTick = () => {
    tickTimer = undefined;
    const ended = finishes;
    finishes = [];
    const connection = connectionNow();
    const notices = grouper.group(ended, trackedTasksNow(), (id) => {
      const state = stateOf(id, connection);
      return endingOf(state?.data, state?.error);
    });
    if (isHidden() && anyFailed(ended)) {
      failedUnseen = true;
      showBadge();
    }
    // Every tab follows the batches; only the polling tab tells, and only when allowed.
    if (notices.length && isLeaderNow() && notifyingNow()) {
      notify(notices, (id) => stateOf(id, connection)?.data, open);
    }
  };

  // Only an answer given since this page started is heard: one restored from storage, or
  // passed on by a tab that restored it, is older.
  const heard = (query: Query) => {
    const [scope, , , id] = query.queryKey;
    if (scope !== TASK_QUERIES[0] || typeof id !== 'string') return;
    // The query's own state: asking the client would hash its key again, ten thousand times at
    // the start.
    const { data, dataUpdatedAt } = query.state as Query<Task>['state'];
    if (!data || dataUpdatedAt < performance.timeOrigin) return;
    const finish = tracker.answer(query.queryHash, id, data.status);
    if (!finish) return;
    finishes.push(finish);
    tickTimer ??= setTimeout(endTick, TICK_MS);
  };

  // What was heard before this part loaded counts too.
  cache.getAll().forEach(heard);
  // A fresh answer is a success: the provider's (here) or the polling tab's (`manual`). Any
  // event may change the counts, a task added or removed too (its observers come and go).
  const unsubscribe = cache.subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success') heard(event.query);
    showBadgeSoon();
  });
  const onVisibility = () => {
    // Looked at: what failed is seen.
    if (!isHidden()) failedUnseen = false;
    showBadge();
  };
  document.addEventListener('visibilitychange', onVisibility);
  showBadge();
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisibility);
    clearTimeout(tickTimer);
    clearTimeout(countTimer);
    showTabBadge(0, false, false);
  };
}
