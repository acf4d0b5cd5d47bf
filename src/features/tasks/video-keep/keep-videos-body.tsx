// "Keep in this browser" for the selected tasks: their finished videos kept one at a time (each
// fetched as the detail page's Download fetches it, through the limiter), with progress, Cancel,
// and a summary of what was kept, what was kept already, what was skipped and what failed, and
// why. Loaded by the panel's shell (../keep-videos-panel.tsx) when it opens.
import { useEffect, useId, useRef, useState } from 'react';
import { keepTaskVideo, keptVideoKey, type KeepOutcome } from '../../../api/keep-video';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { RichText } from '../../../components/ui/rich-text';
import { useConnection } from '../../../hooks/use-connection';
import { useKeptVideos } from '../../../hooks/use-kept-videos';
import { t, tp } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/limited-body';
import { keptVideoId } from '../../../stores/kept-videos';
import type { BulkPanelProps } from '../bulk-panel';
import { useSelectedTasks } from '../video-zip/use-selected-tasks';

interface Result {
  id: string;
  outcome: KeepOutcome;
}

type Run =
  | { kind: 'idle' }
  | { kind: 'running'; results: readonly Result[]; current: string; received: number }
  | { kind: 'finished'; results: readonly Result[]; cancelled: boolean };

const id = (text: string) => <span className="break-all font-mono">{text}</span>;

