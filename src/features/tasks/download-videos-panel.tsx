// The shell of "Download videos" (video-zip/download-videos-body.tsx does the work). The work
// shares modules with the detail page's download, so its chunk has chunks of its own to load:
// loaded from here, their names travel in this chunk, not in the first page's.
import { lazy, Suspense } from 'react';
import { t } from '../../lib/i18n';
import type { BulkPanelProps } from './bulk-panel';

const Body = lazy(async () => ({
  default: (await import('./video-zip/download-videos-body')).DownloadVideosBody,
}));

export function DownloadVideosPanel(props: BulkPanelProps) {
  return (
    <Suspense fallback={<p className="text-slate-600">{t('Loading…')}</p>}>
      <Body {...props} />
    </Suspense>
  );
}
