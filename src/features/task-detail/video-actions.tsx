import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { CopyButton } from '../../components/ui/copy-button';
import { formatBytes } from '../../lib/limited-body';
import { downloadVideo } from './download-video';

type DownloadState =
  | { kind: 'idle' }
  | { kind: 'busy'; received: number }
  | { kind: 'done'; message: string; isProblem: boolean };

/** Download (under a readable file name), copy link and open in a new tab. */
export function VideoActions({ src, fileName }: { src: string; fileName: string }) {
  const [download, setDownload] = useState<DownloadState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const isBlob = src.startsWith('blob:');

  const onDownload = (event: MouseEvent<HTMLAnchorElement>) => {
    // A blob: link is ours, and the browser honours its `download` name as it is.
    if (isBlob) return;
    // The plain link stays as the fallback without JavaScript; with it, fetch and save.
    event.preventDefault();
    if (download.kind === 'busy') return;
    controller.current = new AbortController();
    setDownload({ kind: 'busy', received: 0 });
    let shown = 0;
    downloadVideo(src, fileName, {
      signal: controller.current.signal,
      onProgress: (received) => {
        // One update per megabyte, not one per network chunk.
        if (received - shown < 1024 * 1024) return;
        shown = received;
        setDownload({ kind: 'busy', received });
      },
    }).then(
      (outcome) =>
        setDownload(
          outcome.kind === 'saved'
            ? { kind: 'done', message: `Saved as ${fileName}.`, isProblem: false }
            : {
                kind: 'done',
                message: `${outcome.why} The video was opened in a new tab instead: save it from there. If no tab opened, use “Open in a new tab”.`,
                isProblem: true,
              },
        ),
      () => setDownload({ kind: 'idle' }),
    );
  };

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <a
          href={src}
          download={fileName}
          onClick={onDownload}
          aria-disabled={download.kind === 'busy'}
          className="btn-secondary"
          rel="noreferrer"
        >
          Download video
        </a>
        {isBlob ? null : <CopyButton text={src} label="Copy link" />}
        {isBlob ? null : (
          <a href={src} target="_blank" rel="noreferrer noopener" className="btn-secondary">
            Open in a new tab
          </a>
        )}
      </div>
      <p
        role="status"
        className={`text-sm ${download.kind === 'done' && download.isProblem ? 'text-amber-900' : 'text-slate-600'}`}
      >
        {download.kind === 'busy'
          ? `Downloading… ${formatBytes(download.received)}`
          : download.kind === 'done'
            ? download.message
            : ''}
      </p>
    </div>
  );
}
