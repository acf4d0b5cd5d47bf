import type { Failure } from '../../api/task-model';

function explain(failure: Failure, outputRejected: boolean): { title: string; advice: string } {
  if (failure.isModeration && outputRejected) {
    return {
      title: 'The finished video was rejected by moderation',
      advice:
        'The provider generated the video, then its safety check refused to release it. Reword the prompt or change the input images, then submit a new task.',
    };
  }
  if (failure.isModeration) {
    return {
      title: 'Moderation stopped this task',
      advice:
        'The prompt or an input image tripped the provider’s content rules. Change them and submit a new task.',
    };
  }
  return {
    title: 'The provider could not make this video',
    advice:
      'This is usually on the provider’s side. Submitting the same request again often works; if it keeps failing, contact your reseller with the task id.',
  };
}

export function FailureSection({
  failure,
  outputRejected,
}: {
  failure: Failure;
  outputRejected: boolean;
}) {
  const { title, advice } = explain(failure, outputRejected);
  return (
    <section
      aria-labelledby="failure-heading"
      className="card space-y-2 border-l-4 border-rose-500"
    >
      <h2 id="failure-heading" className="text-base font-semibold text-rose-900">
        {title}
      </h2>
      <p className="text-sm text-slate-800">{advice}</p>
      <figure className="rounded bg-rose-50 p-3 text-sm">
        <figcaption className="mb-1 text-xs text-rose-900">
          The provider said{failure.code ? ` (code ${failure.code})` : ''}:
        </figcaption>
        <blockquote className="whitespace-pre-wrap break-words text-rose-950">
          {failure.message}
        </blockquote>
      </figure>
    </section>
  );
}
