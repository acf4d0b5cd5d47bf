// The one response model. Every provider shape (see docs: reseller running/completed, the
// OpenAI-format shape the resellers serve, OpenAI's official shape, and whatever else turns up)
// is parsed here, once, into `Task`. The UI renders `Task` and only touches `raw` to show it.
import {
  asArray,
  asBoolean,
  asNumber,
  asObject,
  asText,
  at,
  firstOf,
  isObject,
  type JsonObject,
} from '../lib/json-reader';
import { safeMediaUrl } from '../lib/safe-url';

export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'unknown';

const TERMINAL_STATUSES: ReadonlySet<TaskStatus> = new Set(['succeeded', 'failed', 'cancelled']);

export interface CropBounds {
  left?: number;
  top?: number;
  right?: number;
  bottom?: number;
  /** The bounds exactly as the provider sent them, for display when the keys are unfamiliar. */
  text: string;
}

export interface InpaintItem {
  type: string | undefined;
  frameIndex: number | undefined;
  sourceStartFrame: number | undefined;
  sourceEndFrame: number | undefined;
  cropBounds: CropBounds | undefined;
  uploadMediaId: string | undefined;
  uploadedFileId: string | undefined;
  generationId: string | undefined;
  cameoFileId: string | undefined;
  presetId: string | undefined;
  /** The input image this item most likely refers to (same position; not guaranteed). */
  imageUrl: string | undefined;
}

export interface FrameModeration {
  /** The key of `results_by_frame_index`, exactly as sent. */
  frameIndex: string;
  /** The key as a frame number (0-based), or undefined when it is not a whole number. */
  frame: number | undefined;
  /** The provider's verdict for this frame, as text. */
  text: string;
  /** True when the verdict flags the frame, false when it clears it, undefined when unclear. */
  unsafe: boolean | undefined;
  /** Categories the verdict names (e.g. `sexual`), as sent. */
  categories: string[];
  code: string | undefined;
}

export interface Moderation {
  type: string | undefined;
  code: string | undefined;
  isOutputRejection: boolean | undefined;
  byFrame: FrameModeration[];
  unsafeCount: number | undefined;
  needsReview: boolean | undefined;
}

export interface Failure {
  message: string;
  code: string | undefined;
  /** True when a moderation system (input or output) stopped the task. */
  isModeration: boolean;
}

export type VideoSource =
  | { kind: 'url'; url: string }
  /** OpenAI's official shape: bytes only from `/v1/videos/{id}/content`, with the key. */
  | { kind: 'content-endpoint' };

export interface Task {
  id: string;
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
  model: string | undefined;
  size: string | undefined;
  orientation: string | undefined;
  width: number | undefined;
  height: number | undefined;
  frames: number | undefined;
  seconds: number | undefined;
  createdAt: number | undefined;
  updatedAt: number | undefined;
  completedAt: number | undefined;
  expiresAt: number | undefined;
  /** When the video link stops working: the signed URL's `se=`, else the task's `expires_at`. */
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
  /** When we last saw the status, progress or queue position change (set by advanceTask). */
  lastChangeAt: number | undefined;
  raw: unknown;
}

const STATUS_WORDS: Record<Exclude<TaskStatus, 'unknown'>, readonly string[]> = {
  queued: ['queued', 'pending', 'submitted', 'not_start', 'created', 'waiting'],
  running: ['in_progress', 'processing', 'running', 'generating', 'preprocessing'],
  succeeded: ['completed', 'succeeded', 'success', 'finished'],
  failed: ['failed', 'failure', 'error'],
  cancelled: ['cancelled', 'canceled'],
};

const STATUS_BY_WORD = new Map<string, TaskStatus>(
  Object.entries(STATUS_WORDS).flatMap(([status, words]) =>
    words.map((word) => [word, status as TaskStatus]),
  ),
);

const STATUS_RANK: Record<TaskStatus, number> = {
  unknown: 0,
  queued: 1,
  running: 2,
  succeeded: 3,
  cancelled: 3,
  failed: 4,
};

