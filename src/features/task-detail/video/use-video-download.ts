import { useEffect, useRef, useState } from 'react';
import { t } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/limited-body';
import { downloadVideo, type DownloadOutcome, type DownloadSource } from './download-video';

export type DownloadState =
  | { kind: 'idle' }
  | { kind: 'busy'; received: number }
  | { kind: 'done'; outcome: DownloadOutcome };

/** One download at a time, with its progress; stopped when the page is left. */
export function useVideoDownload(fileName: string) {
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = (source: DownloadSource) => {
    if (state.kind === 'busy') return;
    const current = new AbortController();
    controller.current = current;
    setState({ kind: 'busy', received: 0 });
    let shown = 0;
    downloadVideo(source, fileName, {
      signal: current.signal,
      onProgress: (received) => {
        // One update per megabyte, not one per network chunk.
        if (received - shown < 1024 * 1024) return;
        shown = received;
        setState({ kind: 'busy', received });
      },
    }).then(
      (outcome) => setState({ kind: 'done', outcome }),
      () => setState({ kind: 'idle' }),
    );
  };
  return { state, start };
}

/** What the download did, in words; empty while idle. */
export function downloadMessage(state: DownloadState, fileName: string): string {
  if (state.kind === 'busy') {
    return t('Downloading… {received}', { received: formatBytes(state.received) });
  }
  if (state.kind === 'idle') return '';
  const { outcome } = state;
  switch (outcome.kind) {
    case 'saved':
      return t('Saved as {fileName}.', { fileName });
    case 'opened':
      return t(
        '{why} The video was opened in a new tab instead: save it from there. If no tab opened, use “Open in a new tab”.',
        { why: outcome.why },
      );
    case 'failed':
      return t('Could not download the video: {why}', { why: outcome.why });
  }
}

export function isDownloadProblem(state: DownloadState): boolean {
  return state.kind === 'done' && state.outcome.kind !== 'saved';
}
