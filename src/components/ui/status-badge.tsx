import type { TaskCategory } from '../../hooks/use-task-categories';

type BadgeStatus = TaskCategory | 'waiting';

const NEUTRAL = 'bg-slate-100 text-slate-700 ring-slate-300';

const LOOK: Record<BadgeStatus, { label: string; className: string }> = {
  queued: { label: 'Queued', className: 'bg-amber-100 text-amber-900 ring-amber-300' },
  running: { label: 'Running', className: 'bg-indigo-100 text-indigo-900 ring-indigo-300' },
  succeeded: { label: 'Succeeded', className: 'bg-emerald-100 text-emerald-900 ring-emerald-300' },
  failed: { label: 'Failed', className: 'bg-rose-100 text-rose-900 ring-rose-300' },
  cancelled: { label: 'Cancelled', className: 'bg-slate-200 text-slate-800 ring-slate-300' },
  expired: { label: 'Expired', className: 'bg-slate-200 text-slate-800 ring-slate-300' },
  unknown: { label: 'Unknown', className: NEUTRAL },
  loading: { label: 'Loading', className: NEUTRAL },
  waiting: { label: 'Waiting', className: NEUTRAL },
  error: { label: 'Error', className: 'bg-rose-100 text-rose-900 ring-rose-300' },
  'not-found': { label: 'Not found', className: 'bg-slate-200 text-slate-800 ring-slate-400' },
};

interface StatusBadgeProps {
  status: BadgeStatus;
  statusText?: string;
}

/** The status in words, as the badge shows it. */
export function statusLabel(status: BadgeStatus, statusText?: string): string {
  // A status nobody listed is shown exactly as the provider sent it.
  return status === 'unknown' && statusText ? `Status “${statusText}”` : LOOK[status].label;
}

export function StatusBadge({ status, statusText }: StatusBadgeProps) {
  return (
    <span
      className={`inline-flex max-w-full items-center truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${LOOK[status].className}`}
    >
      {statusLabel(status, statusText)}
    </span>
  );
}
