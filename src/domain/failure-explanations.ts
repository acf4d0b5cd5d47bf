// What each failure class means and what to try next, in plain words. Only the detail page
// needs these sentences, so they are kept apart from the classifier the list loads.
import { t } from '../lib/i18n';
import type { FailureClass } from './failure-classes';

export interface FailureExplanation {
  title: string;
  /** What happened, in plain words. */
  explanation: string;
  /** What to try next. */
  advice: string;
}

/** Looked up when shown, in the language of the page then. */
export function explainFailure(failureClass: FailureClass): FailureExplanation {
  return explanations()[failureClass];
}

const explanations = (): Record<FailureClass, FailureExplanation> => ({
  'input-moderation': {
    title: t('Moderation refused the prompt or an input image'),
    explanation: t('The provider’s content rules stopped this task before or while generating it.'),
    advice: t('Reword the prompt or change the input images, then submit a new task.'),
  },
  'output-moderation': {
    title: t('The finished video was rejected by moderation'),
    explanation: t(
      'The video was generated, then the provider’s safety check refused to release it.',
    ),
    advice: t(
      'Reword the prompt (avoid what the reason names) and submit again. Ask your reseller whether rejected outputs are refunded.',
    ),
  },
  quota: {
    title: t('Out of quota or credit'),
    explanation: t(
      'The provider refused the work because of the account’s balance, quota or plan.',
    ),
    advice: t('Top up or check the plan with your reseller, then submit again.'),
  },
  'not-found': {
    title: t('Expired or not found'),
    explanation: t(
      'The provider does not know this id: it may be mistyped, expired, or belong to another provider or key.',
    ),
    advice: t('Check the id and the base URL; providers keep finished tasks only for a while.'),
  },
  'timed-out': {
    title: t('Timed out'),
    explanation: t('The generation, or the request for it, took longer than the provider allows.'),
    advice: t('Submit again; shorter or smaller videos finish faster.'),
  },
  unreachable: {
    title: t('Provider unreachable'),
    explanation: t(
      'The dashboard could not reach the provider: it may be down, or it does not accept requests from browsers (CORS).',
    ),
    advice: t('Turn on “Send requests through this server” in Settings, or try again later.'),
  },
  'provider-error': {
    title: t('The provider could not make this video'),
    explanation: t('Something went wrong on the provider’s side.'),
    advice: t(
      'Submitting the same request again often works; if it keeps failing, contact your reseller with the task id.',
    ),
  },
});
