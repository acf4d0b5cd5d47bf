// What can be done to the selected tasks at once, and the panels of the bigger actions (each
// loaded when its button is pressed): loaded once a task is ticked, so none of it weighs on the
// first page. It changes nothing itself: it asks the list to, through its callbacks.
import { lazy, Suspense, useId, useState, type ComponentType } from 'react';
import { CopyButton } from '../../components/ui/copy-button';
import { RefreshButton } from '../../components/ui/refresh-button';
import { t, tp } from '../../lib/i18n';
import { BATCH_NAME_MAX } from '../../stores/task-list-merge';
import type { BulkPanelProps } from './bulk-panel';
import { CompareAction } from './compare-action';

const PANELS = {
  download: lazy(async () => ({
    default: (await import('./download-videos-panel')).DownloadVideosPanel,
  })),
  keep: lazy(async () => ({ default: (await import('./keep-videos-panel')).KeepVideosPanel })),
  export: lazy(async () => ({ default: (await import('./export-panel')).ExportPanel })),
} satisfies Record<string, ComponentType<BulkPanelProps>>;

export type PanelName = keyof typeof PANELS;

export function BulkPanel({ name, ...props }: BulkPanelProps & { name: PanelName }) {
  const Panel = PANELS[name];
  return (
    <Suspense fallback={<p className="text-sm text-slate-600">{t('Loading…')}</p>}>
      <Panel {...props} />
    </Suspense>
  );
}

interface BulkActionsProps {
  /** The selected tasks, in the list's order. */
  ids: readonly string[];
  /** The batch names in use, offered when choosing one. */
  batches: readonly string[];
  hasKey: boolean;
  /** How many of `ids` succeeded: Compare needs every one finished. */
  succeeded: number;
  onRemove: (ids: readonly string[]) => void;
  onRefresh: (ids: readonly string[]) => void;
  onSetBatch: (ids: readonly string[], batch: string) => void;
  onClear: () => void;
  /** Opens a panel below the bar; the focus returns to `opener` when it closes. */
  onOpen: (name: PanelName, opener: HTMLButtonElement) => void;
}

export function BulkActions({
  ids,
  batches,
  hasKey,
  succeeded,
  onRemove,
  onRefresh,
  onSetBatch,
  onClear,
  onOpen,
}: BulkActionsProps) {
  const [batch, setBatchDraft] = useState('');
  const batchId = useId();
  const [batchDone, setBatchDone] = useState<string>();
  const open = (name: PanelName) => (event: { currentTarget: HTMLButtonElement }) =>
    onOpen(name, event.currentTarget);
  const count = ids.length;

  return (
    <section aria-label={t('Selected tasks')} className="card space-y-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <p className="font-medium">{t('{count} selected', { count })}</p>
        <button type="button" className="btn-secondary" onClick={() => onRemove(ids)}>
          {t('Remove selected')}
        </button>
        <RefreshButton hasKey={hasKey} onClick={() => onRefresh(ids)}>
          {t('Refresh selected')}
        </RefreshButton>
        <CopyButton text={ids.join('\n')} label={t('Copy ids')} />
        <button type="button" className="btn-secondary" onClick={open('export')}>
          {t('Export')}
        </button>
        <button type="button" className="btn-secondary" onClick={open('download')}>
          {t('Download videos')}
        </button>
        <button type="button" className="btn-secondary" onClick={open('keep')}>
          {t('Keep in this browser')}
        </button>
        <CompareAction ids={ids} succeeded={succeeded} />
        <button type="button" className="btn-secondary ml-auto" onClick={onClear}>
          {t('Clear selection')}
        </button>
      </div>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          onSetBatch(ids, batch);
          setBatchDone(
            batch.trim() === ''
              ? tp(count, {
                  one: 'Took {count} task out of its batch.',
                  other: 'Took {count} tasks out of their batches.',
                })
              : tp(
                  count,
                  {
                    one: 'Put {count} task in “{batch}”.',
                    other: 'Put {count} tasks in “{batch}”.',
                  },
                  { batch: batch.trim() },
                ),
          );
        }}
      >
        <label htmlFor={batchId}>{t('Batch for the selected')}</label>
        <input
          id={batchId}
          className="field w-48"
          list={`${batchId}-names`}
          value={batch}
          maxLength={BATCH_NAME_MAX}
          placeholder={t('No batch')}
          onChange={(event) => setBatchDraft(event.target.value)}
        />
        <datalist id={`${batchId}-names`}>
          {batches.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="submit" className="btn-secondary">
          {t('Set batch')}
        </button>
        <span role="status" className="text-slate-600">
          {batchDone}
        </span>
      </form>
    </section>
  );
}
