import { PageHeading } from '../../components/ui/page-heading';
import { useIsFirstVisit } from '../../hooks/use-key-presence';
import { t } from '../../lib/i18n';
import { AddTasksForm } from './add-tasks-form';
import { TaskList } from './task-list';
import { TryDemoCard } from './try-demo-card';

export function TaskListPage() {
  const firstVisit = useIsFirstVisit();
  return (
    <div className="space-y-4">
      {/* The list names itself in the tab's title, with its counts (task-list.tsx). */}
      <PageHeading className="sr-only">{t('Tasks')}</PageHeading>
      {firstVisit ? <TryDemoCard /> : null}
      <AddTasksForm />
      <TaskList />
    </div>
  );
}
