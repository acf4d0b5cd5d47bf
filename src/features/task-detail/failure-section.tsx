import { classifyFailure } from '../../domain/failure-classes';
import { explainFailure } from '../../domain/failure-explanations';
import type { Task } from '../../domain/task-model';
import { failureText, type Failure } from '../../domain/readers/read-failure';
import { CopyButton } from '../../components/ui/copy-button';
import { RichText } from '../../components/ui/rich-text';
import { t } from '../../lib/i18n';

export function FailureSection({ task, failure }: { task: Task; failure: Failure }) {
  const { title, explanation, advice } = explainFailure(
    classifyFailure(task, undefined) ?? 'provider-error',
  );
  return (
    <section
      aria-labelledby="failure-heading"
      className="card space-y-2 border-l-4 border-rose-500"
    >
      <h2 id="failure-heading" className="text-base font-semibold text-rose-900">
        {title}
      </h2>
      <p className="text-sm text-slate-800">{explanation}</p>
      <p className="text-sm text-slate-800">
        <RichText
          message="<b>What to try:</b> {advice}"
          parts={{ b: (text) => <span className="font-medium">{text}</span> }}
          values={{ advice }}
        />
      </p>
      {failure.ownReason ? (
        // The provider gave no words: ours are not passed off as its quote.
        <p className="rounded bg-rose-50 p-3 text-sm text-rose-950">
          {failure.code
            ? t('{reason} (code {code})', { reason: failureText(failure), code: failure.code })
            : failureText(failure)}
        </p>
      ) : (
        <figure className="rounded bg-rose-50 p-3 text-sm">
          <figcaption className="mb-1 text-xs text-rose-900">
            {failure.code
              ? t('The provider said (code {code}):', { code: failure.code })
              : t('The provider said:')}
          </figcaption>
          <blockquote className="whitespace-pre-wrap break-words text-rose-950">
            {failure.message}
          </blockquote>
        </figure>
      )}
      <CopyButton text={failureText(failure)} label={t('Copy error')} />
    </section>
  );
}
