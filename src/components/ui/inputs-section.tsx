import { useId } from 'react';
import type { Task } from '../../domain/task-model';
import { CopyButton } from './copy-button';
import { DetailList } from './detail-list';
import { t } from '../../lib/i18n';
import { promptTexts } from '../../domain/prompt-words';

/**
 * Far longer than any prompt a provider takes. A provider can send megabytes, and laying out
 * 2.5 MB of prompt takes the tab seconds each time the page moves: the rest is left to Copy.
 */
const MAX_SHOWN_CHARS = 10_000;

function Text({ children }: { children: string }) {
  if (children.length <= MAX_SHOWN_CHARS) {
    return <span className="whitespace-pre-wrap">{children}</span>;
  }
  return (
    <span className="whitespace-pre-wrap">
      {children.slice(0, MAX_SHOWN_CHARS)}…{' '}
      <span className="text-slate-600">
        {t('({count} more characters, not shown here; the copy button above copies them all)', {
          count: children.length - MAX_SHOWN_CHARS,
        })}
      </span>
    </span>
  );
}

/**
 * What the task was made from: the prompt (and the provider's rewrite), the model, the size and
 * the input images. A card and a region of its own on the detail page; `nested` inside a
 * compare column, under that column's heading.
 */
export function InputsSection({ task, nested = false }: { task: Task; nested?: boolean }) {
  const dimensions = task.width && task.height ? `${task.width} × ${task.height}` : undefined;
  const { prompt, rewrite } = promptTexts(task);
  const headingId = useId();
  const Heading = nested ? 'h3' : 'h2';
  // Nested, it is part of its column, not a region of its own: several columns would give the
  // page several regions all named "Inputs".
  const Box = nested ? 'div' : 'section';
  return (
    <Box
      aria-labelledby={nested ? undefined : headingId}
      className={`space-y-3 ${nested ? '' : 'card'}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading id={headingId} className="text-base font-semibold">
          {t('Inputs')}
        </Heading>
        <div className="flex flex-wrap gap-2">
          {prompt ? <CopyButton text={prompt} label={t('Copy prompt')} /> : null}
          {rewrite ? <CopyButton text={rewrite} label={t('Copy rewritten prompt')} /> : null}
        </div>
      </div>
      <DetailList
        entries={[
          {
            term: t('Prompt'),
            value: prompt ? (
              <Text>{prompt}</Text>
            ) : rewrite ? (
              t('Not sent by the provider (only its rewrite, below)')
            ) : undefined,
          },
          ...(rewrite ? [{ term: t('Rewritten prompt'), value: <Text>{rewrite}</Text> }] : []),
          { term: t('Model'), value: task.model },
          { term: t('Size'), value: task.size },
          { term: t('Orientation'), value: task.orientation },
          { term: t('Dimensions'), value: dimensions },
          { term: t('Frames'), value: task.frames },
          { term: t('Seconds'), value: task.seconds },
        ]}
      />
      {task.inputImages.length ? (
        <ul className="flex flex-wrap gap-3" aria-label={t('Input images')}>
          {task.inputImages.map((url, index) => (
            <li key={`${index}-${url}`}>
              <a href={url} target="_blank" rel="noreferrer noopener" className="block">
                <img
                  src={url}
                  alt={t('Input {number}', { number: index + 1 })}
                  className="h-40 max-w-full rounded object-contain ring-1 ring-slate-200"
                  referrerPolicy="no-referrer"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t('No input images.')}</p>
      )}
    </Box>
  );
}
