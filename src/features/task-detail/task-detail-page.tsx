import { useParams } from 'react-router';
import { Link } from '../../components/ui/link';
import { isTaskId } from '../../domain/task-ids';
import { updateProblem } from '../../domain/update-problem';
import { CopyButton } from '../../components/ui/copy-button';
import { PageHeading } from '../../components/ui/page-heading';
import { RefreshButton } from '../../components/ui/refresh-button';
import { StatusBadge, statusLabel } from '../../components/ui/status-badge';
import { useConnection } from '../../hooks/use-connection';
import { useShownTask } from '../../hooks/use-shown-task';
import { linkTo, RichText } from '../../components/ui/rich-text';
import { t } from '../../lib/i18n';
import { useApiKey } from '../../stores/key-store';
import { useTasksActions } from '../../stores/tasks-store';
import { FailureSection } from './failure-section';
import { HistorySection } from './history/history-section';
import { InpaintSection } from './inputs/inpaint-section';
import { InputsSection } from '../../components/ui/inputs-section';
import { ModerationSection } from './inputs/moderation-section';
import { PlayerProvider } from './video/player-context';
import { playableVideo, videoAbsence } from '../../domain/video-absence';
import { RawResponse } from './raw-response';
import { StatusSection } from './status-section';
import { TaskPager } from './task-pager';
import { TaskSummary } from './task-summary';
import { TaskVideo } from './video/task-video';

export function TaskDetailPage() {
  const id = useParams().id ?? '';
  if (!isTaskId(id)) {
    return (
      <div role="alert" className="card space-y-2">
        <PageHeading title={t('Not a task id')} className="text-lg font-semibold">
          {t('Not a task id')}
        </PageHeading>
        <p className="text-sm">
          <RichText
            message="“<id>{id}</id>” is not a task id. Task ids look like veo3.1-fast:1770350082-trii1OXZc3, video_68d… or cgt-20250917121233-f4sg6. <link>Go to the task list</link>."
            parts={{
              id: (text) => <span className="break-all font-mono">{text}</span>,
              link: linkTo('/'),
            }}
            values={{ id }}
          />
        </p>
      </div>
    );
  }
  // Keyed by id: Previous/Next task must not carry the last task's player, load or choices over.
  return <TaskDetail key={id} id={id} />;
}

function TaskDetail({ id }: { id: string }) {
  const {
    task,
    history,
    tracked,
    lastError: error,
    isPending,
    refresh,
    refreshAndRead,
  } = useShownTask(id);
  const connection = useConnection();
  const hasKey = useApiKey() !== '';
  const { trackTasks } = useTasksActions();

  return (
    <article className="space-y-4" aria-labelledby="task-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t('Breadcrumb')}>
          <Link to="/" className="link inline-flex min-h-6 items-center text-sm">
            {t('← All tasks')}
          </Link>
        </nav>
        <TaskPager id={id} />
      </div>
      <header className="flex flex-wrap items-center gap-3">
        <PageHeading
          id="task-heading"
          title={
            task
              ? t('{status}: {id}', { status: statusLabel(task.status, task.statusText), id })
              : id
          }
          className="min-w-0 break-all font-mono text-lg font-semibold"
        >
          {id}
        </PageHeading>
        {/* A live region: a screen reader says when the open task's status changes (the list's
            thousand rows stay quiet). */}
        <span role="status">
          {task ? (
            <>
              <span className="sr-only">{t('Status:')} </span>
              <StatusBadge status={task.status} statusText={task.statusText} />
            </>
          ) : null}
        </span>
        <CopyButton text={id} label={t('Copy id')} />
        <RefreshButton hasKey={hasKey} onClick={refresh}>
          {t('Refresh now')}
        </RefreshButton>
        {tracked ? null : (
          <button type="button" className="btn-secondary" onClick={() => trackTasks([id])}>
            {t('Add to my list')}
          </button>
        )}
      </header>

      {task ? <TaskSummary task={task} /> : null}

      {/* Without a key, the line above every page says so (app/connection-banners.tsx). */}
      {error ? (
        <p role="alert" className="card border-l-4 border-amber-500 text-sm text-amber-900">
          {updateProblem(error, task !== undefined)}
        </p>
      ) : null}
      {hasKey && isPending && !error ? (
        <p className="text-sm text-slate-600">{t('Loading task…')}</p>
      ) : null}

      {task ? (
        <PlayerProvider
          totalFrames={task.frames}
          noVideo={playableVideo(task) ? undefined : videoAbsence(task)}
        >
          <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
            <div className="space-y-4">
              <StatusSection task={task} history={history} />
              {task.failure ? <FailureSection task={task} failure={task.failure} /> : null}
            </div>
            <section aria-labelledby="video-heading" className="card space-y-3">
              <h2 id="video-heading" className="text-base font-semibold">
                {t('Video')}
              </h2>
              <TaskVideo task={task} connection={connection} refreshTask={refreshAndRead} />
            </section>
          </div>
          <HistorySection history={history} />
          <InputsSection task={task} />
          {/* Inpaint items are the reseller Sora shape's; other families have none to show. */}
          {task.inpaintItems.length ? (
            <InpaintSection items={task.inpaintItems} totalFrames={task.frames} />
          ) : null}
          {/* Likewise the moderation result: a family that sends none has no section saying so. */}
          {task.moderation ? (
            <ModerationSection moderation={task.moderation} totalFrames={task.frames} />
          ) : null}
          <RawResponse raw={task.raw} />
        </PlayerProvider>
      ) : null}
    </article>
  );
}
