import type { ReactNode } from 'react';
import { t } from '../../lib/i18n';

export interface DetailEntry {
  term: string;
  value: ReactNode;
}

/** A definition list that hides nothing: a missing value shows as a dash. */
export function DetailList({ entries }: { entries: DetailEntry[] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {entries.map(({ term, value }) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd className="min-w-0 break-words text-slate-900">
            {value === undefined || value === null || value === '' ? '—' : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? t('Yes') : t('No');
}
