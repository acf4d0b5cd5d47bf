import { useId } from 'react';
import { InputsSection } from '../../components/ui/inputs-section';
import { Link } from '../../components/ui/link';
import { StatusBadge } from '../../components/ui/status-badge';
import { updateProblem } from '../../domain/update-problem';
import { useConnection } from '../../hooks/use-connection';
import { useShownTask } from '../../hooks/use-shown-task';
import { t } from '../../lib/i18n';
import { useApiKey } from '../../stores/key-store';
import { CompareVideo } from './compare-video';

/**
 * One task of the comparison: its id (a link to its page), status, video, and what it was made
 * from. A task not on the list is asked for here, as its own page would, and not added to it.
 */
export function CompareColumn({ id }: { id: string }) {
  const { task, lastError: error, isPending, refreshAndRead } = useShownTask(id);
  const connection = useConnection();
  const hasKey = useApiKey() !== '';
  const headingId = useId();

  return (
    <article aria-labelledby={headingId} className="card min-w-0 space-y-3">
      <header className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="min-w-0 break-all font-mono text-sm font-semibold">
          <Link to={`/tasks/${encodeURIComponent(id)}`} className="link">
            {id}
          </Link>
        </h2>
        {task ? <StatusBadge status={task.status} statusText={task.statusText} /> : null}
      </header>
      {error ? (
        <p role="alert" className="border-l-4 border-amber-500 pl-2 text-sm text-amber-900">
          {updateProblem(error, task !== undefined)}
        </p>
      ) : null}
      {hasKey && isPending && !error ? (
        <p className="text-sm text-slate-600">{t('Loading task…')}</p>
      ) : null}
      {task ? (
        <>
          <CompareVideo task={task} connection={connection} refreshTask={refreshAndRead} />
          <InputsSection task={task} nested />
        </>
      ) : null}
    </article>
  );
}
