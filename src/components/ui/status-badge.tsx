import type { TaskCategory } from '../../hooks/use-task-categories';
import { t } from '../../lib/i18n';

type BadgeStatus = TaskCategory | 'waiting';

const NEUTRAL = 'bg-slate-100 text-slate-700 ring-slate-300';

const LOOK: Record<BadgeStatus, string> = {
  queued: 'bg-amber-100 text-amber-900 ring-amber-300',
  running: 'bg-indigo-100 text-indigo-900 ring-indigo-300',
  succeeded: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  failed: 'bg-rose-100 text-rose-900 ring-rose-300',
  cancelled: 'bg-slate-200 text-slate-800 ring-slate-300',
  expired: 'bg-slate-200 text-slate-800 ring-slate-300',
  unknown: NEUTRAL,
  loading: NEUTRAL,
  waiting: NEUTRAL,
  error: 'bg-rose-100 text-rose-900 ring-rose-300',
  'not-found': 'bg-slate-200 text-slate-800 ring-slate-400',
};

/** Looked up when shown, in the language of the moment. */
const labels = (): Record<BadgeStatus, string> => ({
  queued: t('Queued'),
  running: t('Running'),
  succeeded: t('Succeeded'),
  failed: t('Failed'),
  cancelled: t('Cancelled'),
  expired: t('Expired'),
  unknown: t('Unknown'),
  loading: t('Loading'),
  waiting: t('Waiting'),
  error: t('Error'),
  'not-found': t('Not found'),
});

interface StatusBadgeProps {
  status: BadgeStatus;
  statusText?: string;
}

/** The status in words, as the badge shows it. */
export function statusLabel(status: BadgeStatus, statusText?: string): string {
  // A status nobody listed is shown exactly as the provider sent it.
  return status === 'unknown' && statusText
    ? t('Status “{status}”', { status: statusText })
    : labels()[status];
}

export function StatusBadge({ status, statusText }: StatusBadgeProps) {
  return (
    <span
      className={`inline-flex max-w-full items-center truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${LOOK[status]}`}
    >
      {statusLabel(status, statusText)}
    </span>
  );
}
