import { t } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/limited-body';
import { downloadVideo, type DownloadOutcome, type DownloadSource } from './download-video';
import { useFileJob, type FileJobState } from './use-file-job';

export type DownloadState = FileJobState<DownloadOutcome>;

/** One download at a time, with its progress; stopped when the page is left. */
export function useVideoDownload(fileName: string) {
  const { state, start } = useFileJob<DownloadOutcome>();
  return {
    state,
    start: (source: DownloadSource) => start((options) => downloadVideo(source, fileName, options)),
  };
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
