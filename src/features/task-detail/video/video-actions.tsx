import type { MouseEvent, ReactNode } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { t } from '../../../lib/i18n';
import { downloadMessage, isDownloadProblem, useVideoDownload } from './use-video-download';

/**
 * Download (under a readable file name), copy link and open in a new tab; `extra` controls
 * (keeping the file in this browser) go beside them.
 */
export function VideoActions({
  src,
  fileName,
  extra,
}: {
  src: string;
  fileName: string;
  extra?: ReactNode;
}) {
  const { state, start } = useVideoDownload(fileName);
  const isBlob = src.startsWith('blob:');

  const onDownload = (event: MouseEvent<HTMLAnchorElement>) => {
    // A blob: link is ours, and the browser honours its `download` name as it is.
    if (isBlob) return;
    // The plain link stays as the fallback without JavaScript; with it, fetch and save.
    event.preventDefault();
    start({ kind: 'link', url: src });
  };

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <a
          href={src}
          download={fileName}
          onClick={onDownload}
          aria-disabled={state.kind === 'busy'}
          className="btn-secondary"
          rel="noreferrer"
        >
          {t('Download video')}
        </a>
        {isBlob ? null : <CopyButton text={src} label={t('Copy link')} />}
        {isBlob ? null : (
          <a href={src} target="_blank" rel="noreferrer noopener" className="btn-secondary">
            {t('Open in a new tab')}
          </a>
        )}
        {extra}
      </div>
      <p
        role="status"
        className={`text-sm ${isDownloadProblem(state) ? 'text-amber-900' : 'text-slate-600'}`}
      >
        {downloadMessage(state, fileName)}
      </p>
    </div>
  );
}
