import type { Task } from '../../domain/task-model';
import { CopyButton } from '../../components/ui/copy-button';
import { t } from '../../lib/i18n';

/**
 * What the task is and where it came from: the model, the provider's own id when it differs
 * from the pasted one, and the Query endpoint that answered (for anyone debugging a reseller).
 */
export function TaskSummary({ task }: { task: Task }) {
  return (
    <dl aria-label={t('Summary')} className="flex flex-wrap items-center gap-x-6 gap-y-1 text-sm">
      <div className="flex gap-1.5">
        <dt className="text-slate-600">{t('Model')}</dt>
        <dd className="font-medium text-slate-900">
          {task.model ?? t('not named by the provider')}
        </dd>
      </div>
      {task.providerId ? (
        <div className="flex min-w-0 flex-wrap items-center gap-1.5">
          <dt className="text-slate-600">{t('The provider calls it')}</dt>
          <dd className="flex min-w-0 items-center gap-2">
            <code className="break-all font-mono text-xs">{task.providerId}</code>
            <CopyButton text={task.providerId} label={t('Copy provider’s id')} />
          </dd>
        </div>
      ) : null}
      {task.endpoint ? (
        <div className="flex min-w-0 gap-1.5">
          <dt className="text-slate-600">{t('Answered at')}</dt>
          <dd className="min-w-0">
            <code className="break-all font-mono text-xs">{task.endpoint}</code>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
