// A Task read back from storage (see stores/last-answers.ts). Storage is written by this app,
// but by any of its versions, and a damaged or foreign record must never break the page: each
// field is checked for its type, URLs pass the same allow-list as a provider's, and anything
// that does not fit makes the whole record unreadable (the task is then simply asked again).
import { isObject } from '../lib/json-reader';
import { safeMediaUrl } from '../lib/safe-url';
import { isTaskStatus } from './readers/read-status';
import type { Task } from './task-model';

/**
 * The shape of stored tasks. Bump it whenever `Task` changes shape: records of another version
 * are not read, so their tasks are asked once more and stored anew.
 */
export const STORED_TASK_VERSION = 1;

type Field = 'text' | 'number' | 'texts' | 'url' | 'urls' | 'data';

/** Every field of Task but `id`, `status` and `raw`, with what it may hold (or undefined). */
const FIELDS: Record<Exclude<keyof Task, 'id' | 'status' | 'raw'>, Field> = {
  providerId: 'text',
  statusText: 'text',
  statusDisagreement: 'texts',
  progress: 'number',
  reportedProgress: 'number',
  queuePosition: 'number',
  queueWaitSeconds: 'number',
  queueMessage: 'text',
  prompt: 'text',
  enhancedPrompt: 'text',
  model: 'text',
  size: 'text',
  orientation: 'text',
  width: 'number',
  height: 'number',
  frames: 'number',
  seconds: 'number',
  createdAt: 'number',
  startedAt: 'number',
  updatedAt: 'number',
  completedAt: 'number',
  expiresAt: 'number',
  mediaExpiresAt: 'number',
  inputImages: 'urls',
  inpaintItems: 'data',
  moderation: 'data',
  failure: 'data',
  video: 'data',
  posterUrl: 'url',
  gifUrl: 'url',
  blockedUrls: 'texts',
  endpoint: 'text',
  lastChangeAt: 'number',
  movedAt: 'number',
};

const FIELD_KINDS = Object.entries(FIELDS);

/** Plain values only (what the readers produce): no functions, no cycles, not too deep. */
function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) {
    return true;
  }
  if (depth > 4) return false;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  return isObject(value) && Object.values(value).every((item) => isPlainData(item, depth + 1));
}

const isText = (value: unknown) => typeof value === 'string';
const isSafeUrl = (value: unknown) => isText(value) && safeMediaUrl(value) === value;

function fits(kind: Field, value: unknown): boolean {
  if (value === undefined) return kind !== 'urls';
  switch (kind) {
    case 'text':
      return isText(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'texts':
      return Array.isArray(value) && value.every(isText);
    case 'url':
      return isSafeUrl(value);
    case 'urls':
      return Array.isArray(value) && value.every(isSafeUrl);
    case 'data':
      return isPlainData(value);
  }
}

function isVideoSource(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  if (value['kind'] === 'content-endpoint') return true;
  return (value['kind'] === 'url' || value['kind'] === 'keyed-url') && isSafeUrl(value['url']);
}

/** Whether a stored value is a task of `id` that this version can trust. */
export function isStoredTask(value: unknown, id: string): value is Task {
  if (!isObject(value) || value['id'] !== id) return false;
  return (
    isTaskStatus(value['status']) &&
    FIELD_KINDS.every(([field, kind]) => fits(kind, value[field])) &&
    isVideoSource(value['video']) &&
    Array.isArray(value['inpaintItems'])
  );
}

/**
 * What is stored of a task: everything but the body, which the history keeps, and only the
 * fields it has (most are unset), so that reading ten thousand back stays quick.
 */
export function storableTask(task: Task): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(task).filter(([key, value]) => value !== undefined && key !== 'raw'),
  );
}
