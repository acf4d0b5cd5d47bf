import { FAILURE_LABELS, type FailureClass } from '../../domain/failure-classes';
import type { TaskSummary } from '../../hooks/use-task-categories';
import { RichText } from '../../components/ui/rich-text';
import { t } from '../../lib/i18n';

/** How many tasks failed, and why, in the classes a person can act on. */
export function FailureSummary({ summaries }: { summaries: readonly TaskSummary[] }) {
  const counts = new Map<FailureClass, number>();
  for (const { failureClass } of summaries) {
    if (failureClass) counts.set(failureClass, (counts.get(failureClass) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  return (
    <section aria-label={t('Failures by cause')} className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-rose-900">
        {[...counts].map(([failureClass, count]) => (
          <li key={failureClass}>
            <RichText
              message="<count>{count}</count> {cause}"
              parts={{
                count: (text) => <span className="font-semibold tabular-nums">{text}</span>,
              }}
              values={{ count, cause: FAILURE_LABELS[failureClass] }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
