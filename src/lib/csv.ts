// CSV as RFC 4180 writes it and as spreadsheets read it: a field with a delimiter, a quote or a
// line break in it is quoted, its quotes doubled; records end with CRLF. Reading it back is in
// csv-reader.ts (Export and Import load apart).

const NEEDS_QUOTES = /[",;\t\r\n]/;

/** One record, each field quoted where it must be. */
export function csvRecord(fields: readonly string[]): string {
  return fields
    .map((field) => (NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
    .join(',');
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such a cell gets a leading apostrophe, shown as it is and never run. A cell that already
 * starts with apostrophes before one of those gets one more, so `unguardFormula` (csv-reader.ts)
 * can tell a guard from the text's own apostrophe and every text comes back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
