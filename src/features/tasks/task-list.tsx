import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTaskCategories } from '../../hooks/use-task-categories';
import { useApiKey } from '../../stores/key-store';
import { useTasksActions, useTrackedTasks, type TrackedTask } from '../../stores/tasks-store';
import {
  FILTERS,
  filterOf,
  parseFilter,
  StatusFilterBar,
  type StatusFilter,
} from './status-filter';
import { FailureSummary } from './failure-summary';
import { RowsOfTasks } from './rows-of-tasks';

interface Removed {
  task: TrackedTask;
  index: number;
}

const numberFormat = new Intl.NumberFormat();

export function TaskList() {
  const tasks = useTrackedTasks();
  const hasKey = useApiKey() !== '';
  const queryClient = useQueryClient();
  const { untrackTask, restoreTask } = useTasksActions();
  const [removed, setRemoved] = useState<Removed>();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseFilter(searchParams.get('status'));

  const ids = useMemo(() => tasks.map((task) => task.id), [tasks]);
  const summaries = useTaskCategories(ids);
  const counts = useMemo(() => {
    const result = Object.fromEntries(FILTERS.map((name) => [name, 0])) as Record<
      StatusFilter,
      number
    >;
    result.all = ids.length;
    for (const { category } of summaries) {
      const group = filterOf(category);
      if (group) result[group] += 1;
    }
    return result;
  }, [ids, summaries]);
  const shown = useMemo(
    () =>
      filter === 'all'
        ? ids
        : ids.filter((_, index) => filterOf(summaries[index]?.category ?? 'loading') === filter),
    [filter, ids, summaries],
  );

  const remove = useCallback(
    (id: string) => {
      const entry = untrackTask(id);
      if (entry) setRemoved(entry);
    },
    [untrackTask],
  );

  const undo = () => {
    if (!removed) return;
    restoreTask(removed.task, removed.index);
    setRemoved(undefined);
  };

  const selectFilter = (next: StatusFilter) =>
    setSearchParams(
      (params) => {
        if (next === 'all') params.delete('status');
        else params.set('status', next);
        return params;
      },
      { replace: true },
    );

  const refreshAll = () => void queryClient.refetchQueries({ queryKey: ['task'], type: 'active' });

  return (
    <section aria-labelledby="task-list-heading" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="task-list-heading" className="text-lg font-semibold">
          Tasks
        </h2>
        <StatusFilterBar counts={counts} selected={filter} onSelect={selectFilter} />
        <button
          type="button"
          className="btn-secondary ml-auto"
          onClick={refreshAll}
          disabled={!hasKey || ids.length === 0}
        >
          Refresh all
        </button>
      </div>
      <FailureSummary summaries={summaries} />
      <p role="status" className="text-sm text-slate-600">
        Showing {numberFormat.format(shown.length)} of {numberFormat.format(ids.length)}{' '}
        {ids.length === 1 ? 'task' : 'tasks'}
      </p>
      <div role="status" className="text-sm">
        {removed ? (
          <p className="flex items-center gap-2 rounded-md bg-slate-800 px-3 py-2 text-white">
            <span className="min-w-0 flex-1 truncate">
              Removed <span className="font-mono">{removed.task.id}</span>.
            </span>
            <button
              type="button"
              onClick={undo}
              className="rounded bg-white px-2 py-0.5 font-medium text-slate-900"
            >
              Undo
            </button>
          </p>
        ) : null}
      </div>
      {ids.length === 0 ? (
        <p className="card text-sm text-slate-600">
          No tasks yet. Paste task ids above, or try the demo to see how it works.
        </p>
      ) : shown.length === 0 ? (
        <p className="card text-sm text-slate-600">No task matches this filter.</p>
      ) : (
        <RowsOfTasks ids={shown} hasKey={hasKey} onRemove={remove} />
      )}
    </section>
  );
}
