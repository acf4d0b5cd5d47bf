import { openVideo, type OpenedVideo, type VideoFileSource } from '../../../api/fetch-video';
import { MAX_VIDEO_BYTES } from '../../../api/get-task-content';
import { videoFileProblem } from '../../../api/video-file-problem';
import { readBodyLimited } from '../../../lib/limited-body';
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
 * as it is). It is fetched into memory first, because browsers ignore `download` on a
 * cross-origin link: a link without the key or cookies, a keyed file with the key, which only
 * ever goes to the API's origin (api/fetch-video.ts). When a link's file cannot be read (no
 * CORS, an error answer, too large), the link is opened in a new tab.
 */
export async function downloadVideo(
  source: DownloadSource,
  fileName: string,
  { signal, onProgress }: { signal: AbortSignal; onProgress?: (bytes: number) => void },
): Promise<DownloadOutcome> {
  let opened: OpenedVideo | undefined;
  try {
    opened = await openVideo(source, { signal });
    saveBlobAs(await readBodyLimited(opened.response, MAX_VIDEO_BYTES, onProgress), fileName);
    return { kind: 'saved' };
  } catch (error) {
    if (signal.aborted) throw error;
    const { why, link } = videoFileProblem(error, opened);
    if (link === undefined) return { kind: 'failed', why };
    window.open(link, '_blank', 'noopener,noreferrer');
    return { kind: 'opened', url: link, why };
  }
}
