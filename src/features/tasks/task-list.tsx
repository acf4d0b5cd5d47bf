import { useState } from 'react';
import { useApiKey } from '../../stores/key-store';
import { useTasksActions, useTrackedTasks, type TrackedTask } from '../../stores/tasks-store';
import { TaskRow } from './task-row';

interface Removed {
  task: TrackedTask;
  index: number;
}

export function TaskList() {
  const tasks = useTrackedTasks();
  const hasKey = useApiKey() !== '';
  const { untrackTask, restoreTask } = useTasksActions();
  const [removed, setRemoved] = useState<Removed>();

  const remove = (id: string) => {
    const index = tasks.findIndex((task) => task.id === id);
    const task = tasks[index];
    if (!task) return;
    untrackTask(id);
    setRemoved({ task, index });
  };

  const undo = () => {
    if (!removed) return;
    restoreTask(removed.task, removed.index);
    setRemoved(undefined);
  };

  return (
    <section aria-labelledby="task-list-heading" className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h2 id="task-list-heading" className="text-lg font-semibold">
          Tasks <span className="text-sm font-normal text-slate-500">({tasks.length})</span>
        </h2>
      </div>
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
      {tasks.length === 0 ? (
        <p className="card text-sm text-slate-600">
          No tasks yet. Paste task ids above, or try the demo to see how it works.
        </p>
      ) : (
        <ul className="space-y-2" aria-label="Tasks">
          {tasks.map((task) => (
            <TaskRow key={task.id} id={task.id} hasKey={hasKey} onRemove={remove} />
          ))}
        </ul>
      )}
    </section>
  );
}
