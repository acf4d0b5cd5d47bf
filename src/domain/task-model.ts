// The one response model. Every provider family (the reseller Sora shape, OpenAI's, quickrouter's
// unified Veo and Grok answers, new-api, Volcengine/BytePlus Seedance, Kling, DashScope Wan,
// MiniMax, OpenRouter, Gemini operations; see docs/video-task-shapes.md) is parsed here, once,
// into `Task`. The UI renders `Task` and only touches `raw` to show it. The readers in
// `readers/` each know where one kind of fact lives; this file puts them together.
import { asNumber, asText, at, firstOf } from '../lib/json-reader';
import { bodyLevels } from './readers/body-levels';
import { readFailure, type Failure } from './readers/read-failure';
import { readInpaintItems, type InpaintItem } from './readers/read-inpaint';
import { isVideoObject, readMedia, type VideoSource } from './readers/read-media';
import { readModeration, type Moderation } from './readers/read-moderation';
import { hasProgressField, readProgress } from './readers/read-progress';
import {
  isTerminal,
  readOperationStatus,
  readStatus,
  type StatusReading,
  type TaskStatus,
} from './readers/read-status';
import { parseTime } from './readers/read-time';

export interface Task {
  /** The id as the user pasted it: tasks are keyed by it, whatever the answer calls itself. */
  id: string;
  /** The id in the answer, when it differs (quickrouter answers `grok:<uuid>` with the bare uuid). */
  providerId: string | undefined;
  status: TaskStatus;
  /** The most advanced status text the provider sent, as it came. */
  statusText: string | undefined;
  /** Set when levels of the body disagree, e.g. outer `pending` vs inner `processing`. */
  statusDisagreement: string[] | undefined;
  /** 0-100, or undefined when nobody can tell (indeterminate). Never lower than before. */
  progress: number | undefined;
  /** The progress in this very response, which may be lower than `progress` (see advanceTask). */
  reportedProgress: number | undefined;
  queuePosition: number | undefined;
  queueWaitSeconds: number | undefined;
  queueMessage: string | undefined;
  prompt: string | undefined;
  /** The prompt as the provider rewrote it (Veo's `enhanced_prompt`, Wan's `actual_prompt`). */
  enhancedPrompt: string | undefined;
  /** From the body, else the id's `<model>:` prefix. */
  model: string | undefined;
  size: string | undefined;
  orientation: string | undefined;
  width: number | undefined;
  height: number | undefined;
  frames: number | undefined;
  seconds: number | undefined;
  createdAt: number | undefined;
  /** When the provider started working on it, where it says so. */
  startedAt: number | undefined;
  updatedAt: number | undefined;
  /** When it finished; only read once a status says so (some gateways fill it in early). */
  completedAt: number | undefined;
  expiresAt: number | undefined;
  /** When the video link stops working: from the link (`se=`, `Expires=`, `X-Amz-*`), else `expires_at`. */
  mediaExpiresAt: number | undefined;
  inputImages: string[];
  inpaintItems: InpaintItem[];
  moderation: Moderation | undefined;
  failure: Failure | undefined;
  video: VideoSource | undefined;
  posterUrl: string | undefined;
  gifUrl: string | undefined;
  /** URLs the provider sent that were not used because they are not https (or loopback http). */
  blockedUrls: string[];
  /** The Query endpoint template that answered (set by the fetcher, not by the body). */
  endpoint: string | undefined;
  /**
   * The polling clock: when we last saw the status, progress or queue position change, or first
   * saw the task, or the user asked again (set by advanceTask and Refresh).
   */
  lastChangeAt: number | undefined;
  /** When this browser saw the provider move the task (never the first sight of it). */
  movedAt: number | undefined;
  raw: unknown;
}

function orientationOf(width: number | undefined, height: number | undefined): string | undefined {
  if (!width || !height) return undefined;
  if (width === height) return 'square';
  return width > height ? 'landscape' : 'portrait';
}