export function statusFromText(text: string | undefined): TaskStatus {
  if (text === undefined) return 'unknown';
  return (
    STATUS_BY_WORD.get(
      text
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ) ?? 'unknown'
  );
}

/** Epoch milliseconds from epoch seconds, epoch milliseconds or an ISO string. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === 'string' && value.trim() !== '' && Number.isNaN(Number(value))) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  const number = asNumber(value);
  if (number === undefined || number <= 0) return undefined;
  return number > 1e12 ? Math.round(number) : Math.round(number * 1000);
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** `progress_pct` is a 0-1 fraction (but some send percent); `progress` is 0-100. */
function readProgress(body: JsonObject, pending: JsonObject | undefined): number | undefined {
  const fraction = firstOf(
    asNumber,
    pending?.['progress_pct'],
    at(body, 'detail', 'progress_pct'),
    body['progress_pct'],
  );
  if (fraction !== undefined) return clampPercent(fraction <= 1 ? fraction * 100 : fraction);
  const percentText = firstOf(asText, body['progress'], pending?.['progress']);
  if (percentText === undefined) return undefined;
  const percent = Number(percentText.replace(/%$/, ''));
  if (!Number.isFinite(percent)) return undefined;
  const isFraction = !percentText.endsWith('%') && percent > 0 && percent < 1;
  return clampPercent(isFraction ? percent * 100 : percent);
}

function readCropBounds(value: unknown): CropBounds | undefined {
  if (value === null || value === undefined) return undefined;
  const text = JSON.stringify(value);
  if (Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number')) {
    const [left, top, right, bottom] = value as number[];
    return { left, top, right, bottom, text };
  }
  if (!isObject(value)) return { text };
  const left = asNumber(value['left'] ?? value['x0'] ?? value['x']);
  const top = asNumber(value['top'] ?? value['y0'] ?? value['y']);
  // Some boxes come as an origin and a size (`x, y, width, height`) instead of two corners.
  const width = asNumber(value['width'] ?? value['w']);
  const height = asNumber(value['height'] ?? value['h']);
  return {
    left,
    top,
    right:
      asNumber(value['right'] ?? value['x1']) ??
      (left !== undefined && width !== undefined ? left + width : undefined),
    bottom:
      asNumber(value['bottom'] ?? value['y1']) ??
      (top !== undefined && height !== undefined ? top + height : undefined),
    text,
  };
}

function readInpaintItems(value: unknown, images: string[]): InpaintItem[] {
  return asArray(value)
    .filter(isObject)
    .map((item, index) => ({
      type: asText(item['type']),
      frameIndex: asNumber(item['frame_index']),
      sourceStartFrame: asNumber(item['source_start_frame']),
      sourceEndFrame: asNumber(item['source_end_frame']),
      cropBounds: readCropBounds(item['crop_bounds']),
      uploadMediaId: asText(item['upload_media_id']),
      uploadedFileId: asText(item['uploaded_file_id']),
      generationId: asText(item['generation_id']),
      cameoFileId: asText(item['cameo_file_id']),
      presetId: asText(item['preset_id']),
      imageUrl: images[index],
    }));
}

// Verdict words seen as plain strings or as a `result`/`verdict`/`type` field. Anything else
// stays "unclear" (undefined) rather than guessed.
const UNSAFE_WORDS = new Set(['unsafe', 'flagged', 'blocked', 'rejected', 'nsfw', 'violation']);
const SAFE_WORDS = new Set(['safe', 'passed', 'pass', 'ok', 'clean', 'allowed', 'not_flagged']);

function verdictWord(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (UNSAFE_WORDS.has(word)) return true;
  if (SAFE_WORDS.has(word)) return false;
  return undefined;
}

