import { useCallback, useSyncExternalStore } from 'react';
import { describeEta, estimateTaskTimeLeft, type TimeLeft } from '../../domain/task-eta';
import { progressJumps, progressPoints, type Snapshot } from '../../domain/task-history';
import { type Task } from '../../domain/task-model';
import {
  describeBases,
  describeElapsed,
  describeTypical,
  describeTypicalLeft,
} from '../../domain/typical-duration';
import { isTerminal } from '../../domain/readers/read-status';
import { RichText } from '../../components/ui/rich-text';
import {
  ProgressBar,
  progressTone,
  type ElapsedAgainstUsual,
} from '../../components/ui/progress-bar';
import { useNow } from '../../hooks/use-now';
import { formatDateTime, formatDuration, formatClockTime } from '../../lib/format';
import { t } from '../../lib/i18n';
import { taskDurationStore } from '../../stores/task-duration-store';
import { DetailList } from '../../components/ui/detail-list';
import { describeJump } from './history/history-words';

const unsubscribed = () => undefined;

/** The time left, from the task's progress, or from its model's finished tasks when it has none. */
function useTimeLeft(task: Task, history: readonly Snapshot[]): TimeLeft | undefined {
  const store = taskDurationStore();
  const model = task.progress === undefined ? task.model : undefined;
  const subscribe = useCallback(
    (listener: () => void) => (model ? store.subscribe(listener) : unsubscribed),
    [store, model],
  );
  const durations = useSyncExternalStore(subscribe, () =>
    model ? store.getDurations(model) : undefined,
  );
  return estimateTaskTimeLeft(task, history, durations, useNow());
}

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const strong = (text: string) => <strong className="font-semibold">{capitalised(text)}</strong>;

function TimeLeftWords({ eta }: { eta: TimeLeft }) {
  if (!eta.known) return <span>{t('Unknown: {reason}.', { reason: eta.reason })}</span>;
  if (eta.until === 'typical') {
    return (
      <span>
        <RichText
          message="<b>{left}</b> ({typical}; {bases})"
          parts={{ b: strong }}
          values={{
            left: describeTypicalLeft(eta),
            typical: describeTypical(eta.typical),
            bases: describeBases(eta.typical),
          }}
        />
      </span>
    );
  }
  return (
    <span>
      {eta.until === 'done' ? (
        <RichText
          message="<b>{left}</b> (from how fast its progress has moved)"
          parts={{ b: strong }}
          values={{ left: describeEta(eta) }}
        />
      ) : (
        <RichText
          message="<b>{left}</b> (from how fast the queue moves)"
          parts={{ b: strong }}
          values={{ left: describeEta(eta) }}
        />
      )}
    </span>
  );
}

/** Time so far against the usual duration, for a bar that cannot show progress. */
function elapsedOf(eta: TimeLeft | undefined): ElapsedAgainstUsual | undefined {
  if (!eta?.known || eta.until !== 'typical') return undefined;
  const { lowMs, medianMs, highMs } = eta.typical;
  return { elapsedMs: eta.elapsedMs, lowMs, medianMs, highMs, text: describeElapsed(eta) };
}

/** Says plainly when the bar is not what the provider just reported, and why. */
function ProgressHonesty({ task, history }: { task: Task; history: readonly Snapshot[] }) {
  const notes: string[] = [];
  const { progress, reportedProgress } = task;
  if (progress !== undefined && reportedProgress !== undefined && reportedProgress < progress) {
    notes.push(
      t(
        'The provider now reports {reported} %, less than before; the bar stays at the highest value seen, {shown} %.',
        { reported: Math.round(reportedProgress), shown: Math.round(progress) },
      ),
    );
  }
  const last = progressJumps(progressPoints(history)).at(-1);
  if (last)
    notes.push(
      t('At {time} the reported progress {change}.', {
        time: formatClockTime(last.at),
        change: describeJump(last),
      }),
    );
  if (notes.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-amber-900">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/**
 * The provider's creation time, and, when it is later than this browser first saw the task
 * (the first entry of the history), why: the provider's clock runs ahead of this device's.
 */
export function createdWords(
  createdAt: number | undefined,
  firstSeenAt: number | undefined,
): string {
  const ahead =
    createdAt === undefined || firstSeenAt === undefined ? 0 : (createdAt - firstSeenAt) / 1000;
  if (ahead < 1) return formatDateTime(createdAt);
  return t('{time} (by the provider’s clock, which runs {ahead} ahead of this device’s)', {
    time: formatDateTime(createdAt),
    ahead: formatDuration(ahead),
  });
}

export function StatusSection({ task, history }: { task: Task; history: readonly Snapshot[] }) {
  const tone = progressTone(task.status);
  const finished = isTerminal(task.status);
  const eta = useTimeLeft(task, history);
  return (
    <section aria-labelledby="status-heading" className="card space-y-3">
      <h2 id="status-heading" className="text-base font-semibold">
        {t('Progress')}
      </h2>
      <ProgressBar
        value={task.progress}
        label={t('Progress of {id}', { id: task.id })}
        tone={tone}
        elapsed={finished ? undefined : elapsedOf(eta)}
      />
      <ProgressHonesty task={task} history={history} />
      <DetailList
        entries={[
          { term: t('Provider status'), value: task.statusText },
          ...(finished || !eta
            ? []
            : [{ term: t('Time left'), value: <TimeLeftWords eta={eta} /> }]),
          // Only the reseller Sora shape tells where a task stands in the queue: no dashes for
          // the families that never do.
          ...(task.queuePosition === undefined &&
          task.queueWaitSeconds === undefined &&
          task.queueMessage === undefined
            ? []
            : [
                {
                  term: t('Position in queue'),
                  value: task.queuePosition === undefined ? undefined : `#${task.queuePosition}`,
                },
                {
                  term: t('Provider’s wait estimate'),
                  value:
                    task.queueWaitSeconds === undefined
                      ? undefined
                      : t('about {duration}', { duration: formatDuration(task.queueWaitSeconds) }),
                },
                { term: t('Queue message'), value: task.queueMessage },
              ]),
          { term: t('Created'), value: createdWords(task.createdAt, history[0]?.at) },
          { term: t('Status changed'), value: formatDateTime(task.updatedAt) },
          // A finish or an expiry the provider did not give is left out, not shown as a dash
          // beside a "Succeeded" badge (the video's own link says when it expires).
          ...(task.completedAt === undefined
            ? []
            : [{ term: t('Completed'), value: formatDateTime(task.completedAt) }]),
          ...(task.expiresAt === undefined
            ? []
            : [{ term: t('Expires'), value: formatDateTime(task.expiresAt) }]),
        ]}
      />
      {task.statusDisagreement ? (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer">
            {t(
              "The provider's answer gives more than one status; the one furthest along is shown.",
            )}
          </summary>
          <p className="mt-1 font-mono text-xs">{task.statusDisagreement.join('; ')}</p>
        </details>
      ) : null}
    </section>
  );
}
