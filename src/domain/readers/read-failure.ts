// Why a task failed, in the provider's words. Two kinds of evidence: structural signs (an error
// object, a failure reason, a refused draft, a rejected output) mean failed even while a status
// field lags; free texts (`task_status_msg`, `error_message`, `fail_reason`…) are read only once a
// status says failed, or the task finished without a file. Nothing overrules a success that came
// with its video: Veo's unified answers keep error texts from retries after they complete.
import { t } from '../../lib/i18n';
import { asArray, asNumber, asObject, asText, at, firstOf } from '../../lib/json-reader';
import type { BodyLevels } from './body-levels';
import type { Moderation } from './read-moderation';
import type { TaskStatus } from './read-status';

/** Why we say it failed where the provider gave no words: said in the page's language. */
type OwnReason = 'filtered' | 'rejected' | 'none';

export interface Failure {
  /** The provider's words; where it gave none, ours in English (see `failureText`). */
  message: string;
  ownReason?: OwnReason;
  code: string | undefined;
  /** True when a moderation system (input or output) stopped the task. */
  isModeration: boolean;
}

const MODERATION_TEXT = /guardrail|moderation|content policy|violat|unsafe|nsfw|sensitive/i;
/** Vendor codes for a safety refusal: Ark's `…SensitiveContentDetected`, MiniMax 1026/1027, Gemini's filter. */
const MODERATION_CODE = /sensitive|moderation|policy|rai_media_filtered|^102[67]$/i;
const RAI_FILTERED_CODE = 'RAI_MEDIA_FILTERED';

// Ours, kept in English in the task (it is stored, and read by the failure classes); shown
// through `failureText` in the page's language.
const FILTERED = 'The provider’s safety filter held back the generated video.';
const REJECTED = 'The finished video was rejected by the provider’s moderation.';
const NO_REASON = 'The provider marked this task as failed without giving a reason.';

/** The failure in words: the provider's as it wrote them, else ours in the page's language. */
export function failureText(failure: Failure): string {
  switch (failure.ownReason) {
    case 'filtered':
      return t('The provider’s safety filter held back the generated video.');
    case 'rejected':
      return t('The finished video was rejected by the provider’s moderation.');
    case 'none':
      return t('The provider marked this task as failed without giving a reason.');
    default:
      return failure.message;
  }
}

interface ErrorFields {
  message: string | undefined;
  code: string | undefined;
}

/** An `error` object, or nothing: `null` and `{"message": "", "code": ""}` are no error. */
function errorObject(value: unknown): ErrorFields | undefined {
  const error = asObject(value);
  if (!error) return undefined;
  const fields = {
    message: asText(error['message']),
    code: asText(error['code']) ?? asText(error['type']),
  };
  return fields.message === undefined && fields.code === undefined ? undefined : fields;
}

/** Gemini: samples held back by the safety filter, with its reasons. */
function safetyFilterReasons(top: BodyLevels['top']): string | undefined {
  const response = asObject(top['response']);
  const reasons = [
    ...asArray(response?.['raiMediaFilteredReasons']),
    ...asArray(at(response, 'generateVideoResponse', 'raiMediaFilteredReasons')),
  ]
    .map((reason) => asText(reason))
    .filter((reason) => reason !== undefined);
  const count = firstOf(
    asNumber,
    response?.['raiMediaFilteredCount'],
    at(response, 'generateVideoResponse', 'raiMediaFilteredCount'),
  );
  if (reasons.length) return reasons.join(' ');
  return count !== undefined && count > 0 ? FILTERED : undefined;
}

/** `fail_reason` holds a URL in old new-api rows: that is the file, not a reason. */
function reasonText(value: unknown): string | undefined {
  const text = asText(value);
  return text !== undefined && !/^https?:\/\//i.test(text) ? text : undefined;
}

export interface FailureReading {
  status: TaskStatus;
  failure: Failure | undefined;
}

export function readFailure(
  levels: BodyLevels,
  status: TaskStatus,
  moderation: Moderation | undefined,
  hasFile: boolean,
): FailureReading {
  const { top, root, detail, pending, draft } = levels;
  const error = errorObject(root['error']) ?? errorObject(top['error']);
  const draftKind = asText(draft?.['kind']);
  const draftRefused = draftKind !== undefined && draftKind !== 'sora_draft';
  const outputRejected = moderation?.isOutputRejection === true;
  const filtered = safetyFilterReasons(top);
  const structuralReason = firstOf(
    asText,
    error?.message,
    draft?.['reason_str'],
    pending?.['failure_reason'],
    detail?.['failure_reason'],
    root['failure_reason'],
  );
  const structural =
    error !== undefined || draftRefused || outputRejected || structuralReason !== undefined;
  const baseResp = asObject(top['base_resp']);
  const baseCode = asNumber(baseResp?.['status_code']);
  const textReason = firstOf(
    reasonText,
    typeof root['error'] === 'string' ? root['error'] : undefined,
    root['fail_reason'],
    root['task_status_msg'],
    baseCode ? baseResp?.['status_msg'] : undefined,
    detail?.['video_generation_error'],
    detail?.['error_message'],
    filtered,
    root['message'],
  );

  const failed =
    status === 'failed' ||
    (status === 'succeeded'
      ? !hasFile && (structural || textReason !== undefined)
      : status !== 'cancelled' && status !== 'expired' && structural);
  if (!failed) return { status, failure: undefined };

  const given = structuralReason ?? textReason;
  const ownReason: OwnReason | undefined =
    given === undefined
      ? outputRejected
        ? 'rejected'
        : 'none'
      : given === FILTERED && !structuralReason
        ? 'filtered'
        : undefined;
  const message = given ?? (outputRejected ? REJECTED : NO_REASON);
  const code =
    error?.code ??
    (root === top ? undefined : asText(root['code'])) ??
    (baseCode ? String(baseCode) : undefined) ??
    (filtered && !structuralReason ? RAI_FILTERED_CODE : undefined) ??
    moderation?.code;
  const isModeration =
    outputRejected ||
    draftKind === 'sora_content_violation' ||
    MODERATION_TEXT.test(message) ||
    (code !== undefined && MODERATION_CODE.test(code)) ||
    (moderation?.type !== undefined && !['passed', 'pass', 'ok'].includes(moderation.type));
  return {
    status: 'failed',
    failure: { message, code, isModeration, ...(ownReason ? { ownReason } : {}) },
  };
}
