// Reading a task list back in: the JSON or CSV that Export saves (task-export.ts), a list of
// tasks in either form, or a plain list of ids one per line, each problem named by its line.
// Pure; loaded when Import is given a file.
import { parseCsv, unguardFormula, type CsvRow } from '../lib/csv-reader';
import { at } from '../lib/json-reader';
import { t } from '../lib/i18n';
import { isTaskId } from './task-ids';

/** A task read from an import: its id, and its batch and added time where the file has them. */
interface ImportedTask {
  id: string;
  batch?: string;
  addedAt?: number;
}

export type ImportReading =
  | {
      ok: true;
      tasks: ImportedTask[];
      /** What could not be read, and why, each naming its line (or its place in a JSON list). */
      problems: string[];
    }
  | { ok: false; reason: string };

/** Larger than any list the dashboard keeps; a larger file is not a list of tasks. */
export const MAX_IMPORT_BYTES = 20_000_000;

/**
 * The file's text: UTF-8 (with or without a byte order mark), else GB 18030, which Excel on a
 * Chinese Windows saves CSV in. Undefined for a file that is not text.
 */
export function decodeImport(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
  return text.includes('\0') ? undefined : text;
}

/** Where a problem is: a line of a CSV or a list of ids, or a place in a JSON list. */
type Place = { line: number } | { entry: number };

const placeNumber = (place: Place) => ('line' in place ? place.line : place.entry);

const problemWords = {
  notAnId: (place: Place, id: string) =>
    'line' in place
      ? t('Line {number}: “{id}” is not a task id.', { number: place.line, id })
      : t('Task {number} in the file: “{id}” is not a task id.', { number: place.entry, id }),
  rounded: (place: Place, id: string) =>
    'line' in place
      ? t(
          'Line {number}: “{id}” is a long number that a spreadsheet has rounded. Import the file as exported (not saved again from the spreadsheet), or the JSON export.',
          { number: place.line, id },
        )
      : t(
          'Task {number} in the file: “{id}” is a long number that a spreadsheet has rounded. Import the file as exported (not saved again from the spreadsheet), or the JSON export.',
          { number: place.entry, id },
        ),
  numericId: (place: Place, id: string) =>
    t(
      'Task {number} in the file: the id {id} is written as a number, which JSON cannot hold exactly; write it in quotes.',
      { number: placeNumber(place), id },
    ),
  noId: (place: Place) =>
    'line' in place
      ? t('Line {number} has no task id.', { number: place.line })
      : t('Task {number} in the file has no task id.', { number: place.entry }),
  again: (place: Place, first: Place, id: string) =>
    'line' in place
      ? t('Line {number}: {id} is listed again (first on line {first}); it is taken once.', {
          number: place.line,
          first: placeNumber(first),
          id,
        })
      : t(
          'Task {number} in the file: {id} is listed again (first as task {first}); it is taken once.',
          { number: place.entry, first: placeNumber(first), id },
        ),
  badDate: (place: Place, added: string) =>
    'line' in place
      ? t('Line {number}: the added date “{added}” is not a date; the task counts as added now.', {
          number: place.line,
          added,
        })
      : t(
          'Task {number} in the file: the added date “{added}” is not a date; the task counts as added now.',
          { number: place.entry, added },
        ),
};

/**
 * Text, trimmed, or undefined for blank text and anything else. Not a number: an id written as a
 * JSON number past 2^53 (Kling, MiniMax) has already lost its last digits.
 */
function textOf(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? undefined : text;
}

/** What a spreadsheet makes of a long numeric id (Kling, MiniMax): `8.67284E+17`. */
const ROUNDED_NUMBER = /^\d+(\.\d+)?e\+?\d+$/i;

/** Collects tasks in file order, the first of a repeated id kept, each problem named. */
class ImportCollector {
  readonly tasks: ImportedTask[] = [];
  readonly problems: string[] = [];
  readonly #firstSeen = new Map<string, Place>();

