// Placeholder until this panel is built (issue 12): says so, and closes.
import { t } from '../../lib/i18n';
import type { BulkPanelProps } from './bulk-panel';

export function KeepVideosPanel({ ids, onClose }: BulkPanelProps) {
  return (
    <section aria-label={t('Keep in this browser')} className="card space-y-2 text-sm">
      <p>{t('Not available yet ({count} selected).', { count: ids.length })}</p>
      <button type="button" className="btn-secondary" onClick={onClose}>
        {t('Close')}
      </button>
    </section>
  );
}
