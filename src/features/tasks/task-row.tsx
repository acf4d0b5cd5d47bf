import { Link } from 'react-router';
import { isApiError } from '../../api/api-error';
import { ProgressBar } from '../../components/ui/progress-bar';
import { StatusBadge } from '../../components/ui/status-badge';
import { useTask } from '../../hooks/use-task';
import { TimeAgo } from '../../components/ui/time-ago';

interface TaskRowProps {
  id: string;
  hasKey: boolean;
  onRemove: (id: string) => void;
}

export function TaskRow({ id, hasKey, onRemove }: TaskRowProps) {
  const { data: task, lastError: error, dataUpdatedAt, isFetching } = useTask(id);
  const notFound = isApiError(error) && error.kind === 'not-found';
  const badge = task
    ? { status: task.status, statusText: task.statusText }
    : notFound
      ? { status: 'not-found' as const }
      : error
        ? { status: 'error' as const }
        : { status: 'loading' as const };
  const tone =
    task?.status === 'succeeded'
      ? 'done'
      : task?.status === 'failed' || notFound
        ? 'failed'
        : 'active';

  return (
    <li className="card flex gap-3" aria-label={`Task ${id}`}>
      <div className="h-20 w-14 shrink-0 overflow-hidden rounded bg-slate-100">
        {task?.posterUrl ? (
          <img
            src={task.posterUrl}
            alt={`Thumbnail of ${id}`}
            className="h-full w-full object-cover"
            loading="lazy"
            referrerPolicy="no-referrer"
          />
        ) : null}
      </div>
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex flex-wrap items-center gap-2">
          <Link to={`/tasks/${encodeURIComponent(id)}`} className="link truncate font-mono text-sm">
            {id}
          </Link>
          <StatusBadge {...badge} />
          {task?.queuePosition !== undefined && task.status === 'queued' ? (
            <span className="text-xs text-slate-600">#{task.queuePosition} in queue</span>
          ) : null}
          <span className="ml-auto text-xs text-slate-500">
            {!hasKey ? (
              'Waiting for an API key'
            ) : task ? (
              <>
                Updated <TimeAgo epochMs={task.updatedAt ?? dataUpdatedAt} />
              </>
            ) : isFetching ? (
              error ? (
                'Retrying…'
              ) : (
                'Loading…'
              )
            ) : (
              ''
            )}
          </span>
        </div>
        <ProgressBar
          value={notFound ? 0 : task?.progress}
          label={`Progress of ${id}`}
          tone={tone}
        />
        {task?.prompt ? <p className="truncate text-sm text-slate-700">{task.prompt}</p> : null}
        {task?.failure ? (
          <p className="text-sm text-rose-800">
            {task.failure.isModeration ? 'Moderation: ' : 'Failed: '}
            {task.failure.message}
          </p>
        ) : null}
        {error ? (
          <p className="text-sm text-amber-800">
            {task ? 'Last update failed: ' : ''}
            {error.message}
          </p>
        ) : null}
      </div>
      <div className="shrink-0">
        <button
          type="button"
          className="btn-secondary"
          aria-label={`Remove ${id}`}
          onClick={() => onRemove(id)}
        >
          Remove
        </button>
      </div>
    </li>
  );
}
