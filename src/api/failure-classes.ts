// Every failure, whatever the provider called it, sorted into a few classes a person can act on.
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

export interface FailureExplanation {
  /** A few words for counts: "2 output moderation". */
  label: string;
  title: string;
  /** What happened, in plain words. */
  explanation: string;
  /** What to try next. */
  advice: string;
}

export const FAILURE_EXPLANATIONS: Record<FailureClass, FailureExplanation> = {
  'input-moderation': {
    label: 'input moderation',
    title: 'Moderation refused the prompt or an input image',
    explanation: 'The provider’s content rules stopped this task before or while generating it.',
    advice: 'Reword the prompt or change the input images, then submit a new task.',
  },
  'output-moderation': {
    label: 'output moderation',
    title: 'The finished video was rejected by moderation',
    explanation: 'The video was generated, then the provider’s safety check refused to release it.',
    advice:
      'Reword the prompt (avoid what the reason names) and submit again. Ask your reseller whether rejected outputs are refunded.',
  },
  quota: {
    label: 'quota or billing',
    title: 'Out of quota or credit',
    explanation: 'The provider refused the work because of the account’s balance, quota or plan.',
    advice: 'Top up or check the plan with your reseller, then submit again.',
  },
  'not-found': {
    label: 'expired or not found',
    title: 'Expired or not found',
    explanation:
      'The provider does not know this id: it may be mistyped, expired, or belong to another provider or key.',
    advice: 'Check the id and the base URL; providers keep finished tasks only for a while.',
  },
  'timed-out': {
    label: 'timed out',
    title: 'Timed out',
    explanation: 'The generation, or the request for it, took longer than the provider allows.',
    advice: 'Submit again; shorter or smaller videos finish faster.',
  },
  unreachable: {
    label: 'unreachable',
    title: 'Provider unreachable',
    explanation:
      'The dashboard could not reach the provider: it may be down, or it does not accept requests from browsers (CORS).',
    advice: 'Turn on “Send requests through this server” in Settings, or try again later.',
  },
  'provider-error': {
    label: 'provider error',
    title: 'The provider could not make this video',
    explanation: 'Something went wrong on the provider’s side.',
    advice:
      'Submitting the same request again often works; if it keeps failing, contact your reseller with the task id.',
  },
};

const QUOTA_TEXT = /quota|credit|balance|billing|insufficient|payment|余额|额度|欠费/i;
const TIMEOUT_TEXT = /timed? ?out|timeout|deadline|超时/i;
const EXPIRED_TEXT = /expired|not found|过期/i;
const OUTPUT_TEXT = /output|generated video|finished video|生成的视频|输出/i;
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
      return task?.moderation?.isOutputRejection === true || OUTPUT_TEXT.test(text)
        ? 'output-moderation'
        : 'input-moderation';
    }
    if (QUOTA_TEXT.test(text)) return 'quota';
    if (TIMEOUT_TEXT.test(text)) return 'timed-out';
    if (EXPIRED_TEXT.test(text)) return 'not-found';
    return 'provider-error';
  }
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
