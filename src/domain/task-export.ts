// Keeping a task list outside the browser: the export files, JSON and CSV that Excel opens right
// (read back by read-task-file.ts). Pure; loaded with the Export panel.
import { csvRecord, guardFormula } from '../lib/csv';
import { hasSecrets } from '../lib/url-secrets';
import type { Task } from './task-model';

/** One task as exported: what the list and the last answer know of it. */
export interface ExportedTask {
  id: string;
  batch?: string;
  /** The last known status as a word (`succeeded`, `not-found`…): data, never translated. */
  status?: string;
  model?: string;
  prompt?: string;
  /** When the provider created it (ms). */
  createdAt?: number;
  /** When it was added to the list (ms). */
  addedAt?: number;
  videoUrl?: string;
}

/**
 * The video's address, only where it is the file's plain address. A signed or expiring link
 * (a signature, token or key in it, or an expiry the provider named) lets anyone who holds the
 * file download the video until it expires, and is dead soon after; a file that needs the API
 * key is useless without it. Those are left out.
 */
export function exportableVideoUrl(task: Task | undefined): string | undefined {
  const video = task?.video;
  if (video?.kind !== 'url' || task?.mediaExpiresAt !== undefined) return undefined;
  return hasSecrets(new URL(video.url)) ? undefined : video.url;
}

/** Whether the task had a video whose link `exportableVideoUrl` leaves out. */
export function hasUnexportableVideo(task: Task | undefined): boolean {
  return task?.video !== undefined && exportableVideoUrl(task) === undefined;
}

const iso = (ms: number | undefined) =>
  ms !== undefined && Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;

const EXPORT_FORMAT = 'reelwatch-tasks';

export function exportJson(tasks: readonly ExportedTask[], exportedAt: number): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: iso(exportedAt),
      tasks: tasks.map((task) => ({
        id: task.id,
        batch: task.batch,
        status: task.status,
        model: task.model,
        prompt: task.prompt,
        created: iso(task.createdAt),
        added: iso(task.addedAt),
        videoUrl: task.videoUrl,
      })),
    },
    null,
    2,
  );
}

const CSV_COLUMNS = ['id', 'batch', 'status', 'model', 'prompt', 'created', 'added', 'video_url'];

/** RFC 4180, after a byte order mark so that Excel reads it as UTF-8 (Chinese prompts). */
export function exportCsv(tasks: readonly ExportedTask[]): string {
  const rows = tasks.map((task) =>
    [
      task.id,
      task.batch,
      task.status,
      task.model,
      task.prompt,
      iso(task.createdAt),
      iso(task.addedAt),
      task.videoUrl,
    ].map((cell) => guardFormula(cell ?? '')),
  );
  return `\uFEFF${[CSV_COLUMNS, ...rows].map(csvRecord).join('\r\n')}\r\n`;
}
