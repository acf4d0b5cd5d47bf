import { LinkFetchError, openVideo, type OpenedVideo } from '../../../api/fetch-video';
import type { VideoFileSource } from '../../../api/fetch-video';
import { MAX_VIDEO_BYTES } from '../../../api/get-task-content';
import { t } from '../../../lib/i18n';
import { formatBytes, readBodyLimited, TooLargeError } from '../../../lib/limited-body';
import { saveBlobAs } from '../../../lib/save-blob';

export type DownloadSource = VideoFileSource;

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

function noCors(): string {
  return t(
    'The provider does not let this page read the file (no CORS headers), so it cannot be saved from here.',
  );
}

/** Why a link gave no file, in the detail page's words. */
function linkProblemWords(error: LinkFetchError): string {
  if (error.problem.kind === 'refused') return noCors();
  // The status as it is, a code and not an amount.
  const status = String(error.problem.status);
  return error.problem.status === 403
    ? t('The provider answered HTTP {status} (the link may have expired).', { status })
    : t('The provider answered HTTP {status}.', { status });
}

/** When the page cannot read a link's file, a new tab may still show it. */
function openInNewTab(url: string, why: string): DownloadOutcome {
  window.open(url, '_blank', 'noopener,noreferrer');
  return { kind: 'opened', url, why };
}

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
    if (error instanceof LinkFetchError) return openInNewTab(error.url, linkProblemWords(error));
    const why = error instanceof TooLargeError ? tooLarge() : undefined;
    // The link answered, but its body could not be read to the end.
    if (opened?.link !== undefined) return openInNewTab(opened.link, why ?? noCors());
    return {
      kind: 'failed',
      why: why ?? (error instanceof Error ? error.message : String(error)),
    };
  }
}
