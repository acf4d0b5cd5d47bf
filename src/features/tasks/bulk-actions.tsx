// What can be done to the selected tasks at once. The work of the bigger actions (the ZIP of the
// videos, keeping files, export) is in panels that load when their button is pressed.
import { lazy, Suspense, useId, useState, type ComponentType } from 'react';
import { CopyButton } from '../../components/ui/copy-button';
import { Link } from '../../components/ui/link';
import { RefreshButton } from '../../components/ui/refresh-button';
import { t, tp } from '../../lib/i18n';
import { selectOnly } from '../../stores/selection-store';
import { useTasksActions } from '../../stores/tasks-store';
import type { BulkPanelProps } from './bulk-panel';

const PANELS = {
  download: lazy(async () => ({
    default: (await import('./download-videos-panel')).DownloadVideosPanel,
  })),
  keep: lazy(async () => ({ default: (await import('./keep-videos-panel')).KeepVideosPanel })),
  export: lazy(async () => ({ default: (await import('./export-panel')).ExportPanel })),
} satisfies Record<string, ComponentType<BulkPanelProps>>;

type PanelName = keyof typeof PANELS;

/** Side by side takes two to four finished videos. */
const COMPARE_MIN = 2;
const COMPARE_MAX = 4;

interface BulkActionsProps {
  /** The selected tasks, in the list's order. */
  ids: readonly string[];
  /** How many of them have succeeded (have a video). */
  succeeded: number;
  /** The batch names in use, offered when choosing one. */
  batches: readonly string[];
  hasKey: boolean;
  onRemove: (ids: readonly string[]) => void;
  onRefresh: (ids: readonly string[]) => void;
}

function compareProblem(count: number, succeeded: number): string | undefined {
  if (count < COMPARE_MIN || count > COMPARE_MAX) {
    return t('Select two to four finished tasks to compare them side by side.');
  }
  if (succeeded < count) return t('Only tasks that succeeded have videos to compare.');
  return undefined;
}

export function BulkActions({
  ids,
  succeeded,
  batches,
  hasKey,
  onRemove,
  onRefresh,
}: BulkActionsProps) {
  const { setBatch } = useTasksActions();
  // The panel open, and the button that opened it, where the focus returns when it closes.
  const [panel, setPanel] = useState<{ name: PanelName; opener: HTMLButtonElement }>();
  const [batch, setBatchDraft] = useState('');
  const batchId = useId();
  const [batchDone, setBatchDone] = useState<string>();
  const open = (name: PanelName) => (event: { currentTarget: HTMLButtonElement }) =>
    setPanel({ name, opener: event.currentTarget });
  const close = () => {
    panel?.opener.focus();
    setPanel(undefined);
  };
  const Panel = panel === undefined ? undefined : PANELS[panel.name];
  const cannotCompare = compareProblem(ids.length, succeeded);
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
        {cannotCompare === undefined ? (
          <Link
            className="btn-secondary"
            to={`/compare?ids=${ids.map((id) => encodeURIComponent(id)).join(',')}`}
          >
            {t('Compare')}
          </Link>
        ) : (
          <button type="button" className="btn-secondary" disabled title={cannotCompare}>
            {t('Compare')}
          </button>
        )}
        <button type="button" className="btn-secondary ml-auto" onClick={() => selectOnly([])}>
          {t('Clear selection')}
        </button>
      </div>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setBatch(ids, batch);
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
          maxLength={80}
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
      {Panel ? (
        <Suspense fallback={<p className="text-slate-600">{t('Loading…')}</p>}>
          <Panel ids={ids} onClose={close} />
        </Suspense>
      ) : null}
    </section>
  );
}
