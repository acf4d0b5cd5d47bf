// The parts of the bulk actions that stay with the list's own code: the panels (each loaded when
// its button is pressed) and the Compare link. The bar itself (bulk-actions.tsx) loads once a
// task is ticked, and imports neither the router nor the stores: a chunk loaded on demand that
// shares them with the first page made the bundler split them into extra files.
import { lazy, Suspense, type ComponentType } from 'react';
import { Link } from '../../components/ui/link';
import { t } from '../../lib/i18n';
import type { BulkPanelProps } from './bulk-panel';

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

/** Side by side takes two to four finished videos. */
const COMPARE_MIN = 2;
const COMPARE_MAX = 4;

/** A link to the selected tasks side by side, or a disabled button that says why not. */
export function CompareAction({ ids, succeeded }: { ids: readonly string[]; succeeded: number }) {
  const problem =
    ids.length < COMPARE_MIN || ids.length > COMPARE_MAX
      ? t('Select two to four finished tasks to compare them side by side.')
      : succeeded < ids.length
        ? t('Only tasks that succeeded have videos to compare.')
        : undefined;
  return problem === undefined ? (
    <Link
      className="btn-secondary"
      to={`/compare?ids=${ids.map((id) => encodeURIComponent(id)).join(',')}`}
    >
      {t('Compare')}
    </Link>
  ) : (
    <button type="button" className="btn-secondary" disabled title={problem}>
      {t('Compare')}
    </button>
  );
}
