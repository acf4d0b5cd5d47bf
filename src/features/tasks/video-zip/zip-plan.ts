// What a ZIP of the selected tasks' videos will hold, worked out from what the dashboard already
// knows of each task (its last answer in the query cache): nothing is asked to make the plan.
import { videoSourceOf, type VideoFileSource, type VideoSkip } from '../../../api/fetch-video';
import type { Connection } from '../../../api/http-client';
import { isApiError } from '../../../domain/api-error';
import type { Task } from '../../../domain/task-model';
import { uniqueFileNames, videoFileName } from '../../../domain/video-file-name';
import type { CachedTask } from './use-selected-tasks';
import type { TaskCategory } from '../../../hooks/use-task-categories';

/** Why a selected task has no video to fetch. */
export type SkipReason =
  { kind: 'status'; category: Exclude<TaskCategory, 'succeeded'> } | VideoSkip;

export interface PlannedVideo {
  id: string;
  /** The entry's name in the ZIP: the single Download's file name, made unique. */
  fileName: string;
  source: VideoFileSource;
  /** When the task finished, for the entry's date. */
  finishedAt: number | undefined;
}

export interface ZipPlan {
  /** How many tasks were selected. */
  selected: number;
  videos: PlannedVideo[];
  skipped: { id: string; reason: SkipReason }[];
  /** A guess at the videos' total size, before any is fetched (see `estimateVideoBytes`). */
  estimatedBytes: number;
}

/** Above this, a ZIP kept in memory before it is saved may fail: the page warns first. */
export const LARGE_ZIP_BYTES = 2 * 1024 ** 3;

const DEFAULT_SECONDS = 10;
const DEFAULT_PIXELS = 1920 * 1080;
/**
 * Bytes per pixel per second of the providers' H.264 (24 fps at about 0.2 bit per pixel): on
 * the generous side, so that the warning comes early rather than late.
 */
const BYTES_PER_PIXEL_SECOND = (24 * 0.2) / 8;

/** A video's likely size from its length and frame size, assuming 1080p and 10 s when unknown. */
export function estimateVideoBytes(task: Pick<Task, 'seconds' | 'width' | 'height'>): number {
  const seconds = task.seconds && task.seconds > 0 ? task.seconds : DEFAULT_SECONDS;
  const pixels = task.width && task.height ? task.width * task.height : DEFAULT_PIXELS;
  return Math.round(seconds * pixels * BYTES_PER_PIXEL_SECOND);
}

/**
 * Why a task without an answer has none (as the list's `categoryFor` says it; not imported from
 * there, which would cost the first screen's bundle a chunk of its own).
 */
function unknownWhy(error: unknown): 'not-found' | 'error' | 'loading' {
  if (isApiError(error) && error.kind === 'not-found') return 'not-found';
  return error ? 'error' : 'loading';
}

/** The selected tasks, in their order: the videos to fetch, and the tasks skipped with why. */
export function planZip(
  ids: readonly string[],
  known: (id: string) => CachedTask,
  connection: Connection,
): ZipPlan {
  const found: Omit<PlannedVideo, 'fileName'>[] = [];
  const names: string[] = [];
  const skipped: ZipPlan['skipped'] = [];
  let estimatedBytes = 0;
  for (const id of ids) {
    const { task, error } = known(id);
    if (task?.status !== 'succeeded') {
      skipped.push({ id, reason: { kind: 'status', category: task?.status ?? unknownWhy(error) } });
      continue;
    }
    const where = videoSourceOf(task, connection);
    if ('skip' in where) {
      skipped.push({ id, reason: where.skip });
      continue;
    }
    found.push({ id, source: where.source, finishedAt: task.completedAt });
    names.push(videoFileName(task));
    estimatedBytes += estimateVideoBytes(task);
  }
  const unique = uniqueFileNames(names);
  return {
    selected: ids.length,
    videos: found.map((video, index) => ({
      ...video,
      fileName: unique[index] ?? `${video.id}.mp4`,
    })),
    skipped,
    estimatedBytes,
  };
}

/** `reelwatch-videos-2026-09-24.zip`, on the person's own calendar. */
export function zipFileName(now: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `reelwatch-videos-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.zip`;
}
