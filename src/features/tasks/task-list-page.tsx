import { useIsFirstVisit } from '../../hooks/use-key-presence';
import { AddTasksForm } from './add-tasks-form';
import { TaskList } from './task-list';
import { TryDemoCard } from './try-demo-card';

export function TaskListPage() {
  const firstVisit = useIsFirstVisit();
  return (
    <div className="space-y-4">
      <h1 className="sr-only">Tasks</h1>
      {firstVisit ? <TryDemoCard /> : null}
      <AddTasksForm />
      <TaskList />
    </div>
  );
}
