import { useId, useState, type FormEvent } from 'react';
import { parseTaskIds, type ParsedTaskIds } from '../../domain/task-ids';
import { useTasksActions, useTrackedTasks } from '../../stores/tasks-store';
import { tabStorage } from '../../stores/web-storage';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function describe(result: ParsedTaskIds): string[] {
  const lines: string[] = [];
  if (result.accepted.length)
    lines.push(`Added ${plural(result.accepted.length, 'task', 'tasks')}.`);
  const duplicates = [...new Set(result.duplicates)];
  if (duplicates.length) {
    lines.push(
      `${plural(duplicates.length, 'id was', 'ids were')} already in the list and skipped: ${duplicates.join(', ')}.`,
    );
  }
  if (result.invalid.length) {
    lines.push(
      `${plural(result.invalid.length, 'entry is', 'entries are')} not a task id and stayed in the box: ${result.invalid
        .map((entry) => `“${entry}”`)
        .join(
          ', ',
        )}. Task ids look like veo3.1-fast:1770350082-…, grok:<uuid>, cgt-2025…, video_68d…, task_…, job-…, a long number or a UUID.`,
    );
  }
  if (result.withoutIds.length) {
    lines.push(
      `${plural(result.withoutIds.length, 'pasted answer has', 'pasted answers have')} no task id in id, task_id, data.task_id, output.task_id or task.id, and stayed in the box.`,
    );
  }
  return lines;
}

// What is typed but not yet added survives leaving the page and reloading the tab.
const DRAFT_KEY = 'sora-dashboard:task-ids-draft';

const readDraft = () => tabStorage.read(DRAFT_KEY) ?? '';

/** Where storage is refused, the draft lives as long as the page. */
function writeDraft(value: string): void {
  if (value) tabStorage.write(DRAFT_KEY, value);
  else tabStorage.remove(DRAFT_KEY);
}

export function AddTasksForm() {
  const [text, setDraft] = useState(readDraft);
  const setText = (value: string) => {
    setDraft(value);
    writeDraft(value);
  };
  const [feedback, setFeedback] = useState<{ lines: string[]; isError: boolean }>();
  const tracked = useTrackedTasks();
  const { trackTasks } = useTasksActions();
  const feedbackId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setFeedback({
        lines: ['Paste at least one task id, for example veo3.1-fast:1770350082-trii1OXZc3.'],
        isError: true,
      });
      return;
    }
    const result = parseTaskIds(text, new Set(tracked.map((task) => task.id)));
    trackTasks(result.accepted);
    // Nothing typed is lost: what could not be added stays in the box to be fixed.
    setText([...result.invalid, ...result.withoutIds].join('\n'));
    setFeedback({ lines: describe(result), isError: result.accepted.length === 0 });
  };

  return (
    <form
      onSubmit={submit}
      className="card space-y-2"
      aria-describedby={feedback ? feedbackId : undefined}
    >
      <label htmlFor="task-ids" className="block text-sm font-medium text-slate-800">
        Task IDs
      </label>
      <textarea
        id="task-ids"
        name="task-ids"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={
          'veo3.1-fast:1770350082-trii1OXZc3, cgt-20250917121233-f4sg6…\nSeparate ids with spaces, commas or new lines, or paste a provider’s answer.'
        }
        // Five lines on a phone: the two-line example wraps to five there and would be cut off.
        className="field font-mono max-sm:min-h-28"
        spellCheck={false}
        autoComplete="off"
      />
      <div className="flex flex-wrap items-start gap-3">
        <button type="submit" className="btn-primary">
          Add tasks
        </button>
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
