import {
  MAX_SNAPSHOTS,
  progressJumps,
  progressPoints,
  queuePoints,
  statusTransitions,
  type Snapshot,
} from '../../../domain/task-history';
import { StatusBadge, statusLabel } from '../../../components/ui/status-badge';
import { useNow } from '../../../hooks/use-now';
import { formatDuration, formatClockTime } from '../../../lib/format';
import { t, tp } from '../../../lib/i18n';
import { describeJump } from './history-words';
import { SnapshotDiff } from './snapshot-diff';
import { TrendChart } from './trend-chart';

const percent = (value: number) => t('{value} %', { value: Math.round(value) });

function snapshotLabel(snapshot: Snapshot, index: number): string {
  const values = {
    number: index + 1,
    time: formatClockTime(snapshot.at),
    // The words of the badges (the provider's own word is beside each status change).
    status: statusLabel(snapshot.status, snapshot.statusText),
  };
  return snapshot.progress === undefined
    ? t('#{number} at {time} ({status})', values)
    : t('#{number} at {time} ({status}, {progress} %)', {
        ...values,
        progress: Math.round(snapshot.progress),
      });
}

function StatusTimeline({ history }: { history: readonly Snapshot[] }) {
  const now = useNow();
  const transitions = statusTransitions(history, now);
  return (
    <ol aria-label={t('Status changes')} className="space-y-1 text-sm">
      {transitions.map((transition) => (
        <li key={transition.at} className="flex flex-wrap items-center gap-2">
          <time
            dateTime={new Date(transition.at).toISOString()}
            className="w-24 whitespace-nowrap tabular-nums"
          >
            {formatClockTime(transition.at)}
          </time>
          <StatusBadge status={transition.status} statusText={transition.statusText} />
          {transition.statusText ? (
            <span className="font-mono text-xs text-slate-600">{transition.statusText}</span>
          ) : null}
          {transition.durationMs > 0 ? (
            <span className="text-slate-600">
              {transition.current
                ? t('for {duration} so far', {
                    duration: formatDuration(transition.durationMs / 1000),
                  })
                : t('for {duration}', { duration: formatDuration(transition.durationMs / 1000) })}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function ProgressTrend({ history }: { history: readonly Snapshot[] }) {
  const points = progressPoints(history);
  if (points.length < 2) return null;
  const jumps = progressJumps(points);
  const first = points[0]?.value ?? 0;
  const last = points[points.length - 1]?.value ?? 0;
  const values = {
    from: Math.round(first),
    to: Math.round(last),
    count: points.length,
    // Each jump is a whole clause ("went back from 90 % to 40 %"), in the order they happened.
    jumps: jumps.map(describeJump).join(t('; then ')),
  };
  return (
    <TrendChart
      title={t('Progress over time')}
      summary={
        jumps.length
          ? t('From {from} % to {to} % in {count} updates. It {jumps}.', values)
          : t('From {from} % to {to} % in {count} updates. It never went backwards.', values)
      }
      points={points}
      max={100}
      marks={jumps.map((jump) => ({ at: jump.at, value: jump.to, note: describeJump(jump) }))}
      formatValue={percent}
      formatTime={formatClockTime}
    />
  );
}

function QueueTrend({ history }: { history: readonly Snapshot[] }) {
  const points = queuePoints(history);
  if (points.length < 2) return null;
  const first = points[0]?.value ?? 0;
  const last = points[points.length - 1]?.value ?? 0;
  const span = formatDuration(((points[points.length - 1]?.at ?? 0) - (points[0]?.at ?? 0)) / 1000);
  return (
    <TrendChart
      title={t('Queue position over time')}
      summary={t('From position {first} to {last} in {span}.', { first, last, span })}
      points={points}
      max={Math.max(...points.map((point) => point.value), 1)}
      steps
      formatValue={(value) => `#${value}`}
      formatTime={formatClockTime}
    />
  );
}

export function HistorySection({ history }: { history: readonly Snapshot[] }) {
  return (
    <section aria-labelledby="history-heading" className="card space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="history-heading" className="text-base font-semibold">
          {t('History')}
        </h2>
        <p className="text-xs text-slate-600">
          {tp(
            history.length,
            {
              one: '{count} response that changed something, kept in this browser (up to {max} per task).',
              other:
                '{count} responses that changed something, kept in this browser (up to {max} per task).',
            },
            { max: MAX_SNAPSHOTS },
          )}
        </p>
      </div>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600">
          {t('Nothing recorded yet: the first answer appears here.')}
        </p>
      ) : (
        <>
          <StatusTimeline history={history} />
          <div className="grid gap-4 md:grid-cols-2">
            <ProgressTrend history={history} />
            <QueueTrend history={history} />
          </div>
          {history.length > 1 ? <SnapshotDiff history={history} label={snapshotLabel} /> : null}
        </>
      )}
    </section>
  );
}