/** `16:9`, `9:16`, `1:1`, as Veo's `aspect_ratio` and Seedance's `ratio` say it. */
function orientationOfRatio(ratio: string | undefined): string | undefined {
  const match = ratio ? /^(\d+(?:\.\d+)?)\s*[:x]\s*(\d+(?:\.\d+)?)$/.exec(ratio) : null;
  return match ? orientationOf(Number(match[1]), Number(match[2])) : undefined;
}

/** `sora-2:task_…` → `sora-2`; ids without a model part give nothing. */
export function modelOfId(id: string | undefined): string | undefined {
  const match = id ? /^([A-Za-z][A-Za-z0-9._-]*):/.exec(id) : null;
  return match?.[1];
}

/** Gemini names the model in the operation: `models/veo-3.0-generate-001/operations/…`. */
function modelOfOperation(name: unknown): string | undefined {
  return typeof name === 'string' ? /^models\/([^/]+)\/operations\//.exec(name)?.[1] : undefined;
}

/**
 * Parses any provider body into a Task. Never throws for a JSON value: a body with nothing
 * recognisable becomes a task with status `unknown` that keeps being polled.
 */
export function parseTask(rawBody: unknown, requestedId: string): Task {
  const levels = bodyLevels(rawBody);
  const { top, root, rootPath, detail, pending, draft, input, request, upstream } = levels;

  const reading: StatusReading =
    readOperationStatus(top) ??
    readStatus([
      [`${rootPath}status`, root['status']],
      [`${rootPath}task_status`, root['task_status']],
      [`${rootPath}detail.status`, detail?.['status']],
      [`${rootPath}detail.pending_info.status`, pending?.['status']],
      [`${rootPath}detail.draft_info.status`, draft?.['status']],
    ]);
  const moderation = readModeration(levels);
  const media = readMedia(levels);
  const isOfficialShape = isVideoObject(root);
  const hasFile = media.video !== undefined || isOfficialShape;
  const { status, failure } = readFailure(levels, reading.status, moderation, hasFile);
  const video: VideoSource | undefined =
    status === 'failed'
      ? undefined
      : (media.video ??
        (status === 'succeeded' && isOfficialShape ? { kind: 'content-endpoint' } : undefined));

  const width = firstOf(asNumber, root['width'], pending?.['width'], draft?.['width']);
  const height = firstOf(asNumber, root['height'], pending?.['height'], draft?.['height']);
  const seconds = firstOf(
    asNumber,
    root['seconds'],
    root['duration'],
    at(root, 'task_result', 'videos', 0, 'duration'),
  );
  const fps = asNumber(root['framespersecond']);
  const parsedProgress = readProgress(levels);
  const progress =
    status === 'succeeded'
      ? 100
      : (parsedProgress ?? (status === 'queued' && hasProgressField(levels) ? 0 : undefined));
  const providerId = firstOf(asText, root['id'], root['task_id'], top['id']);
  const expiresAt = parseTime(root['expires_at']);
  const prompt = firstOf(
    asText,
    input?.['prompt'],
    root['prompt'],
    request?.['prompt'],
    pending?.['prompt'],
    draft?.['prompt'],
    at(root, 'content', 'prompt'),
    root['orig_prompt'],
    upstream?.['prompt'],
  );
  const enhancedPrompt = firstOf(
    asText,
    root['enhanced_prompt'],
    detail?.['enhanced_prompt'],
    root['actual_prompt'],
  );

  return {
    id: requestedId,
    providerId: providerId === requestedId ? undefined : providerId,
    status,
    statusText: reading.statusText,
    statusDisagreement: reading.disagreement,
    progress,
    reportedProgress: progress,
    queuePosition: firstOf(asNumber, pending?.['progress_pos_in_queue'], root['queue_position']),
    queueWaitSeconds: firstOf(asNumber, pending?.['estimated_queue_wait_time']),
    queueMessage: firstOf(asText, pending?.['queue_status_message']),
    prompt: prompt ?? enhancedPrompt,
    enhancedPrompt: enhancedPrompt === prompt ? undefined : enhancedPrompt,
    model: firstOf(
      asText,
      root['model'],
      request?.['model'],
      at(root, 'properties', 'origin_model_name'),
      modelOfOperation(top['name']),
      modelOfId(requestedId),
      modelOfId(providerId),
      upstream?.['model'],
      input?.['model'],
      pending?.['model'],
    ),
    size: firstOf(asText, input?.['size'], root['size'], root['resolution']),
    orientation:
      firstOf(asText, input?.['orientation'], root['orientation']) ??
      orientationOf(width, height) ??
      orientationOfRatio(
        firstOf(asText, request?.['aspect_ratio'], root['ratio'], root['aspect_ratio']),
      ),
    width,
    height,
    frames:
      firstOf(asNumber, pending?.['n_frames'], root['n_frames']) ??
      (seconds !== undefined && fps !== undefined ? Math.round(seconds * fps) : undefined),
    seconds,
    createdAt: firstOf(
      parseTime,
      root['created_at'],
      pending?.['created_at'],
      draft?.['created_at'],
      detail?.['created_at'],
      root['submit_time'],
    ),
    startedAt: firstOf(parseTime, root['start_time'], root['scheduled_time'], root['started_at']),
    updatedAt: firstOf(parseTime, root['status_update_time'], root['updated_at']),
    completedAt: isTerminal(status)
      ? firstOf(
          parseTime,
          root['completed_at'],
          root['finished_at'],
          detail?.['completed_at'],
          root['finish_time'],
          root['end_time'],
        )
      : undefined,
    expiresAt,
    mediaExpiresAt: media.linkExpiresAt ?? expiresAt,
    inputImages: media.inputImages,
    inpaintItems: readInpaintItems(
      pending?.['inpaint_items'] ?? root['inpaint_items'],
      media.inputImages,
    ),
    moderation,
    failure,
    video,
    posterUrl: media.posterUrl,
    gifUrl: media.gifUrl,
    blockedUrls: media.blockedUrls,
    endpoint: undefined,
    lastChangeAt: undefined,
    movedAt: undefined,
    raw: rawBody,
  };
}

