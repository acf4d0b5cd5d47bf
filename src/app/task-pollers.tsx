import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useConnection } from '../hooks/use-connection';
import { usePollIntervalSeconds } from '../stores/connection-store';
import { useMayAsk } from '../stores/tab-role-store';
import { useTrackedTasks } from '../stores/tasks-store';
import { TaskPollerEngine } from './task-poller-engine';

/** Keeps every tracked task on its polling schedule while this tab leads. */
export function useTaskPollers(): void {
  const queryClient = useQueryClient();
  const [engine] = useState(() => new TaskPollerEngine(queryClient));
  const tasks = useTrackedTasks();
  const connection = useConnection();
  const pollSeconds = usePollIntervalSeconds();
  const mayAsk = useMayAsk();

  useEffect(() => () => engine.stop(), [engine]);
  useEffect(() => {
    engine.sync({
      ids: tasks.map((task) => task.id),
      connection,
      pollIntervalMs: pollSeconds * 1000,
      active: mayAsk && connection.apiKey !== '',
    });
  }, [engine, tasks, connection, pollSeconds, mayAsk]);
}
