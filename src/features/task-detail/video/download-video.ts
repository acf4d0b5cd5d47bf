import { fetchVideoFile, type VideoFileSource } from '../../../api/fetch-video-file';
import { saveBlobAs } from '../../../lib/save-blob';

export type DownloadSource = VideoFileSource;

export type DownloadOutcome =
  | { kind: 'saved' }
  /** The file could not be fetched here; the link was opened in a new tab instead. */
  | { kind: 'opened'; url: string; why: string }
  /** Not saved, and a new tab would not help: it would ask without the key. */
  | { kind: 'failed'; why: string };

/**
 * Saves a provider's video under `fileName` (a blob: URL needs none of this: its link downloads
 * as it is). The file is fetched into memory first, because browsers ignore `download` on a
 * cross-origin link; when the page may not read it (no CORS, an error answer, too large), the
 * link is opened in a new tab.
 */
export async function downloadVideo(
  source: DownloadSource,
  fileName: string,
  options: { signal: AbortSignal; onProgress?: (bytes: number) => void },
): Promise<DownloadOutcome> {
  const file = await fetchVideoFile(source, options);
  switch (file.kind) {
    case 'file':
      saveBlobAs(file.blob, fileName);
      return { kind: 'saved' };
    case 'unreadable':
      window.open(file.url, '_blank', 'noopener,noreferrer');
      return { kind: 'opened', url: file.url, why: file.why };
    case 'failed':
      return file;
  }
}
