import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useConnection } from '../hooks/use-connection';
import { usePollIntervalSeconds } from '../stores/connection-store';
import { useMayAsk } from '../stores/tab-role-store';
import { useTrackedTasks } from '../stores/tasks-store';
import { TaskPollerEngine } from './task-poller-engine';

const onVisibility = (listener: () => void) => {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
};

/** Keeps every tracked task on its polling schedule while this tab leads. */
export function useTaskPollers(): void {
  const queryClient = useQueryClient();
  const [engine] = useState(() => new TaskPollerEngine(queryClient));
  const tasks = useTrackedTasks();
  const connection = useConnection();
  const pollSeconds = usePollIntervalSeconds();
  const mayAsk = useMayAsk();
  // A hidden tab leads only while notifications are on (app/tab-sync.ts): then it polls slower.
  const hidden = useSyncExternalStore(onVisibility, () => document.visibilityState === 'hidden');

  useEffect(() => () => engine.stop(), [engine]);
  useEffect(() => {
    engine.sync({
      ids: tasks.map((task) => task.id),
      connection,
      pollIntervalMs: pollSeconds * 1000,
      active: mayAsk && connection.apiKey !== '',
      // Not when it stops leading: its pollers are going anyway.
      hidden: hidden && mayAsk,
    });
  }, [engine, tasks, connection, pollSeconds, mayAsk, hidden]);
}
