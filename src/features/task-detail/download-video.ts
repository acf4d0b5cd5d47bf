import { formatBytes, readBodyLimited, TooLargeError } from '../../lib/limited-body';
import { saveBlobAs } from '../../lib/save-blob';

/** Above this a video is not pulled into the page's memory. */
export const MAX_VIDEO_BYTES = 512 * 1024 * 1024;

export type DownloadOutcome =
  | { kind: 'saved' }
  /** The file could not be fetched here; the link was opened in a new tab instead. */
  | { kind: 'opened'; why: string };

/**
 * Saves a provider's video under `fileName` (a blob: URL needs none of this: its link downloads
 * as it is). The file is fetched into memory first, because browsers ignore `download` on a
 * cross-origin link, and without the API key or cookies (media hosts are not the API's origin).
 * When that fails (no CORS, an error answer, too large), the link is opened in a new tab and the
 * outcome says why.
 */
export async function downloadVideo(
  url: string,
  fileName: string,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (bytes: number) => void } = {},
): Promise<DownloadOutcome> {
  let why: string;
  try {
    const response = await fetch(url, {
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (response.ok) {
      saveBlobAs(await readBodyLimited(response, MAX_VIDEO_BYTES, onProgress), fileName);
      return { kind: 'saved' };
    }
    await response.body?.cancel().catch(() => undefined);
    why = `The provider answered HTTP ${response.status}${response.status === 403 ? ' (the link may have expired)' : ''}.`;
  } catch (error) {
    if (signal?.aborted) throw error;
    why =
      error instanceof TooLargeError
        ? `The file is larger than ${formatBytes(MAX_VIDEO_BYTES)}, too big to save from this page.`
        : 'The provider does not let this page read the file (no CORS headers), so it cannot be saved from here.';
  }
  window.open(url, '_blank', 'noopener,noreferrer');
  return { kind: 'opened', why };
}
