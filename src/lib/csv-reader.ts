// CSV as spreadsheets save it back (RFC 4180, LF or CRLF, `;` or tab where the locale uses them),
// each record with the line of the file it starts on, so a problem can be pointed at. Writing it
// is in csv.ts.

/** A guard that `guardFormula` (csv.ts) put in front of a cell: one apostrophe, taken off. */
const GUARDED = /^'+[=+\-@\t\r]/;

export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

export interface CsvRow {
  /** The line of the text the record starts on, counting from 1. */
  line: number;
  fields: string[];
}

export type CsvReading =
  | { ok: true; rows: CsvRow[] }
  /** A quoted field never closed: where records end cannot be known past it. */
  | { ok: false; unclosedQuoteLine: number };

/** Reads every record; blank lines are left out. */
export function parseCsv(text: string, delimiter = ','): CsvReading {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  /** Whether the record being read has anything in it yet (a blank line does not). */
  let started = false;
  const endRow = () => {
    if (started) rows.push({ line: rowLine, fields: [...fields, field] });
    fields = [];
    field = '';
    started = false;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line += 1;
        field += char;
      }
      continue;
    }
    if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRow();
      line += 1;
      rowLine = line;
      continue;
    }
    started = true;
    if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else field += char;
  }
  if (quoted) return { ok: false, unclosedQuoteLine: quoteLine };
  endRow();
  return { ok: true, rows };
}
