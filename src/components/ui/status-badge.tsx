import type { TaskStatus } from '../../api/task-model';

const LOOK: Record<TaskStatus, { label: string; className: string }> = {
  queued: { label: 'Queued', className: 'bg-amber-100 text-amber-900 ring-amber-300' },
  running: { label: 'Running', className: 'bg-indigo-100 text-indigo-900 ring-indigo-300' },
  succeeded: { label: 'Succeeded', className: 'bg-emerald-100 text-emerald-900 ring-emerald-300' },
  failed: { label: 'Failed', className: 'bg-rose-100 text-rose-900 ring-rose-300' },
  cancelled: { label: 'Cancelled', className: 'bg-slate-200 text-slate-800 ring-slate-300' },
  unknown: { label: 'Unknown', className: 'bg-slate-100 text-slate-800 ring-slate-300' },
};

export function statusLabel(status: TaskStatus, statusText?: string): string {
  // A value nobody listed is shown exactly as the provider sent it.
  if (status === 'unknown' && statusText) return `Status “${statusText}”`;
  return LOOK[status].label;
}

interface StatusBadgeProps {
  status: TaskStatus | 'loading' | 'error' | 'not-found';
  statusText?: string;
}

export function StatusBadge({ status, statusText }: StatusBadgeProps) {
  const look =
    status === 'loading'
      ? { label: 'Loading', className: 'bg-slate-100 text-slate-700 ring-slate-300' }
      : status === 'error'
        ? { label: 'Error', className: 'bg-rose-100 text-rose-900 ring-rose-300' }
        : status === 'not-found'
          ? { label: 'Not found', className: 'bg-slate-200 text-slate-800 ring-slate-400' }
          : { label: statusLabel(status, statusText), className: LOOK[status].className };
  return (
    <span
      className={`inline-flex max-w-full items-center truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${look.className}`}
    >
      {look.label}
    </span>
  );
}
