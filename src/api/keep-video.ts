// Keeping a finished task's video in this browser (stores/kept-videos.ts), one at a time, for
// the detail page and the bulk panel alike: fetched as Download fetches it, then stored.
import { fetchVideoFile, taskVideoFile } from './fetch-video-file';
import { taskQueryKey } from './get-task';
import type { Connection } from './http-client';
import type { Task } from '../domain/task-model';
import { videoFileName } from '../domain/video-file-name';
import { t } from '../lib/i18n';
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
  const source = taskVideoFile(connection, task);
  if (source === undefined) {
    return { kind: 'failed', why: t('The task finished but the provider sent no video address.') };
  }
  if (source.kind === 'elsewhere') {
    return {
      kind: 'unreadable',
      url: source.target.url,
      why: t(
        'The provider serves this file only with your API key, on {origin}, where the key is never sent.',
        { origin: source.target.origin },
      ),
    };
  }
  const file = await fetchVideoFile(source, { signal, onProgress });
  if (file.kind === 'failed') return file;
  if (file.kind === 'unreadable') return { kind: 'unreadable', url: file.url, why: file.why };
  signal.throwIfAborted();
  try {
    return { kind: 'kept', video: await store.keep(key, file.blob, videoFileName(task)) };
  } catch (error) {
    if (error instanceof KeepError) return { kind: 'failed', why: error.message };
    throw error;
  }
}
