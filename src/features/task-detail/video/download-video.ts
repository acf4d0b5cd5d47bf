import { fetchKeyedFile, MAX_VIDEO_BYTES, type KeyedFile } from '../../../api/get-task-content';
import type { Connection } from '../../../api/http-client';
import { t } from '../../../lib/i18n';
import { formatBytes, readBodyLimited, TooLargeError } from '../../../lib/limited-body';
import { saveBlobAs } from '../../../lib/save-blob';

export type DownloadSource =
  /** A link anyone may fetch: fetched without the key or cookies. */
  | { kind: 'link'; url: string }
  /** A file that needs the key, on the API's own origin (see `keyedVideoTarget`). */
  | { kind: 'keyed'; url: string; connection: Connection };

export type DownloadOutcome =
  | { kind: 'saved' }
  /** The file could not be fetched here; the link was opened in a new tab instead. */
  | { kind: 'opened'; url: string; why: string }
  /** Not saved, and a new tab would not help: it would ask without the key. */
  | { kind: 'failed'; why: string };

function tooLarge(): string {
  return t('The file is larger than {size}, too big to save from this page.', {
    size: formatBytes(MAX_VIDEO_BYTES),
  });
}

/**
 * A link is fetched into memory first, because browsers ignore `download` on a cross-origin
 * link, and without the API key or cookies (media hosts are not the API's origin). When that
 * fails (no CORS, an error answer, too large), the link is opened in a new tab.
 */
async function downloadLink(
  url: string,
  fileName: string,
  signal: AbortSignal,
  onProgress: ((bytes: number) => void) | undefined,
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
    // The status as it is, a code and not an amount.
    const status = String(response.status);
    why =
      response.status === 403
        ? t('The provider answered HTTP {status} (the link may have expired).', { status })
        : t('The provider answered HTTP {status}.', { status });
  } catch (error) {
    if (signal.aborted) throw error;
    why =
      error instanceof TooLargeError
        ? tooLarge()
        : t(
            'The provider does not let this page read the file (no CORS headers), so it cannot be saved from here.',
          );
  }
  window.open(url, '_blank', 'noopener,noreferrer');
  return { kind: 'opened', url, why };
}

/**
 * Saves a provider's video under `fileName` (a blob: URL needs none of this: its link downloads
 * as it is). A keyed file is fetched with the key, which only ever goes to the API's origin;
 * when it answers with a link elsewhere, that link is saved as any other, without the key.
 */
export async function downloadVideo(
  source: DownloadSource,
  fileName: string,
  { signal, onProgress }: { signal: AbortSignal; onProgress?: (bytes: number) => void },
): Promise<DownloadOutcome> {
  if (source.kind === 'link') return downloadLink(source.url, fileName, signal, onProgress);
  let file: KeyedFile;
  try {
    file = await fetchKeyedFile(source.connection, source.url, {
      signal,
      onProgress: onProgress ? (received) => onProgress(received) : undefined,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      kind: 'failed',
      why:
        error instanceof TooLargeError
          ? tooLarge()
          : error instanceof Error
            ? error.message
            : String(error),
    };
  }
  if (file.kind === 'link') return downloadLink(file.url, fileName, signal, onProgress);
  saveBlobAs(file.blob, fileName);
  return { kind: 'saved' };
}