function verdictCategories(value: unknown): string[] {
  if (typeof value === 'string') return asText(value) ? [value.trim()] : [];
  if (Array.isArray(value)) {
    return value.map((item) => asText(item)).filter((item) => item !== undefined);
  }
  // OpenAI-moderation style `{ sexual: true, violence: false }`: the true ones.
  if (isObject(value)) {
    return Object.entries(value)
      .filter(([, flagged]) => flagged === true)
      .map(([name]) => name);
  }
  return [];
}

function readFrameVerdict(
  verdict: unknown,
): Pick<FrameModeration, 'unsafe' | 'categories' | 'code'> {
  if (typeof verdict === 'boolean') return { unsafe: verdict, categories: [], code: undefined };
  if (!isObject(verdict)) return { unsafe: verdictWord(verdict), categories: [], code: undefined };
  const flagged = firstOf(
    asBoolean,
    verdict['is_unsafe'],
    verdict['unsafe'],
    verdict['flagged'],
    verdict['is_flagged'],
    verdict['blocked'],
  );
  const safe = firstOf(asBoolean, verdict['is_safe'], verdict['safe']);
  const categories = verdictCategories(verdict['categories'] ?? verdict['category']);
  return {
    unsafe:
      flagged ??
      (safe === undefined ? undefined : !safe) ??
      firstOf(verdictWord, verdict['result'], verdict['verdict'], verdict['type']),
    categories,
    code: asText(verdict['code']),
  };
}

/** A results_by_frame_index key as a frame number: whole and not negative, else undefined. */
function frameNumber(key: string): number | undefined {
  const number = /^\s*\d+(\.0+)?\s*$/.test(key) ? Number(key) : undefined;
  return number !== undefined && Number.isSafeInteger(number) ? number : undefined;
}

function readFrameModeration(frameIndex: string, verdict: unknown): FrameModeration {
  return {
    frameIndex,
    frame: frameNumber(frameIndex),
    text: describeValue(verdict),
    ...readFrameVerdict(verdict),
  };
}

/** By frame number; keys that are not frame numbers last, in the order they came. */
function byFrameOrder(a: FrameModeration, b: FrameModeration): number {
  return (a.frame ?? Number.POSITIVE_INFINITY) - (b.frame ?? Number.POSITIVE_INFINITY) || 0;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '—';
  return JSON.stringify(value);
}

function readModeration(body: JsonObject, pending: JsonObject | undefined): Moderation | undefined {
  const result = firstOf(
    asObject,
    pending?.['moderation_result'],
    at(body, 'detail', 'moderation_result'),
    body['moderation_result'],
  );
  const unsafeCount = firstOf(
    asNumber,
    pending?.['num_unsafe_generations'],
    body['num_unsafe_generations'],
  );
  const needsReview = firstOf(asBoolean, pending?.['needs_user_review'], body['needs_user_review']);
  if (!result && unsafeCount === undefined && needsReview === undefined) return undefined;
  const frames = asObject(result?.['results_by_frame_index']) ?? {};
  return {
    type: asText(result?.['type']),
    code: asText(result?.['code']),
    isOutputRejection: asBoolean(result?.['is_output_rejection']),
    byFrame: Object.entries(frames)
      .map(([frameIndex, verdict]) => readFrameModeration(frameIndex, verdict))
      .sort(byFrameOrder),
    unsafeCount,
    needsReview,
  };
}

const MODERATION_TEXT = /guardrail|moderation|content policy|violat|unsafe|nsfw|sensitive/i;

