// Search, order, batch, date range and "Hide finished": the list's view, kept in the address.
import { useId, useState, type ReactNode, type Ref } from 'react';
import { t } from '../../lib/i18n';
import { SORTS, type BatchProgress, type ListView, type SortKey } from './list-view';

interface ViewControlsProps {
  /** The view, with the search as typed (useSearchText). */
  view: ListView;
  batches: readonly BatchProgress[];
  onChange: (next: Partial<ListView>) => void;
  onSearch: (q: string) => void;
  /** The search box, for the `/` shortcut. */
  searchRef?: Ref<HTMLInputElement>;
}

const sortLabels = (): Record<SortKey, string> => ({
  added: t('Order added'),
  changed: t('Last change'),
  progress: t('Progress'),
  status: t('Status'),
  left: t('Time left'),
});

/** "cats: 3 of 5 finished, 1 failed". */
export function batchWords({ finished, total, failed }: BatchProgress): string {
  return failed
    ? t('{finished} of {total} finished, {failed} failed', { finished, total, failed })
    : t('{finished} of {total} finished', { finished, total });
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex min-w-0 items-center gap-1.5">
      <label htmlFor={id} className="text-slate-700">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/**
 * The search as typed, and how to type it. The address updates after the keystroke (the router
 * renders it in a transition, behind other work), so the list filters by what is typed, at once,
 * and takes the address's value only when it did not come from typing (Back, Clear filters, a
 * bookmark): a fast typist loses no letter and waits for no transition.
 */
export function useSearchText(
  inAddress: string,
  write: (q: string) => void,
): [string, (q: string) => void] {
  const [text, setText] = useState(inAddress);
  const [seen, setSeen] = useState(inAddress);
  const [echoes, setEchoes] = useState<readonly string[]>([]);
  // Adjusting state while rendering, as React documents for a prop's new value.
  if (inAddress !== seen) {
    setSeen(inAddress);
    if (!echoes.includes(inAddress)) setText(inAddress);
    if (!echoes.includes(inAddress) || inAddress === text) setEchoes([]);
  }
  const type = (next: string) => {
    setText(next);
    setEchoes((pending) => [...pending, next]);
    write(next);
  };
  return [text, type];
}

function SearchBox({
  id,
  value,
  onChange,
  searchRef,
}: {
  id: string;
  value: string;
  onChange: (q: string) => void;
  searchRef?: Ref<HTMLInputElement>;
}) {
  return (
    <input
      id={id}
      ref={searchRef}
      type="search"
      className="field w-56 max-w-full py-1"
      placeholder={t('Id, prompt or model')}
      aria-keyshortcuts="/"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function ViewControls({ view, batches, onChange, onSearch, searchRef }: ViewControlsProps) {
  const labels = sortLabels();
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <Field label={t('Search')}>
        {(id) => <SearchBox id={id} value={view.q} onChange={onSearch} searchRef={searchRef} />}
      </Field>
      <Field label={t('Sort by')}>
        {(id) => (
          <select
            id={id}
            className="select-field"
            value={view.sort}
            onChange={(event) =>
              onChange({ sort: SORTS.find((key) => key === event.target.value) ?? 'added' })
            }
          >
            {SORTS.map((key) => (
              <option key={key} value={key}>
                {labels[key]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {batches.length > 0 || view.batch !== '' ? (
        <Field label={t('Batch')}>
          {(id) => (
            <select
              id={id}
              className="max-w-56 min-w-0 truncate select-field"
              value={view.batch}
              onChange={(event) => onChange({ batch: event.target.value })}
            >
              <option value="">{t('All batches')}</option>
              {batches.map((batch) => (
                <option key={batch.name} value={batch.name}>
                  {t('{batch} ({progress})', { batch: batch.name, progress: batchWords(batch) })}
                </option>
              ))}
              {view.batch !== '' && !batches.some((batch) => batch.name === view.batch) ? (
                <option value={view.batch}>{view.batch}</option>
              ) : null}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('Added from')}>
        {(id) => (
          <input
            id={id}
            type="date"
            className="field w-auto py-1"
            value={view.from}
            max={view.to || undefined}
            onChange={(event) => onChange({ from: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('until')}>
        {(id) => (
          <input
            id={id}
            type="date"
            className="field w-auto py-1"
            value={view.to}
            min={view.from || undefined}
            onChange={(event) => onChange({ to: event.target.value })}
          />
        )}
      </Field>
      <label className="flex min-h-6 cursor-pointer items-center gap-1.5">
        <input
          type="checkbox"
          className="size-4 accent-slate-800"
          checked={view.hideFinished}
          onChange={(event) => onChange({ hideFinished: event.target.checked })}
        />
        {t('Hide finished')}
      </label>
      {view.from && view.to && view.from > view.to ? (
        <p role="status" className="basis-full text-rose-800">
          {t('“Added from” is after “until”, so no task can match: swap the two dates.')}
        </p>
      ) : null}
    </div>
  );
}
