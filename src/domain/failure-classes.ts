// Every failure, whatever the provider called it, sorted into a few classes a person can act on.
import { t } from '../lib/i18n';
import { isApiError } from './api-error';
import type { Task } from './task-model';

export type FailureClass =
  | 'input-moderation'
  | 'output-moderation'
  | 'quota'
  | 'not-found'
  | 'timed-out'
  | 'unreachable'
  | 'provider-error';

/**
 * A few words for counts and row labels: "2 output moderation". Getters, so each is looked up
 * in the page's language when read, and callers index it as before.
 */
export const FAILURE_LABELS: Readonly<Record<FailureClass, string>> = {
  get 'input-moderation'() {
    return t('input moderation');
  },
  get 'output-moderation'() {
    return t('output moderation');
  },
  get quota() {
    return t('quota or billing');
  },
  get 'not-found'() {
    return t('expired or not found');
  },
  get 'timed-out'() {
    return t('timed out');
  },
  get unreachable() {
    return t('unreachable');
  },
  get 'provider-error'() {
    return t('provider error');
  },
};

const QUOTA_TEXT = /quota|credit|balance|billing|insufficient|payment|余额|额度|欠费/i;
const TIMEOUT_TEXT = /timed? ?out|timeout|deadline|超时/i;
const EXPIRED_TEXT = /expired|not found|过期/i;
const OUTPUT_TEXT = /output|generated video|finished video|生成的视频|输出/i;
// Vendor codes that say which side was refused: Ark's `OutputVideoSensitiveContentDetected` and
// `Input{Text,Image}SensitiveContentDetected`, MiniMax 1027 (output) and 1026 (input), and
// Gemini's safety filter, which only ever holds back generated videos.
const OUTPUT_CODE = /^output|^1027$|^rai_media_filtered$/i;
const INPUT_CODE = /^input|^1026$/i;
// Refusals that name no policy, so the model does not call them moderation: checks on what was
// sent (real people in input images) and Chinese resellers' words for "violates", "sensitive",
// "failed review".
const REFUSAL_TEXT =
  /photorealistic (?:people|person)|real (?:people|person)|human faces?|public figures?|违规|违反|敏感|审核/i;

/** The class of a failed task or of the error that stopped polling it; undefined when neither. */
export function classifyFailure(task: Task | undefined, error: unknown): FailureClass | undefined {
  const failure = task?.status === 'failed' ? task.failure : undefined;
  if (failure) {
    const text = `${failure.message} ${failure.code ?? ''}`;
    if (failure.isModeration || REFUSAL_TEXT.test(text)) {
      const code = failure.code ?? '';
      if (OUTPUT_CODE.test(code)) return 'output-moderation';
      if (INPUT_CODE.test(code)) return 'input-moderation';
      return task?.moderation?.isOutputRejection === true || OUTPUT_TEXT.test(text)
        ? 'output-moderation'
        : 'input-moderation';
    }
    if (QUOTA_TEXT.test(text)) return 'quota';
    if (TIMEOUT_TEXT.test(text)) return 'timed-out';
    if (EXPIRED_TEXT.test(text)) return 'not-found';
    return 'provider-error';
  }
  // The provider forgot the task before anyone fetched its video (Seedance, OpenRouter).
  if (task?.status === 'expired') return 'not-found';
  if (task && task.status !== 'failed') return undefined;
  if (!isApiError(error)) return undefined;
  switch (error.kind) {
    case 'not-found':
      return 'not-found';
    case 'network':
      return 'unreachable';
    case 'timeout':
      return 'timed-out';
    case 'client':
      return error.status === 402 || QUOTA_TEXT.test(error.message) ? 'quota' : undefined;
    default:
      return undefined;
  }
}
