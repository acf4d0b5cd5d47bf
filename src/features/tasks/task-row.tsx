import { memo, useEffect } from 'react';
import { Link } from '../../components/ui/link';
import { classifyFailure, FAILURE_LABELS, type FailureClass } from '../../domain/failure-classes';
import { isStalled } from '../../domain/poll-policy';
import { failureText } from '../../domain/readers/read-failure';
import { lastProviderChange, modelOfId, type Task } from '../../domain/task-model';
import { showTaskRow } from '../../api/task-priority';
import { useNow } from '../../hooks/use-now';
import { categoryFor } from '../../hooks/use-task-categories';
import { formatDuration } from '../../lib/format';
import { ProgressBar, progressTone } from '../../components/ui/progress-bar';
import { RefreshButton } from '../../components/ui/refresh-button';
import { StatusBadge } from '../../components/ui/status-badge';
import { useTask } from '../../hooks/use-task';
import { useIsSelected } from '../../stores/selection-store';
import { TimeAgo } from '../../components/ui/time-ago';
import { MiddleTruncate } from '../../components/ui/middle-truncate';
import { RichText } from '../../components/ui/rich-text';
import { t } from '../../lib/i18n';
import { RowPreview, usePreviewPlayback } from './row-preview';
import { TimeLeft } from './time-left';

/** More than a row's one line of prompt ever shows. */
const PROMPT_CHARS = 500;

