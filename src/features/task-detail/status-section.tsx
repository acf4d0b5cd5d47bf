import type { Task } from '../../api/task-model';
import { ProgressBar } from '../../components/ui/progress-bar';
import { formatDateTime, formatDuration } from '../../lib/format';
import { DetailList } from './detail-list';

export function StatusSection({ task }: { task: Task }) {
  const tone =
    task.status === 'succeeded' ? 'done' : task.status === 'failed' ? 'failed' : 'active';
  return (
    <section aria-labelledby="status-heading" className="card space-y-3">
      <h2 id="status-heading" className="text-base font-semibold">
        Progress
      </h2>
      <ProgressBar value={task.progress} label={`Progress of ${task.id}`} tone={tone} />
      <DetailList
        entries={[
          { term: 'Provider status', value: task.statusText },
          {
            term: 'Position in queue',
            value: task.queuePosition === undefined ? undefined : `#${task.queuePosition}`,
          },
          {
            term: 'Estimated wait',
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
