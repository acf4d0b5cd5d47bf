// The first screen's whole share of "Get told": when to load the rest (watch-attention.ts).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { TASK_QUERIES } from '../../api/get-task';
import { isTerminal } from '../../domain/readers/read-status';
import type { Task } from '../../domain/task-model';
import { useNotifyOn } from '../../stores/notify-store';

const underWay = (task: Task | undefined) => task !== undefined && !isTerminal(task.status);

/**
 * Notifications, and the tab's title and icon, load only once notifications are on or a task
 * is under way (restored, or heard since): a list of finished tasks has nothing to tell. What
 * loads imports neither React Query nor React Router (it is handed the client and a way to
 * navigate): importing them from there would split the first screen's code into more files,
 * which costs more than the code itself.
 */
export function useTabAttention(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The newest navigate: it changes with the page, the watcher should not.
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  });
  const [taskUnderWay, setTaskUnderWay] = useState(() =>
    queryClient.getQueriesData<Task>({ queryKey: TASK_QUERIES }).some(([, task]) => underWay(task)),
  );
  const wanted = useNotifyOn() || taskUnderWay;
  useEffect(() => {
    if (!wanted) {
      return queryClient.getQueryCache().subscribe(({ query }) => {
        if (query.queryKey[0] === TASK_QUERIES[0] && underWay(query.state.data)) {
          setTaskUnderWay(true);
        }
      });
    }
    let stop: (() => void) | undefined;
    let live = true;
    void import('./watch-attention').then(({ watchAttention }) => {
      if (live) stop = watchAttention(queryClient, (path) => void navigateRef.current(path));
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [wanted, queryClient]);
}
