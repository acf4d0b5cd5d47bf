// Import, once a file is chosen (loaded only then): reads it, merges it into the list, and says
// what was added, what was there already, what the file would change and what it could not
// read, and why. A file that cannot be read changes nothing; a task already in the list keeps
// its batch unless the user says otherwise.
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { decodeImport, MAX_IMPORT_BYTES, readImport } from '../../../domain/read-task-file';
import { formatList, t, tp } from '../../../lib/i18n';
import { importTasks, type ImportResult } from '../../../stores/task-import';
import { useTasksActions } from '../../../stores/tasks-store';

type ImportOutcome =
  { ok: false; reason: string } | { ok: true; result: ImportResult; problems: string[] };

async function importFile(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      reason: t('The file is larger than 20 MB, too large for a list of tasks.'),
    };
  }
  let text: string | undefined;
  try {
    text = decodeImport(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, reason: t('The file could not be read. Choose it again.') };
  }
  if (text === undefined) {
    return {
      ok: false,
      reason: t(
        'The file is not text: choose the .json or .csv file that Export saved, or a text file with one task id per line.',
      ),
    };
  }
  const reading = readImport(text);
  if (!reading.ok) return reading;
  return { ok: true, result: importTasks(reading.tasks), problems: reading.problems };
}

let imports = 0;

/**
 * Imports the file chosen in `input` and shows what it did through `show`; its Close hides the
 * report and gives the focus back to the input.
 */
export async function importChosen(
  input: HTMLInputElement,
  show: (report?: ReactElement) => void,
): Promise<void> {
  const file = input.files?.[0];
  // The same file chosen again is imported again.
  input.value = '';
  if (!file) return;
  const outcome = await importFile(file);
  imports += 1;
  const close = () => {
    show(undefined);
    input.focus();
  };
  show(<ImportReport key={imports} fileName={file.name} outcome={outcome} onClose={close} />);
}

function Ids({ ids }: { ids: readonly string[] }) {
  return (
    <p className="mt-1 font-mono text-xs break-words">{formatList(ids, 'conjunction', 'narrow')}</p>
  );
}

function OtherBatches({ tasks }: { tasks: ImportResult['otherBatch'] }) {
  const { setBatch } = useTasksActions();
  const [applied, setApplied] = useState(false);
  const apply = () => {
    const byBatch = new Map<string, string[]>();
    for (const { id, incoming } of tasks) {
      const group = byBatch.get(incoming);
      if (group) group.push(id);
      else byBatch.set(incoming, [id]);
    }
    for (const [batch, ids] of byBatch) setBatch(ids, batch);
    setApplied(true);
  };
  return (
    <div className="space-y-1">
      <p>
        {tp(tasks.length, {
          one: '{count} of them is in another batch in the file. Its batch in your list was kept:',
          other:
            '{count} of them are in other batches in the file. Their batches in your list were kept:',
        })}
      </p>
      <ul className="list-disc pl-5">
        {tasks.map(({ id, batch, incoming }) => (
          <li key={id} className="break-words">
            {batch === undefined
              ? t('{id}: no batch in your list, “{incoming}” in the file', { id, incoming })
              : t('{id}: “{batch}” in your list, “{incoming}” in the file', {
                  id,
                  batch,
                  incoming,
                })}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn-secondary" disabled={applied} onClick={apply}>
          {t('Use the file’s batches')}
        </button>
        <span role="status">
          {applied
            ? tp(tasks.length, {
                one: 'Put {count} task in the file’s batch.',
                other: 'Put {count} tasks in the file’s batches.',
              })
            : null}
        </span>
      </div>
    </div>
  );
}

function ImportReport({
  fileName,
  outcome,
  onClose,
}: {
  fileName: string;
  outcome: ImportOutcome;
  onClose: () => void;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The report appears where nothing was: the focus goes to it, so it is heard and read first.
  useEffect(() => heading.current?.focus(), []);
  const result = outcome.ok ? outcome.result : undefined;
  return (
    <section
      aria-labelledby={headingId}
      className="basis-full space-y-2 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200"
    >
      <h3 id={headingId} ref={heading} tabIndex={-1} className="font-semibold focus:outline-none">
        {result?.added.length
          ? t('Imported “{file}”', { file: fileName })
          : t('Nothing was added from “{file}”', { file: fileName })}
      </h3>
      {outcome.ok ? null : <p className="text-rose-700">{outcome.reason}</p>}
      {result && result.added.length > 0 ? (
        <details>
          <summary className="cursor-pointer">
            {tp(result.added.length, { one: 'Added {count} task.', other: 'Added {count} tasks.' })}
          </summary>
          <Ids ids={result.added} />
        </details>
      ) : null}
      {result && result.present.length > 0 ? (
        <details>
          <summary className="cursor-pointer">
            {tp(result.present.length, {
              one: '{count} was already in the list and stays as it was.',
              other: '{count} were already in the list and stay as they were.',
            })}
          </summary>
          <Ids ids={result.present} />
        </details>
      ) : null}
      {result && result.otherBatch.length > 0 ? <OtherBatches tasks={result.otherBatch} /> : null}
      {outcome.ok && outcome.problems.length > 0 ? (
        <div>
          <p className="text-rose-700">
            {tp(outcome.problems.length, {
              one: '{count} entry could not be read and was left out:',
              other: '{count} entries could not be read and were left out:',
            })}
          </p>
          <ul className="list-disc pl-5 break-words">
            {outcome.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" className="btn-secondary" onClick={onClose}>
        {t('Close')}
      </button>
    </section>
  );
}
