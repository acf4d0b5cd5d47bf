// The shell of "Keep in this browser" (video-keep/keep-videos-body.tsx does the work). The work
// shares modules with the detail page and Settings (the store of kept videos, the fetching of a
// video), so its chunk has chunks of its own to load: loaded from here, their names travel in
// this chunk, not in the first page's.
import { lazy, Suspense } from 'react';
import { t } from '../../lib/i18n';
import type { BulkPanelProps } from './bulk-panel';

const Body = lazy(async () => ({
  default: (await import('./video-keep/keep-videos-body')).KeepVideosBody,
}));

export function KeepVideosPanel(props: BulkPanelProps) {
  return (
    <Suspense fallback={<p className="text-slate-600">{t('Loading…')}</p>}>
      <Body {...props} />
    </Suspense>
  );
}
