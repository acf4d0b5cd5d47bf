import type { TaskCategory } from '../../hooks/use-task-categories';
import { formatNumber, t } from '../../lib/i18n';

const FILTERS = ['all', 'queued', 'running', 'succeeded', 'failed', 'errors'] as const;
export type StatusFilter = (typeof FILTERS)[number];

const labels = (): Record<StatusFilter, string> => ({
  all: t('All'),
  queued: t('Queued'),
  running: t('Running'),
  succeeded: t('Succeeded'),
  failed: t('Failed'),
  errors: t('Errors'),
});

export function filterOf(category: TaskCategory): StatusFilter | undefined {
  switch (category) {
    case 'queued':
    case 'running':
    case 'succeeded':
      return category;
    case 'failed':
    case 'cancelled':
    case 'expired':
      return 'failed';
    case 'error':
    case 'not-found':
    case 'unknown':
      return 'errors';
    default:
      return undefined;
  }
}

export function parseFilter(value: string | null): StatusFilter {
  return FILTERS.find((filter) => filter === value) ?? 'all';
}

interface StatusFilterBarProps {
  counts: Record<StatusFilter, number>;
  selected: StatusFilter;
  onSelect: (filter: StatusFilter) => void;
}

export function StatusFilterBar({ counts, selected, onSelect }: StatusFilterBarProps) {
  const label = labels();
  return (
    <div role="group" aria-label={t('Filter by status')} className="flex flex-wrap gap-1.5">
      {FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          aria-pressed={selected === filter}
          onClick={() => onSelect(filter)}
          className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${
            selected === filter
              ? 'bg-indigo-600 text-white ring-indigo-600'
              : 'bg-white text-slate-800 ring-slate-300 hover:bg-slate-50'
          }`}
        >
          {label[filter]}{' '}
          <span className="tabular-nums opacity-80">{formatNumber(counts[filter])}</span>
        </button>
      ))}
    </div>
  );
}
