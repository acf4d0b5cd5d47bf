// Keeping a finished task's video in this browser (stores/kept-videos.ts), one at a time, for
// the detail page and the bulk panel alike: fetched as Download fetches it (api/fetch-video.ts:
// a link without the key, a keyed file only on the API's origin, through the limiter), then
// stored.
import { openVideo, videoSourceOf, type OpenedVideo, type VideoSkip } from './fetch-video';
import { taskQueryKey } from './get-task';
import { MAX_VIDEO_BYTES } from './get-task-content';
import type { Connection } from './http-client';
import { videoFileProblem } from './video-file-problem';
import type { Task } from '../domain/task-model';
import { videoFileName } from '../domain/video-file-name';
import { t } from '../lib/i18n';
import { readBodyLimited } from '../lib/limited-body';
import { KeepError, keptVideos, type KeptVideo, type KeptVideoKey } from '../stores/kept-videos';

/** A kept video is the task's as its query knows it: the same id at another provider is not. */
export function keptVideoKey(connection: Connection, id: string): KeptVideoKey {
  const [, origin, baseUrl] = taskQueryKey(connection, id);
  return { origin, baseUrl, id };
}

export type KeepOutcome =
  | { kind: 'kept'; video: KeptVideo }
  | { kind: 'already-kept'; video: KeptVideo }
  /** Not succeeded (yet): there is no video to keep. */
  | { kind: 'not-finished' }
  /** The page may not read the file; opening the link in a new tab may still show it. */
  | { kind: 'unreadable'; url: string; why: string }
  | { kind: 'failed'; why: string };

/** Why a finished task's video is not even asked for, in words. */
function skipWords(skip: VideoSkip): string {
  switch (skip.kind) {
    case 'no-video':
      return t('The task finished but the provider sent no video address.');
    case 'unsafe-address':
      return t(
        'The provider sent a video address that is not https, so it is not played here. It is listed in the raw response.',
      );
    case 'key-elsewhere':
      return t(
        'The provider serves this file only with your API key, on {origin}, where the key is never sent.',
        { origin: skip.origin },
      );
    case 'no-key':
      return t('there is no API key in this tab.');
  }
}

/**
 * Fetches the task's video and keeps it. Never throws for the file or the storage: what went
 * wrong is in the outcome, in words. Rejects only when `signal` aborts; nothing is kept then.
 */
export async function keepTaskVideo(
  connection: Connection,
  task: Task,
  { signal, onProgress }: { signal: AbortSignal; onProgress?: (bytes: number) => void },
): Promise<KeepOutcome> {
  const store = keptVideos();
  const key = keptVideoKey(connection, task.id);
  await store.load();
  const kept = store.find(key);
  if (kept) return { kind: 'already-kept', video: kept };
  if (task.status !== 'succeeded') return { kind: 'not-finished' };
  const where = videoSourceOf(task, connection);
  if ('skip' in where) return { kind: 'failed', why: skipWords(where.skip) };
  let opened: OpenedVideo | undefined;
  let blob: Blob;
  try {
    opened = await openVideo(where.source, { signal });
    blob = await readBodyLimited(opened.response, MAX_VIDEO_BYTES, onProgress);
  } catch (error) {
    if (signal.aborted) throw error;
    const { why, link } = videoFileProblem(error, opened);
    return link === undefined ? { kind: 'failed', why } : { kind: 'unreadable', url: link, why };
  }
  signal.throwIfAborted();
  try {
    return { kind: 'kept', video: await store.keep(key, blob, videoFileName(task)) };
  } catch (error) {
    if (error instanceof KeepError) return { kind: 'failed', why: error.message };
    throw error;
  }
}