/** "Output moderation: …", "Timed out: …": the message after its failure's class, if any. */
function withClass(failureClass: FailureClass | undefined, message: string): string {
  if (!failureClass) return message;
  const label = FAILURE_LABELS[failureClass];
  const cause = `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
  return t('{cause}: {message}', { cause, message });
}

interface TaskRowProps {
  id: string;
  hasKey: boolean;
  onRemove: (id: string) => void;
  /** The row's checkbox was ticked (on) or unticked; `range` when shift was held. */
  onSelect: (id: string, on: boolean, range: boolean) => void;
  /** Position in the list, for assistive technology. */
  index: number;
  setSize: number;
  /** Only in a virtualised list: where the row sits, and how it reports its height (flat, so
   *  a row whose place is unchanged is not drawn again). */
  offset?: number;
  measureRef?: (element: HTMLLIElement | null) => void;
}

function StalledNote({ task, onResume }: { task: Task; onResume: () => void }) {
  const now = useNow();
  if (!isStalled(task, now)) return null;
  return (
    <span className="inline-flex items-center gap-1 text-xs text-amber-900">
      {t('Stalled: no change for {duration}, checked every 5 min.', {
        duration: formatDuration((now - (task.lastChangeAt ?? now)) / 1000),
      })}
      <button type="button" className="link min-h-6 font-medium" onClick={onResume}>
        {t('Resume')}
      </button>
    </span>
  );
}

/** Compact, and cut short rather than wrapping, so a long model name never crowds out the id. */
function ModelName({ model }: { model: string | undefined }) {
  if (!model) return null;
  return (
    <span className="max-w-full min-w-0 truncate text-xs text-slate-600">
      <span className="sr-only">{`${t('Model')} `}</span>
      {model}
    </span>
  );
}

/**
 * When the provider last changed the task (its stamp, or a change seen here), and says so;
 * where neither is known, only when it was last asked.
 */
function LastChange({ task, checkedAt }: { task: Task; checkedAt: number }) {
  const changedAt = lastProviderChange(task);
  return changedAt === undefined ? (
    <RichText
      message="Checked <ago></ago>"
      parts={{ ago: () => <TimeAgo epochMs={checkedAt} /> }}
    />
  ) : (
    <span
      title={t(
        'When the provider last changed this task: its status, progress or place in the queue.',
      )}
    >
      <RichText
        message="Updated <ago></ago>"
        parts={{ ago: () => <TimeAgo epochMs={changedAt} /> }}
      />
    </span>
  );
}

export const TaskRow = memo(function TaskRow({
  id,
  hasKey,
  onRemove,
  onSelect,
  index,
  setSize,
  offset,
  measureRef,
}: TaskRowProps) {
  const selected = useIsSelected(id);
  const { data: task, lastError: error, dataUpdatedAt, isFetching, refresh } = useTask(id);
  // A rendered row's task is asked for before the tasks out of sight (the list is virtualised,
  // so only the rows near the viewport are rendered).
  useEffect(() => showTaskRow(id), [id]);
  const category = categoryFor(task, error);
  const notFound = category === 'not-found';
  const tone = progressTone(category);
  const preview = usePreviewPlayback();

  return (
    <li
      ref={measureRef}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={offset === undefined ? 'pb-2' : 'absolute inset-x-0 top-0 pb-2'}
      style={offset === undefined ? undefined : { transform: `translateY(${offset}px)` }}
      aria-label={t('Task {id}', { id })}
    >
      {/* On a phone the buttons go under the text, which gets the row's whole width. */}
      <div className="card grid grid-cols-[3.5rem_minmax(0,1fr)] gap-3 sm:flex">
        <div className="h-20 w-14 shrink-0 overflow-hidden rounded bg-slate-100">
          <RowPreview id={id} task={task} playback={preview} />
        </div>
        <div className="min-w-0 flex-1 space-y-1.5">
          <div className="flex flex-wrap items-center gap-2">
            {/* A finger-sized target around a checkbox of the usual size. */}
            <label className="-m-0.5 flex size-6 shrink-0 cursor-pointer items-center justify-center">
              <input
                type="checkbox"
                className="size-4 accent-slate-800"
                aria-label={t('Select {id}', { id })}
                checked={selected}
                onChange={(event) => {
                  const native = event.nativeEvent;
                  const range = native instanceof MouseEvent && native.shiftKey;
                  onSelect(id, event.target.checked, range);
                }}
              />
            </label>
            {/* The row's one link; focusing it plays the preview, as pointing at the picture does.
                Named by the whole id, which a phone shows cut in the middle. */}
            <Link
              to={`/tasks/${encodeURIComponent(id)}`}
              aria-label={id}
              className="link flex min-h-6 max-w-full min-w-0 items-center font-mono text-sm"
              onFocus={preview.start}
              onBlur={preview.stop}
            >
              <MiddleTruncate text={id} />
            </Link>
            <StatusBadge
              status={category === 'loading' && !hasKey ? 'waiting' : category}
              statusText={task?.statusText}
            />
            <ModelName model={task?.model ?? modelOfId(id)} />
            {task?.queuePosition !== undefined && task.status === 'queued' ? (
              <span className="text-xs text-slate-600">
                {t('#{position} in queue', { position: task.queuePosition })}
              </span>
            ) : null}
            {task?.status === 'running' || task?.status === 'queued' ? (
              <TimeLeft task={task} />
            ) : null}
            <span className="ml-auto text-xs text-slate-500">
              {task && dataUpdatedAt < performance.timeOrigin ? (
                // Known from before this page opened: say how old the knowledge is.
                <span
                  title={t(
                    "The provider's last answer, kept in this browser. Finished tasks are not asked again; Refresh asks now.",
                  )}
                >
                  <RichText
                    message="Saved <ago></ago>"
                    parts={{ ago: () => <TimeAgo epochMs={dataUpdatedAt} /> }}
                  />
                </span>
              ) : task ? (
                <LastChange task={task} checkedAt={dataUpdatedAt} />
              ) : !hasKey ? (
                t('Waiting for an API key')
              ) : isFetching ? (
                error ? (
                  t('Retrying…')
                ) : (
                  t('Loading…')
                )
              ) : (
                ''
              )}
            </span>
          </div>
          <ProgressBar
            value={notFound ? 0 : task?.progress}
            label={t('Progress of {id}', { id })}
            tone={tone}
          />
          {task ? <StalledNote task={task} onResume={refresh} /> : null}
          {task?.prompt ? (
            // One line, cut short by CSS; a megabyte prompt laid out whole costs the list seconds.
            <p className="truncate text-sm text-slate-700">{task.prompt.slice(0, PROMPT_CHARS)}</p>
          ) : null}
          {task?.failure ? (
            <p className="text-sm break-words text-rose-800">
              {withClass(
                classifyFailure(task, undefined) ?? 'provider-error',
                failureText(task.failure),
              )}
            </p>
          ) : null}
          {error ? (
            <p className="text-sm break-words text-amber-800">
              {/* A task that never loaded failed as a whole: say which class, as failed rows do. */}
              {task
                ? t('Last update failed: {message}', { message: error.message })
                : withClass(classifyFailure(undefined, error), error.message)}
            </p>
          ) : null}
        </div>
        <div className="col-start-2 flex shrink-0 gap-1.5 sm:flex-col">
          <RefreshButton hasKey={hasKey} aria-label={t('Refresh {id}', { id })} onClick={refresh}>
            {t('Refresh')}
          </RefreshButton>
          <button
            type="button"
            className="btn-secondary"
            aria-label={t('Remove {id}', { id })}
            onClick={() => onRemove(id)}
          >
            {t('Remove')}
          </button>
        </div>
      </div>
    </li>
  );
});