function readFailure(
  body: JsonObject,
  pending: JsonObject | undefined,
  moderation: Moderation | undefined,
  statusSaysFailed: boolean,
): Failure | undefined {
  const error = asObject(body['error']);
  const errorMessage = asText(error?.['message']);
  const errorCode = asText(error?.['code']) ?? asText(error?.['type']);
  const draftKind = asText(at(body, 'detail', 'draft_info', 'kind'));
  const draftFailed = draftKind !== undefined && draftKind !== 'sora_draft';
  const outputRejected = moderation?.isOutputRejection === true;
  const reason = firstOf(
    asText,
    errorMessage,
    at(body, 'detail', 'draft_info', 'reason_str'),
    pending?.['failure_reason'],
    at(body, 'detail', 'failure_reason'),
    body['failure_reason'],
    body['fail_reason'],
    // A top-level `message` is only a failure reason when something already says "failed".
    statusSaysFailed || errorCode ? body['message'] : undefined,
  );
  const failed =
    statusSaysFailed ||
    reason !== undefined ||
    errorCode !== undefined ||
    draftFailed ||
    outputRejected;
  if (!failed) return undefined;
  const isModeration =
    outputRejected ||
    draftKind === 'sora_content_violation' ||
    (reason !== undefined && MODERATION_TEXT.test(reason)) ||
    (moderation?.type !== undefined && !['passed', 'pass', 'ok'].includes(moderation.type));
  return {
    message:
      reason ??
      (outputRejected
        ? 'The finished video was rejected by the provider’s moderation.'
        : 'The provider marked this task as failed without giving a reason.'),
    code: errorCode ?? moderation?.code,
    isModeration,
  };
}

interface StatusReading {
  status: TaskStatus;
  statusText: string | undefined;
  disagreement: string[] | undefined;
}

function readStatus(levels: [string, unknown][]): StatusReading {
  const seen = levels
    .map(([where, value]) => ({ where, text: asText(value) }))
    .filter((level): level is { where: string; text: string } => level.text !== undefined);
  let best: { status: TaskStatus; text: string } | undefined;
  for (const { text } of seen) {
    const status = statusFromText(text);
    if (!best || STATUS_RANK[status] > STATUS_RANK[best.status]) best = { status, text };
  }
  const distinct = new Set(seen.map(({ text }) => statusFromText(text)));
  return {
    status: best?.status ?? 'unknown',
    statusText: best?.text,
    disagreement:
      distinct.size > 1 ? seen.map(({ where, text }) => `${where}: ${text}`) : undefined,
  };
}

/** Signed media URLs (Azure-style `st=`/`se=`) say when they stop working. */
function signedUrlExpiry(url: string | undefined): number | undefined {
  if (!url) return undefined;
  const value = new URL(url).searchParams.get('se');
  return value === null ? undefined : parseTime(value);
}

/** Some gateways wrap the task in `{ code, data: {...} }`. */
function unwrapEnvelope(body: JsonObject): JsonObject {
  const data = asObject(body['data']);
  if (data && body['status'] === undefined && (data['status'] !== undefined || data['id'])) {
    return data;
  }
  return body;
}

function orientationOf(width: number | undefined, height: number | undefined): string | undefined {
  if (!width || !height) return undefined;
  if (width === height) return 'square';
  return width > height ? 'landscape' : 'portrait';
}

/**
 * Parses any provider body into a Task. Never throws for a JSON value: a body with nothing
 * recognisable becomes a task with status `unknown` that keeps being polled.
 */
