import type { Task } from '../../../domain/task-model';
import { CopyButton } from '../../../components/ui/copy-button';
import { DetailList } from '../detail-list';
import { promptTexts } from './prompt-words';

/**
 * Far longer than any prompt a provider takes. A provider can send megabytes, and laying out
 * 2.5 MB of prompt takes the tab seconds each time the page moves: the rest is left to Copy.
 */
const MAX_SHOWN_CHARS = 10_000;

const numberFormat = new Intl.NumberFormat();

function Text({ children }: { children: string }) {
  if (children.length <= MAX_SHOWN_CHARS) {
    return <span className="whitespace-pre-wrap">{children}</span>;
  }
  const rest = numberFormat.format(children.length - MAX_SHOWN_CHARS);
  return (
    <span className="whitespace-pre-wrap">
      {children.slice(0, MAX_SHOWN_CHARS)}…{' '}
      <span className="text-slate-600">{`(${rest} more characters, not shown here; the copy button above copies them all)`}</span>
    </span>
  );
}

export function InputsSection({ task }: { task: Task }) {
  const dimensions = task.width && task.height ? `${task.width} × ${task.height}` : undefined;
  const { prompt, rewrite } = promptTexts(task);
  return (
    <section aria-labelledby="inputs-heading" className="card space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="inputs-heading" className="text-base font-semibold">
          Inputs
        </h2>
        <div className="flex flex-wrap gap-2">
          {prompt ? <CopyButton text={prompt} label="Copy prompt" /> : null}
          {rewrite ? <CopyButton text={rewrite} label="Copy rewritten prompt" /> : null}
        </div>
      </div>
      <DetailList
        entries={[
          {
            term: 'Prompt',
            value: prompt ? (
              <Text>{prompt}</Text>
            ) : rewrite ? (
              'Not sent by the provider (only its rewrite, below)'
            ) : undefined,
          },
          ...(rewrite ? [{ term: 'Rewritten prompt', value: <Text>{rewrite}</Text> }] : []),
          { term: 'Model', value: task.model },
          { term: 'Size', value: task.size },
          { term: 'Orientation', value: task.orientation },
          { term: 'Dimensions', value: dimensions },
          { term: 'Frames', value: task.frames },
          { term: 'Seconds', value: task.seconds },
        ]}
      />
      {task.inputImages.length ? (
        <ul className="flex flex-wrap gap-3" aria-label="Input images">
          {task.inputImages.map((url, index) => (
            <li key={`${index}-${url}`}>
              <a href={url} target="_blank" rel="noreferrer noopener" className="block">
                <img
                  src={url}
                  alt={`Input ${index + 1}`}
                  className="h-40 rounded ring-1 ring-slate-200"
                  referrerPolicy="no-referrer"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No input images.</p>
      )}
    </section>
  );
}
