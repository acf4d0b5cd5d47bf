import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../../components/ui/link';
import { t } from '../../lib/i18n';
import { useTrackedTasks } from '../../stores/tasks-store';

const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Previous and next task in the list's order; the keys [ and ] do the same. */
export function TaskPager({ id }: { id: string }) {
  const tasks = useTrackedTasks();
  const navigate = useNavigate();
  const index = tasks.findIndex((task) => task.id === id);
  const previous = index > 0 ? tasks[index - 1]?.id : undefined;
  const next = index >= 0 ? tasks[index + 1]?.id : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const target = event.key === '[' ? previous : event.key === ']' ? next : undefined;
      if (!target) return;
      event.preventDefault();
      void navigate(taskPath(target));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [previous, next, navigate]);

  if (index < 0) return null;
  return (
    <nav aria-label={t('Previous and next task')} className="flex items-center gap-2 text-sm">
      {previous ? (
        <Link to={taskPath(previous)} className="btn-secondary" aria-keyshortcuts="[">
          {t('← Previous task')}
        </Link>
      ) : null}
      <span className="text-slate-600">
        {t('{position} of {count}', { position: index + 1, count: tasks.length })}
      </span>
      {next ? (
        <Link to={taskPath(next)} className="btn-secondary" aria-keyshortcuts="]">
          {t('Next task →')}
        </Link>
      ) : null}
    </nav>
  );
}
