import { useId, useMemo, useState } from 'react';
import type { Snapshot } from '../../../domain/task-history';
import { diffJson } from '../../../lib/json-diff';
import { t } from '../../../lib/i18n';

const MAX_SHOWN_CHARS = 240;

function shown(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
}

interface SnapshotDiffProps {
  history: readonly Snapshot[];
  label: (snapshot: Snapshot, index: number) => string;
}

/** Pick any two responses and see which fields changed between them. */
export function SnapshotDiff({ history, label }: SnapshotDiffProps) {
  const last = history.length - 1;
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const fromId = useId();
  const toId = useId();
  // Until someone picks, compare the newest response with the one before it.
  const fromIndex = Math.min(from ?? last - 1, last);
  const toIndex = Math.min(to ?? last, last);
  const before = history[fromIndex];
  const after = history[toIndex];
  // The page re-renders on every poll; bodies can be large, so compare only when they change.
  const changes = useMemo(
    () => (before && after ? diffJson(before.raw, after.raw) : []),
    [before, after],
  );
  if (!before || !after) return null;
  const options = history.map((snapshot, index) => (
    <option key={snapshot.at} value={index}>
      {label(snapshot, index)}
    </option>
  ));

  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium text-slate-800">{t('Compare two responses')}</h3>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label htmlFor={fromId} className="space-y-1">
          <span className="block text-slate-600">{t('From')}</span>
          <select
            id={fromId}
            className="field w-auto"
            value={fromIndex}
            onChange={(event) => setFrom(Number(event.target.value))}
          >
            {options}
          </select>
        </label>
        <label htmlFor={toId} className="space-y-1">
          <span className="block text-slate-600">{t('To')}</span>
          <select
            id={toId}
            className="field w-auto"
            value={toIndex}
            onChange={(event) => setTo(Number(event.target.value))}
          >
            {options}
          </select>
        </label>
      </div>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-600">
          {fromIndex === toIndex
            ? t('That is the same response twice: pick two different ones.')
            : t('These two responses are identical.')}
        </p>
      ) : (
        // Focusable, so a keyboard can scroll a long list of changes (axe: scrollable-region-focusable).
        <div
          className="max-h-80 overflow-auto rounded focus-visible:outline-2 focus-visible:outline-indigo-600"
          tabIndex={0}
          role="region"
          aria-label={t('Changes between the two responses')}
        >
          <table className="w-full table-fixed text-left text-xs">
            <colgroup>
              <col className="w-[34%]" />
              <col className="w-[33%]" />
              <col className="w-[33%]" />
            </colgroup>
            <caption className="sr-only">
              {t('Fields changed from {from} to {to}', {
                from: label(before, fromIndex),
                to: label(after, toIndex),
              })}
            </caption>
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="py-1 pr-3 font-normal">
                  {t('Field')}
                </th>
                <th scope="col" className="py-1 pr-3 font-normal">
                  {t('Before')}
                </th>
                <th scope="col" className="py-1 font-normal">
                  {t('After')}
                </th>
              </tr>
            </thead>
            <tbody className="font-mono">
              {changes.map((change) => (
                <tr key={change.path} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 font-normal [overflow-wrap:anywhere]">
                    {change.path}
                    {change.kind === 'changed' ? null : (
                      <span className="ml-1 font-sans text-slate-600">
                        {change.kind === 'added' ? t('(added)') : t('(removed)')}
                      </span>
                    )}
                  </th>
                  <td className="bg-rose-50 py-1 pr-3 break-all text-rose-900">
                    {shown(change.before)}
                  </td>
                  <td className="bg-emerald-50 py-1 break-all text-emerald-900">
                    {shown(change.after)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
