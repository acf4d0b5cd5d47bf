import { memo } from 'react';
import { useTaskPolling } from '../hooks/use-task';
import { useTrackedTasks } from '../stores/tasks-store';
import { useIsLeader } from '../stores/tab-role-store';

const TaskPoller = memo(function TaskPoller({ id }: { id: string }) {
  useTaskPolling(id);
  return null;
});

/** Keeps every tracked task on its polling schedule, whether or not its row is on screen. */
export function TaskPollers() {
  const tasks = useTrackedTasks();
  // Only the leading tab polls; the others show what it broadcasts.
  const isLeader = useIsLeader();
  if (!isLeader) return null;
  return tasks.map((task) => <TaskPoller key={task.id} id={task.id} />);
}
