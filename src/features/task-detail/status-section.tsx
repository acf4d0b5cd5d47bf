import { describeEta, estimateTimeLeft } from '../../api/task-eta';
import { progressJumps, progressPoints, type Snapshot } from '../../api/task-history';
import { type Task } from '../../api/task-model';
import { isTerminal } from '../../api/readers/read-status';
import { ProgressBar } from '../../components/ui/progress-bar';
import { useNow } from '../../hooks/use-now';
import { formatDateTime, formatDuration } from '../../lib/format';
import { DetailList } from './detail-list';
import { clockTime, describeJump } from './history-words';

function TimeLeft({ history }: { history: readonly Snapshot[] }) {
  const eta = estimateTimeLeft(history, useNow());
  if (!eta) return null;
  if (!eta.known) return <span>Unknown: {eta.reason}.</span>;
  const words = describeEta(eta);
  return (
    <span>
      <strong className="font-semibold">{words.charAt(0).toUpperCase() + words.slice(1)}</strong>
      {eta.until === 'done'
        ? ' (from how fast its progress has moved)'
        : ' (from how fast the queue moves)'}
    </span>
  );
}

/** Says plainly when the bar is not what the provider just reported, and why. */
function ProgressHonesty({ task, history }: { task: Task; history: readonly Snapshot[] }) {
  const notes: string[] = [];
  const { progress, reportedProgress } = task;
  if (progress !== undefined && reportedProgress !== undefined && reportedProgress < progress) {
    notes.push(
      `The provider now reports ${Math.round(reportedProgress)} %, less than before; the bar stays at the highest value seen, ${Math.round(progress)} %.`,
    );
  }
  const last = progressJumps(progressPoints(history)).at(-1);
  if (last) notes.push(`At ${clockTime(last.at)} the reported progress ${describeJump(last)}.`);
  if (notes.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-amber-900">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

export function StatusSection({ task, history }: { task: Task; history: readonly Snapshot[] }) {
  const tone =
    task.status === 'succeeded' ? 'done' : task.status === 'failed' ? 'failed' : 'active';
  const finished = isTerminal(task.status);
  return (
    <section aria-labelledby="status-heading" className="card space-y-3">
      <h2 id="status-heading" className="text-base font-semibold">
        Progress
      </h2>
      <ProgressBar value={task.progress} label={`Progress of ${task.id}`} tone={tone} />
      <ProgressHonesty task={task} history={history} />
      <DetailList
        entries={[
          { term: 'Provider status', value: task.statusText },
          ...(finished ? [] : [{ term: 'Time left', value: <TimeLeft history={history} /> }]),
          {
            term: 'Position in queue',
            value: task.queuePosition === undefined ? undefined : `#${task.queuePosition}`,
          },
          {
            term: 'Provider’s wait estimate',
            value:
              task.queueWaitSeconds === undefined
                ? undefined
                : `about ${formatDuration(task.queueWaitSeconds)}`,
          },
          { term: 'Queue message', value: task.queueMessage },
          { term: 'Created', value: formatDateTime(task.createdAt) },
          { term: 'Status changed', value: formatDateTime(task.updatedAt) },
          {
            term: 'Completed',
            value: task.completedAt ? formatDateTime(task.completedAt) : undefined,
          },
          { term: 'Expires', value: task.expiresAt ? formatDateTime(task.expiresAt) : undefined },
        ]}
      />
      {task.statusDisagreement ? (
        <p className="text-sm text-slate-700">
          The provider&apos;s status fields disagree ({task.statusDisagreement.join('; ')}); the
          most advanced one is shown.
        </p>
      ) : null}
    </section>
  );
}
