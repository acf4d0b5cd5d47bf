// CSV as spreadsheets write and read it (RFC 4180), and formulas that must never run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord, guardFormula } from '../../../src/lib/csv';
import { parseCsv, unguardFormula } from '../../../src/lib/csv-reader';

describe('writing CSV', () => {
  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ''])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\r",',
    );
  });

  it('quotes a semicolon or a tab too, which a spreadsheet in another locale splits on', () => {
    expect(csvRecord(['a;b', 'a\tb'])).toBe('"a;b","a\tb"');
  });
});

describe('reading CSV', () => {
  it('reads quoted fields across lines, with CRLF or LF, and says where each record starts', () => {
    const text = 'id,prompt\r\nvideo_1,"one\r\ntwo, ""three"""\r\n\r\nvideo_2,\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['id', 'prompt'] },
        { line: 2, fields: ['video_1', 'one\r\ntwo, "three"'] },
        { line: 5, fields: ['video_2', ''] },
      ],
    });
  });

  it('reads another delimiter, and a last record without a line break', () => {
    expect(parseCsv('a;"b;c"\nd;e', ';')).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['a', 'b;c'] },
        { line: 2, fields: ['d', 'e'] },
      ],
    });
  });

  it('says on which line a quoted field that never closes starts', () => {
    expect(parseCsv('id\nvideo_1\n"video_2\nvideo_3\n')).toEqual({
      ok: false,
      unclosedQuoteLine: 3,
    });
  });

  it('gives back every record it was given, whatever the fields hold', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ';', ' ', '中') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const text = rows.map((row) => csvRecord(row)).join('\r\n');
          const read = parseCsv(text);
          // A record of empty fields is written as a bare delimiter line, still a record.
          expect(read).toEqual({
            ok: true,
            rows: rows.map((fields) => expect.objectContaining({ fields })),
          });
        },
      ),
    );
  });
});

describe('formulas', () => {
  it('a cell that a spreadsheet would run gets an apostrophe in front', () => {
    for (const cell of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx']) {
      expect(guardFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['a=b', '', '中文 =1', "'quoted"]) expect(guardFormula(cell)).toBe(cell);
  });

  it('every text comes back as it was, its own apostrophes included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', 'a', '\t') }),
        (text) => {
          expect(unguardFormula(guardFormula(text))).toBe(text);
        },
      ),
    );
    expect(unguardFormula("'hello")).toBe("'hello");
  });
});
