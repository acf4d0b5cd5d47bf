// The reseller Sora shape's moderation result, down to the verdict per frame.
import { asBoolean, asNumber, asObject, asText, firstOf, isObject } from '../../lib/json-reader';
import type { BodyLevels } from './body-levels';

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

export function readModeration({
  root: body,
  detail,
  pending,
}: BodyLevels): Moderation | undefined {
  const result = firstOf(
    asObject,
    pending?.['moderation_result'],
    detail?.['moderation_result'],
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