function Summary({ results, total }: { results: readonly Result[]; total: number }) {
  const of = (kinds: readonly KeepOutcome['kind'][]) =>
    results.filter((result) => kinds.includes(result.outcome.kind));
  const kept = of(['kept']);
  const already = of(['already-kept']).length;
  const skipped = of(['not-finished']).length;
  const failed = of(['unreadable', 'failed']);
  const notTried = total - results.length;
  const keptSize = kept.reduce(
    (sum, { outcome }) => sum + (outcome.kind === 'kept' ? outcome.video.size : 0),
    0,
  );
  return (
    <div className="space-y-1">
      <p>
        {tp(
          kept.length,
          { one: 'Kept {count} video ({size}).', other: 'Kept {count} videos ({size}).' },
          { size: formatBytes(keptSize) },
        )}
      </p>
      {already ? (
        <p>
          {tp(already, {
            one: '{count} was kept already.',
            other: '{count} were kept already.',
          })}
        </p>
      ) : null}
      {skipped ? (
        <p>
          {tp(skipped, {
            one: 'Skipped {count}: not finished, or finished without a video.',
            other: 'Skipped {count}: not finished, or finished without a video.',
          })}
        </p>
      ) : null}
      {notTried ? (
        <p>
          {tp(notTried, {
            one: 'Cancelled: {count} was not tried.',
            other: 'Cancelled: {count} were not tried.',
          })}
        </p>
      ) : null}
      {failed.length ? (
        <>
          <p className="text-amber-900">
            {tp(failed.length, {
              one: 'Could not keep {count}:',
              other: 'Could not keep {count}:',
            })}
          </p>
          <ul aria-label={t('Videos not kept')} className="list-disc space-y-1 pl-5">
            {failed.map(({ id: taskId, outcome }) =>
              outcome.kind === 'unreadable' || outcome.kind === 'failed' ? (
                <li key={taskId}>
                  <RichText
                    message="<id>{id}</id>: {why}"
                    parts={{ id }}
                    values={{ id: taskId, why: outcome.why }}
                  />{' '}
                  {outcome.kind === 'unreadable' ? (
                    <a
                      href={outcome.url}
                      target="_blank"
                      rel="noreferrer noopener"
                      className="link"
                      aria-label={t('Open the link of {id} in a new tab', { id: taskId })}
                    >
                      {t('Open the link in a new tab')}
                    </a>
                  ) : null}
                </li>
              ) : null,
            )}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function KeepVideosBody({ ids, onClose }: BulkPanelProps) {
  const connection = useConnection();
  const { status, videos } = useKeptVideos();
  const headingId = useId();
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const [run, setRun] = useState<Run>({ kind: 'idle' });
  // The last known state of each task, read when needed (the list's pollers keep it current),
  // and counted anew as answers come while nothing runs.
  const cached = useSelectedTasks(ids, run.kind === 'idle');
  const taskOf = (taskId: string) => cached.read(taskId).task;
  const keptKeys = new Set(videos.map((video) => video.key));
  const finished = ids.filter((taskId) => taskOf(taskId)?.status === 'succeeded');
  const toFetch = finished.filter(
    (taskId) => !keptKeys.has(keptVideoId(keptVideoKey(connection, taskId))),
  ).length;

  const start = async () => {
    const current = new AbortController();
    controller.current = current;
    const results: Result[] = [];
    for (const taskId of ids) {
      setRun({ kind: 'running', results: [...results], current: taskId, received: 0 });
      const task = taskOf(taskId);
      let shown = 0;
      try {
        const outcome: KeepOutcome = task
          ? await keepTaskVideo(connection, task, {
              signal: current.signal,
              onProgress: (received) => {
                // One update per megabyte, not one per network chunk.
                if (received - shown < 1024 * 1024) return;
                shown = received;
                setRun({ kind: 'running', results: [...results], current: taskId, received });
              },
            })
          : { kind: 'not-finished' };
        results.push({ id: taskId, outcome });
      } catch (error) {
        // Cancelled: the video being fetched is not kept, and the rest are not tried.
        if (current.signal.aborted) break;
        results.push({
          id: taskId,
          outcome: { kind: 'failed', why: error instanceof Error ? error.message : String(error) },
        });
      }
    }
    if (controller.current === current) controller.current = null;
    setRun({ kind: 'finished', results, cancelled: current.signal.aborted });
  };

  const cancel = () => controller.current?.abort();

  const count = ids.length;
  const done = run.kind === 'idle' ? 0 : run.results.length;

  return (
    <section aria-labelledby={headingId} className="card space-y-3 text-sm">
      <h3 id={headingId} className="text-base font-semibold">
        {t('Keep videos in this browser')}
      </h3>
      <p>
        {tp(count, {
          one: 'Keeps the finished video of the {count} selected task in this browser, so that it plays after the provider’s link expires.',
          other:
            'Keeps the finished videos of the {count} selected tasks in this browser, one at a time, so that they play after the providers’ links expire.',
        })}
      </p>
      <p>
        {t('Finished: {finished} of {count}. Not kept yet: {toFetch}.', {
          finished: finished.length,
          count,
          toFetch,
        })}
      </p>
      {status === 'unavailable' ? (
        <p role="alert" className="text-amber-900">
          {t(
            'This browser does not let this page keep files (a private window, or site data turned off).',
          )}
        </p>
      ) : null}
      {run.kind === 'running' ? (
        <div className="space-y-1">
          <ProgressBar value={(done / Math.max(count, 1)) * 100} label={t('Keeping videos')} />
          <p role="status">
            <RichText
              message="Keeping {done} of {total}: <id>{id}</id>… {received}"
              parts={{ id }}
              values={{
                done: done + 1,
                total: count,
                id: run.current,
                received: formatBytes(run.received),
              }}
            />
          </p>
        </div>
      ) : null}
      {run.kind === 'finished' ? (
        <div role="status" className="space-y-1">
          {run.cancelled ? <p className="font-medium">{t('Cancelled.')}</p> : null}
          <Summary results={run.results} total={count} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {run.kind === 'running' ? (
          <button type="button" className="btn-secondary" onClick={cancel}>
            {t('Cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="btn-primary"
            disabled={toFetch === 0 || status !== 'ready'}
            title={
              toFetch > 0
                ? undefined
                : finished.length
                  ? t('Every finished video selected is kept already.')
                  : t('None of the selected tasks has finished with a video.')
            }
            onClick={() => void start()}
          >
            {tp(toFetch, { one: 'Keep {count} video', other: 'Keep {count} videos' })}
          </button>
        )}
        <button type="button" className="btn-secondary" onClick={onClose}>
          {t('Close')}
        </button>
      </div>
    </section>
  );
}