export function parseTask(rawBody: unknown, requestedId: string): Task {
  const body = isObject(rawBody) ? unwrapEnvelope(rawBody) : {};
  const detail = asObject(body['detail']);
  const pending = asObject(detail?.['pending_info']);
  const draft = asObject(detail?.['draft_info']);
  const input = asObject(detail?.['input']);
  const generation = asObject(at(detail, 'generations', 0));

  const reading = readStatus([
    ['status', body['status']],
    ['detail.status', detail?.['status']],
    ['detail.pending_info.status', pending?.['status']],
    ['detail.draft_info.status', draft?.['status']],
  ]);
  const moderation = readModeration(body, pending);
  const failure = readFailure(body, pending, moderation, reading.status === 'failed');
  const status: TaskStatus = failure && reading.status !== 'cancelled' ? 'failed' : reading.status;

  const blockedUrls: string[] = [];
  const pickUrl = (...candidates: unknown[]): string | undefined => {
    for (const candidate of candidates) {
      const text = asText(candidate);
      if (text === undefined) continue;
      const safe = safeMediaUrl(text);
      if (safe) return safe;
      if (!blockedUrls.includes(text)) blockedUrls.push(text);
    }
    return undefined;
  };

  const videoUrl = pickUrl(
    body['video_url'],
    body['url'],
    detail?.['url'],
    detail?.['video_url'],
    draft?.['downloadable_url'],
    draft?.['url'],
    at(draft, 'encodings', 'source', 'path'),
    generation?.['url'],
    at(generation, 'encodings', 'source', 'path'),
  );
  const gifUrl = pickUrl(detail?.['gif_url'], at(draft, 'encodings', 'gif', 'path'));
  const posterUrl =
    pickUrl(
      body['thumbnail_url'],
      detail?.['thumbnail_url'],
      at(draft, 'encodings', 'thumbnail', 'path'),
      at(generation, 'encodings', 'thumbnail', 'path'),
    ) ?? gifUrl;
  const isOfficialShape = body['object'] === 'video';
  const video: VideoSource | undefined = videoUrl
    ? { kind: 'url', url: videoUrl }
    : status === 'succeeded' && isOfficialShape
      ? { kind: 'content-endpoint' }
      : undefined;

  const inputImages = asArray(input?.['images'] ?? body['images'])
    .map((image) => pickUrl(image))
    .filter((url): url is string => url !== undefined);

  const width = firstOf(asNumber, body['width'], pending?.['width'], draft?.['width']);
  const height = firstOf(asNumber, body['height'], pending?.['height'], draft?.['height']);
  const size = firstOf(asText, input?.['size'], body['size']);
  const parsedProgress = readProgress(body, pending);
  const progress =
    status === 'succeeded' ? 100 : (parsedProgress ?? (status === 'queued' ? 0 : undefined));
  const idText = firstOf(asText, body['id']) ?? requestedId;
  const expiresAt = parseTime(body['expires_at']);

  return {
    id: idText,
    status,
    statusText: reading.statusText,
    statusDisagreement: reading.disagreement,
    progress,
    reportedProgress: progress,
    queuePosition: firstOf(asNumber, pending?.['progress_pos_in_queue'], body['queue_position']),
    queueWaitSeconds: firstOf(asNumber, pending?.['estimated_queue_wait_time']),
    queueMessage: firstOf(asText, pending?.['queue_status_message']),
    prompt: firstOf(
      asText,
      input?.['prompt'],
      body['prompt'],
      pending?.['prompt'],
      draft?.['prompt'],
    ),
    model: firstOf(
      asText,
      body['model'],
      idText.includes(':') ? idText.slice(0, idText.indexOf(':')) : undefined,
      input?.['model'],
      pending?.['model'],
    ),
    size,
    orientation:
      firstOf(asText, input?.['orientation'], body['orientation']) ?? orientationOf(width, height),
    width,
    height,
    frames: firstOf(asNumber, pending?.['n_frames'], body['n_frames']),
    seconds: firstOf(asNumber, body['seconds'], body['duration']),
    createdAt: firstOf(
      parseTime,
      body['created_at'],
      pending?.['created_at'],
      draft?.['created_at'],
    ),
    updatedAt: firstOf(parseTime, body['status_update_time'], body['updated_at']),
    completedAt: firstOf(parseTime, body['completed_at'], body['finished_at']),
    expiresAt,
    mediaExpiresAt: signedUrlExpiry(videoUrl) ?? expiresAt,
    inputImages,
    inpaintItems: readInpaintItems(
      pending?.['inpaint_items'] ?? body['inpaint_items'],
      inputImages,
    ),
    moderation,
    failure,
    video,
    posterUrl,
    gifUrl,
    blockedUrls,
    lastChangeAt: undefined,
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
    !TERMINAL_STATUSES.has(kept.status) &&
    kept.progress < previous.progress
      ? previous.progress
      : kept.progress;
  const shown = { ...kept, progress };
  return {
    ...shown,
    lastChangeAt: hasMoved(previous, shown) ? now : (previous.lastChangeAt ?? now),
  };
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

export function isTerminal(status: TaskStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}