function hasMoved(previous: Task, next: Task): boolean {
  return (
    previous.status !== next.status ||
    previous.statusText !== next.statusText ||
    previous.progress !== next.progress ||
    previous.queuePosition !== next.queuePosition
  );
}

/**
 * Combines a fresh reading with the previous one: the bar never goes backwards while a task
 * is unfinished, because providers report progress that jumps around; and it records when
 * the task last moved, which the polling policy uses to slow down and to spot stalls.
 */
export function advanceTask(previous: Task | undefined, next: Task, now = Date.now()): Task {
  if (!previous) return { ...next, lastChangeAt: now };
  const kept = keepVanishedInputs(previous, next);
  const progress =
    previous.progress !== undefined &&
    kept.progress !== undefined &&
    !isTerminal(kept.status) &&
    kept.progress < previous.progress
      ? previous.progress
      : kept.progress;
  const shown = { ...kept, progress };
  const moved = hasMoved(previous, shown);
  return {
    ...shown,
    lastChangeAt: moved ? now : (previous.lastChangeAt ?? now),
    movedAt: moved ? now : previous.movedAt,
  };
}

/**
 * When the provider last changed the task, as far as is known: its own stamp (`updated_at`,
 * `status_update_time`), or the moment a change was seen here when that is later (many
 * providers stamp a change of status but not of progress).
 */
export function lastProviderChange(task: Task): number | undefined {
  if (task.updatedAt === undefined) return task.movedAt;
  return Math.max(task.updatedAt, task.movedAt ?? 0);
}

/**
 * The reseller shape drops `pending_info` when a task completes, and with it the inpaint
 * items, moderation result and frame count. What we already saw stays visible.
 */
export function keepVanishedInputs(previous: Task, next: Task): Task {
  return {
    ...next,
    inpaintItems: next.inpaintItems.length ? next.inpaintItems : previous.inpaintItems,
    inputImages: next.inputImages.length ? next.inputImages : previous.inputImages,
    moderation: next.moderation ?? previous.moderation,
    frames: next.frames ?? previous.frames,
    prompt: next.prompt ?? previous.prompt,
    createdAt: next.createdAt ?? previous.createdAt,
  };
}
