import { useId, useState, type FormEvent } from 'react';
import { parseTaskIds, type ParsedTaskIds } from '../../domain/task-ids';
import { useTasksActions, useTrackedTasks } from '../../stores/tasks-store';
import { BATCH_NAME_MAX } from '../../stores/task-list-merge';
import { tabStorage } from '../../stores/web-storage';
import { formatList, t, tp } from '../../lib/i18n';
import { ImportTasks } from './transfer/import-control';

/** An example in the placeholder and the empty box's hint: ids are not translated. */
const EXAMPLE_ID = 'veo3.1-fast:1770350082-trii1OXZc3';

function describe(result: ParsedTaskIds): string[] {
  const lines: string[] = [];
  const added = result.accepted.length;
  if (added) lines.push(tp(added, { one: 'Added {count} task.', other: 'Added {count} tasks.' }));
  const duplicates = [...new Set(result.duplicates)];
  if (duplicates.length) {
    lines.push(
      tp(
        duplicates.length,
        {
          one: '{count} id was already in the list and skipped: {ids}.',
          other: '{count} ids were already in the list and skipped: {ids}.',
        },
        { ids: formatList(duplicates, 'conjunction', 'narrow') },
      ),
    );
  }
  if (result.invalid.length) {
    lines.push(
      tp(
        result.invalid.length,
        {
          one: '{count} entry is not a task id and stayed in the box: {entries}. Task ids look like veo3.1-fast:1770350082-…, grok:<uuid>, cgt-2025…, video_68d…, task_…, job-…, a long number or a UUID.',
          other:
            '{count} entries are not a task id and stayed in the box: {entries}. Task ids look like veo3.1-fast:1770350082-…, grok:<uuid>, cgt-2025…, video_68d…, task_…, job-…, a long number or a UUID.',
        },
        {
          entries: formatList(
            result.invalid.map((entry) => `“${entry}”`),
            'conjunction',
            'narrow',
          ),
        },
      ),
    );
  }
  if (result.withoutIds.length) {
    lines.push(
      tp(result.withoutIds.length, {
        one: '{count} pasted answer has no task id in id, task_id, data.task_id, output.task_id or task.id, and stayed in the box.',
        other:
          '{count} pasted answers have no task id in id, task_id, data.task_id, output.task_id or task.id, and stayed in the box.',
      }),
    );
  }
  return lines;
}

// What is typed but not yet added survives leaving the page and reloading the tab.
const DRAFT_KEY = 'sora-dashboard:task-ids-draft';

const BATCH_DRAFT_KEY = 'sora-dashboard:batch-name-draft';
const readDraft = () => tabStorage.read(DRAFT_KEY) ?? '';
const readBatchDraft = () => tabStorage.read(BATCH_DRAFT_KEY) ?? '';

/** Where storage is refused, the draft lives as long as the page. */
function writeDraft(value: string, key = DRAFT_KEY): void {
  if (value) tabStorage.write(key, value);
  else tabStorage.remove(key);
}

export function AddTasksForm() {
  const [text, setDraft] = useState(readDraft);
  const setText = (value: string) => {
    setDraft(value);
    writeDraft(value);
  };
  const [batch, setBatchDraft] = useState(readBatchDraft);
  const setBatch = (value: string) => {
    setBatchDraft(value);
    writeDraft(value, BATCH_DRAFT_KEY);
  };
  const [feedback, setFeedback] = useState<{ lines: string[]; isError: boolean }>();
  const tracked = useTrackedTasks();
  const { trackTasks } = useTasksActions();
  const feedbackId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setFeedback({
        lines: [t('Paste at least one task id, for example {id}.', { id: EXAMPLE_ID })],
        isError: true,
      });
      return;
    }
    const result = parseTaskIds(text, new Set(tracked.map((task) => task.id)));
    const batchName = batch.trim();
    trackTasks(result.accepted, { batch: batchName });
    // Nothing typed is lost: what could not be added stays in the box to be fixed.
    setText([...result.invalid, ...result.withoutIds].join('\n'));
    const lines = describe(result);
    if (result.accepted.length && batchName) {
      // The next paste starts a new batch unless named again.
      setBatch('');
      lines.splice(1, 0, t('In the batch “{batch}”.', { batch: batchName }));
    }
    setFeedback({ lines, isError: result.accepted.length === 0 });
  };

  return (
    <form
      onSubmit={submit}
      className="card space-y-2"
      aria-describedby={feedback ? feedbackId : undefined}
    >
      <label htmlFor="task-ids" className="block text-sm font-medium text-slate-800">
        {t('Task IDs')}
      </label>
      <textarea
        id="task-ids"
        name="task-ids"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t(
          '{examples}\nSeparate ids with spaces, commas or new lines, or paste a provider’s answer.',
          { examples: `${EXAMPLE_ID}, cgt-20250917121233-f4sg6…` },
        )}
        // Five lines on a phone: the two-line example wraps to five there and would be cut off.
        className="field font-mono max-sm:min-h-28"
        spellCheck={false}
        autoComplete="off"
      />
      <div className="flex flex-wrap items-start gap-3">
        <button type="submit" className="btn-primary">
          {t('Add tasks')}
        </button>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          {t('Batch name')}
          <input
            className="field w-44 py-1"
            value={batch}
            maxLength={BATCH_NAME_MAX}
            placeholder={t('optional')}
            autoComplete="off"
            onChange={(event) => setBatch(event.target.value)}
          />
        </label>
        <ImportTasks />
        <div
          id={feedbackId}
          role="status"
          className={`min-w-0 flex-1 text-sm ${feedback?.isError ? 'text-rose-700' : 'text-slate-700'}`}
        >
          {feedback?.lines.map((line) => (
            <p key={line} className="break-words">
              {line}
            </p>
          ))}
        </div>
      </div>
    </form>
  );
}
