// A task's video file, fetched into the page: for Download (saved under a readable name), for
// keeping it in this browser, one task or many. One way to fetch it, so the key rules hold for
// all: a plain link goes without the key or cookies, a keyed file with the key and only to the
// API's own origin; everything goes through the limiter, at the pace the settings allow.
import {
  fetchKeyedFile,
  keyedVideoTarget,
  MAX_VIDEO_BYTES,
  type KeyedFile,
  type KeyedTarget,
} from './get-task-content';
import type { Connection } from './http-client';
import { requestLimiter } from './request-limiter';
import { PRIORITY } from './task-priority';
import type { Task } from '../domain/task-model';
import { t } from '../lib/i18n';
import { formatBytes, readBodyLimited, TooLargeError } from '../lib/limited-body';

export type VideoFileSource =
  /** A link anyone may fetch: fetched without the key or cookies. */
  | { kind: 'link'; url: string }
  /** A file that needs the key, on the API's own origin (see `keyedVideoTarget`). */
  | { kind: 'keyed'; url: string; connection: Connection };

export type VideoFile =
  | { kind: 'file'; blob: Blob }
  /**
   * The link was asked, but its file cannot be read by this page: the host sends no CORS
   * headers, refused (an HTTP status), the file is too large or the download broke off. A new
   * tab may still show it.
   */
  | {
      kind: 'unreadable';
      url: string;
      why: string;
      reason: 'cors' | 'status' | 'too-large' | 'broken';
    }
  /** Not fetched, and a new tab would not help: it would ask without the key. */
  | { kind: 'failed'; why: string };

/** A finished task's file, as the limiter should fetch it; undefined when there is none. */
export type TaskVideoFile =
  | VideoFileSource
  /** Needs the key, but lives on another host: the key does not go there. */
  | { kind: 'elsewhere'; target: Extract<KeyedTarget, { kind: 'elsewhere' }> }
  | undefined;

/** Where a task's video is fetched from: its link, or its keyed file on the API's origin. */
export function taskVideoFile(connection: Connection, task: Task): TaskVideoFile {
  // An expired task's file is gone from the provider, whatever its last answer said.
  if (task.status === 'expired' || !task.video) return undefined;
  if (task.video.kind === 'url') return { kind: 'link', url: task.video.url };
  const target = keyedVideoTarget(connection, task.id, task.video);
  if (target?.kind === 'elsewhere') return { kind: 'elsewhere', target };
  return target ? { kind: 'keyed', url: target.url, connection } : undefined;
}

function tooLargeToSave(): string {
  return t('The file is larger than {size}, too big to save from this page.', {
    size: formatBytes(MAX_VIDEO_BYTES),
  });
}

/**
 * Fetches a link without the API key or cookies (media hosts are not the API's origin), in
 * the limiter's line for the link's host. A refusal is told apart as far as the browser lets
 * the page know: an HTTP status when the host answered readably, else (a TypeError) the host
 * does not allow browser downloads.
 */
async function fetchLink(
  url: string,
  signal: AbortSignal,
  onProgress: ((bytes: number) => void) | undefined,
): Promise<VideoFile> {
  let response: Response;
  try {
    response = await requestLimiter.schedule(
      new URL(url).origin,
      '',
      () => fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer' }),
      signal,
      () => PRIORITY.asked,
    );
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      kind: 'unreadable',
      url,
      reason: 'cors',
      why: t(
        'The provider does not let this page read the file (no CORS headers), so it cannot be saved from here.',
      ),
    };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    // The status as it is, a code and not an amount.
    const status = String(response.status);
    return {
      kind: 'unreadable',
      url,
      reason: 'status',
      why:
        response.status === 403
          ? t('The provider answered HTTP {status} (the link may have expired).', { status })
          : t('The provider answered HTTP {status}.', { status }),
    };
  }
  try {
    return { kind: 'file', blob: await readBodyLimited(response, MAX_VIDEO_BYTES, onProgress) };
  } catch (error) {
    if (signal.aborted) throw error;
    return error instanceof TooLargeError
      ? { kind: 'unreadable', url, reason: 'too-large', why: tooLargeToSave() }
      : {
          kind: 'unreadable',
          url,
          reason: 'broken',
          why: t('The download of the file broke off (a network error).'),
        };
  }
}

/**
 * A video's bytes. A keyed file is fetched with the key, which only ever goes to the API's
 * origin; when that answers with a link elsewhere, the link is fetched as any other, without
 * it. Rejects only when `signal` aborts.
 */
export async function fetchVideoFile(
  source: VideoFileSource,
  { signal, onProgress }: { signal: AbortSignal; onProgress?: (bytes: number) => void },
): Promise<VideoFile> {
  if (source.kind === 'link') return fetchLink(source.url, signal, onProgress);
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
          ? tooLargeToSave()
          : error instanceof Error
            ? error.message
            : String(error),
    };
  }
  if (file.kind === 'link') return fetchLink(file.url, signal, onProgress);
  return { kind: 'file', blob: file.blob };
}