  take(place: Place, id: string | undefined, batch?: string, added?: unknown): void {
    if (id === undefined) {
      this.problems.push(problemWords.noId(place));
      return;
    }
    if (!isTaskId(id)) {
      this.problems.push(
        ROUNDED_NUMBER.test(id) ? problemWords.rounded(place, id) : problemWords.notAnId(place, id),
      );
      return;
    }
    const first = this.#firstSeen.get(id);
    if (first) {
      this.problems.push(problemWords.again(place, first, id));
      return;
    }
    this.#firstSeen.set(id, place);
    const task: ImportedTask = { id };
    if (batch) task.batch = batch;
    const addedAt = readTime(added);
    if (addedAt !== undefined) task.addedAt = addedAt;
    else if (added !== undefined) {
      this.problems.push(problemWords.badDate(place, String(added)));
    }
    this.tasks.push(task);
  }

  reading(): ImportReading {
    if (this.tasks.length === 0 && this.problems.length === 0) {
      return { ok: false, reason: t('The file has no task ids in it.') };
    }
    return { ok: true, tasks: this.tasks, problems: this.problems };
  }
}

/** An ISO 8601 date and time, or milliseconds since 1970; undefined for anything else. */
function readTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  const text = textOf(value);
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isFinite(time) ? time : undefined;
}

function readJson(text: string): ImportReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: t('The file starts like JSON but is not valid JSON, so nothing was imported.'),
    };
  }
  const list = Array.isArray(value) ? value : at(value, 'tasks');
  if (!Array.isArray(list)) {
    return {
      ok: false,
      reason: t('The JSON has no list of tasks (an export has them under “tasks”).'),
    };
  }
  const collector = new ImportCollector();
  list.forEach((entry: unknown, index) => {
    const place = { entry: index + 1 };
    // A task, or its id alone.
    const id = typeof entry === 'object' && entry !== null ? at(entry, 'id') : entry;
    if (typeof id === 'number') collector.problems.push(problemWords.numericId(place, String(id)));
    else collector.take(place, textOf(id), textOf(at(entry, 'batch')), at(entry, 'added'));
  });
  return collector.reading();
}

const ID_COLUMNS = new Set(['id', 'task_id', 'task id']);

/** The columns of a CSV header this import reads, or undefined when the line is no such header. */
function readHeader(
  row: CsvRow | undefined,
): { id: number; batch: number; added: number } | undefined {
  const names = (row?.fields ?? []).map((field) => unguardFormula(field).trim().toLowerCase());
  const id = names.findIndex((name) => ID_COLUMNS.has(name));
  if (id === -1) return undefined;
  return { id, batch: names.indexOf('batch'), added: names.indexOf('added') };
}

function readCsv(text: string): ImportReading | undefined {
  const firstLine = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  // `;` and tab are what Excel saves CSV with where the comma is the decimal mark.
  const delimiter = [',', ';', '\t'].find((candidate) => {
    const header = parseCsv(firstLine, candidate);
    return header.ok && readHeader(header.rows[0]) !== undefined;
  });
  if (delimiter === undefined) return undefined;
  const csv = parseCsv(text, delimiter);
  if (!csv.ok) {
    return {
      ok: false,
      reason: t(
        'A quoted value that starts on line {number} is never closed, so nothing was imported.',
        { number: csv.unclosedQuoteLine },
      ),
    };
  }
  const [header, ...rows] = csv.rows;
  const columns = readHeader(header);
  if (!columns) return undefined;
  const collector = new ImportCollector();
  const cell = (row: CsvRow, index: number) =>
    index === -1 ? undefined : textOf(unguardFormula(row.fields[index] ?? ''));
  for (const row of rows) {
    collector.take(
      { line: row.line },
      cell(row, columns.id),
      cell(row, columns.batch),
      cell(row, columns.added),
    );
  }
  return collector.reading();
}

function readIdLines(text: string): ImportReading {
  const collector = new ImportCollector();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const id = line.trim();
    if (id !== '') collector.take({ line: index + 1 }, id);
  });
  return collector.reading();
}

/**
 * Reads an import: the JSON or CSV that Export saves (or a list of tasks in either form, ids in
 * an `id` column or field), else a plain list of ids, one per line.
 */
export function readImport(text: string): ImportReading {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') return readJson(body);
  return readCsv(body) ?? readIdLines(body);
}
