import {
  MAX_SNAPSHOTS,
  progressJumps,
  progressPoints,
  queuePoints,
  statusTransitions,
  type Snapshot,
} from '../../../domain/task-history';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useNow } from '../../../hooks/use-now';
import { formatDuration, formatClockTime } from '../../../lib/format';
import { describeJump } from './history-words';
import { SnapshotDiff } from './snapshot-diff';
import { TrendChart } from './trend-chart';

const percent = (value: number) => `${Math.round(value)} %`;

function snapshotLabel(snapshot: Snapshot, index: number): string {
  const progress = snapshot.progress === undefined ? '' : `, ${percent(snapshot.progress)}`;
  return `#${index + 1} at ${formatClockTime(snapshot.at)} (${snapshot.statusText ?? snapshot.status}${progress})`;
}

function StatusTimeline({ history }: { history: readonly Snapshot[] }) {
  const now = useNow();
  const transitions = statusTransitions(history, now);
  return (
    <ol aria-label="Status changes" className="space-y-1 text-sm">
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
              for {formatDuration(transition.durationMs / 1000)}
              {transition.current ? ' so far' : ''}
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
  const jumpText = jumps.length
    ? ` It ${jumps.map(describeJump).join('; then ')}.`
    : ' It never went backwards.';
  return (
    <TrendChart
      title="Progress over time"
      summary={`From ${percent(first)} to ${percent(last)} in ${points.length} updates.${jumpText}`}
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
      title="Queue position over time"
      summary={`From position ${first} to ${last} in ${span}.`}
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
          History
        </h2>
        <p className="text-xs text-slate-600">
          {history.length === 1 ? '1 response' : `${history.length} responses`} that changed
          something, kept in this browser (up to {MAX_SNAPSHOTS} per task).
        </p>
      </div>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600">
          Nothing recorded yet: the first answer appears here.
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
