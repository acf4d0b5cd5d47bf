import { useApiKey } from '../../stores/key-store';
import { AddTasksForm } from './add-tasks-form';
import { TaskList } from './task-list';
import { TryDemoCard } from './try-demo-card';

export function TaskListPage() {
  const hasKey = useApiKey() !== '';
  return (
    <div className="space-y-4">
      <h1 className="sr-only">Tasks</h1>
      {hasKey ? null : <TryDemoCard />}
      <AddTasksForm />
      <TaskList />
    </div>
  );
}
