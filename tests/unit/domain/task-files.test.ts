// The export files and reading them back: what a person keeps must come back as it was, and a
// spreadsheet must neither garble nor run it.
import { describe, expect, it } from 'vitest';
import { parseCsv, unguardFormula } from '../../../src/lib/csv-reader';
import { at } from '../../../src/lib/json-reader';
import { parseTask } from '../../../src/domain/task-model';
import {
  exportableVideoUrl,
  exportCsv,
  exportJson,
  type ExportedTask,
} from '../../../src/domain/task-export';
import { decodeImport, readImport } from '../../../src/domain/read-task-file';

const ADDED = Date.parse('2026-03-01T08:00:00.000Z');

const TASKS: ExportedTask[] = [
  {
    id: 'veo3.1-fast:1770350082-trii1OXZc3',
    batch: '猫, "dusk"',
    status: 'succeeded',
    model: 'veo3.1-fast',
    prompt: '一只猫在黄昏时分走过屋顶，镜头缓缓推进。\nSecond line, with "quotes", commas',
    createdAt: Date.parse('2026-03-01T07:59:00.000Z'),
    addedAt: ADDED,
    videoUrl: 'https://cdn.example.com/cat.mp4',
  },
  { id: 'cgt-20250917121233-f4sg6', prompt: '=HYPERLINK("http://evil","click")', addedAt: ADDED },
  { id: '867283741759111202', batch: '+plus', prompt: "-1 and '@at", addedAt: ADDED + 1 },
  { id: 'video_68d7512d', status: 'not-found', addedAt: ADDED + 2 },
];

describe('the CSV export', () => {
  const csv = exportCsv(TASKS);

  it('starts with a byte order mark and a header, and ends records with CRLF', () => {
    expect(csv.startsWith('\uFEFFid,batch,status,model,prompt,created,added,video_url\r\n')).toBe(
      true,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('holds every field as it was: commas, quotes, line breaks, Chinese', () => {
    const read = parseCsv(csv.slice(1));
    expect(read.ok).toBe(true);
    const rows = read.ok ? read.rows.slice(1).map((row) => row.fields.map(unguardFormula)) : [];
    expect(rows[0]).toEqual([
      TASKS[0]?.id,
      '猫, "dusk"',
      'succeeded',
      'veo3.1-fast',
      TASKS[0]?.prompt,
      '2026-03-01T07:59:00.000Z',
      '2026-03-01T08:00:00.000Z',
      'https://cdn.example.com/cat.mp4',
    ]);
    expect(rows[3]).toEqual([
      'video_68d7512d',
      '',
      'not-found',
      '',
      '',
      '',
      '2026-03-01T08:00:00.002Z',
      '',
    ]);
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    const read = parseCsv(csv.slice(1));
    const cells = read.ok ? read.rows.flatMap((row) => row.fields) : [];
    expect(cells).toContain(`'=HYPERLINK("http://evil","click")`);
    expect(cells).toContain("'+plus");
    expect(cells).toContain("'-1 and '@at");
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('reads back the same ids, batches and added times, in the same order', () => {
    expect(readImport(csv)).toEqual({
      ok: true,
      problems: [],
      tasks: TASKS.map(({ id, batch, addedAt }) =>
        batch ? { id, batch, addedAt } : { id, addedAt },
      ),
    });
  });
});

describe('the JSON export', () => {
  it('names its format and reads back the same ids, batches and added times', () => {
    const json = exportJson(TASKS, ADDED);
    const parsed: unknown = JSON.parse(json);
    expect(parsed).toMatchObject({
      format: 'reelwatch-tasks',
      version: 1,
      exportedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(at(parsed, 'tasks', 0)).toEqual({
      id: TASKS[0]?.id,
      batch: TASKS[0]?.batch,
      status: 'succeeded',
      model: 'veo3.1-fast',
      prompt: TASKS[0]?.prompt,
      created: '2026-03-01T07:59:00.000Z',
      added: '2026-03-01T08:00:00.000Z',
      videoUrl: 'https://cdn.example.com/cat.mp4',
    });
    expect(readImport(json)).toEqual({
      ok: true,
      problems: [],
      tasks: TASKS.map(({ id, batch, addedAt }) =>
        batch ? { id, batch, addedAt } : { id, addedAt },
      ),
    });
  });

  it('never holds the key: nothing but the fields it is given', () => {
    const json = exportJson([{ id: 'video_1', addedAt: ADDED }], ADDED);
    expect(at(JSON.parse(json), 'tasks', 0)).toEqual({
      id: 'video_1',
      added: '2026-03-01T08:00:00.000Z',
    });
  });
});

describe('reading an import', () => {
  it('reads a plain list of ids, one per line, naming the lines it cannot read', () => {
    expect(
      readImport('video_1\r\n\r\n  task_abcdef12  \nhello world\nvideo_1\n8.67284E+17\n'),
    ).toEqual({
      ok: true,
      tasks: [{ id: 'video_1' }, { id: 'task_abcdef12' }],
      problems: [
        'Line 4: “hello world” is not a task id.',
        'Line 5: video_1 is listed again (first on line 1); it is taken once.',
        'Line 6: “8.67284E+17” is a long number that a spreadsheet has rounded. Import the file as exported (not saved again from the spreadsheet), or the JSON export.',
      ],
    });
  });

  it('reads a CSV by its header, in any column order, with ; as Excel saves it in some locales', () => {
    const text = 'Batch;ID;note\n"a;b";video_1;x\n;video_2;\n;;only a note\n';
    expect(readImport(text)).toEqual({
      ok: true,
      tasks: [{ id: 'video_1', batch: 'a;b' }, { id: 'video_2' }],
      problems: ['Line 4 has no task id.'],
    });
  });

  it('counts lines of a CSV as the file has them, quoted line breaks included', () => {
    const text = 'id,prompt,added\nvideo_1,"two\nlines",yesterday\nnope,x,\n';
    expect(readImport(text)).toEqual({
      ok: true,
      tasks: [{ id: 'video_1' }],
      problems: [
        'Line 2: the added date “yesterday” is not a date; the task counts as added now.',
        'Line 4: “nope” is not a task id.',
      ],
    });
  });

  it('refuses a CSV whose quote never closes, and JSON that is not JSON, as a whole', () => {
    expect(readImport('id\nvideo_1\n"video_2\n')).toEqual({
      ok: false,
      reason: 'A quoted value that starts on line 3 is never closed, so nothing was imported.',
    });
    expect(readImport('{"tasks": [')).toEqual({
      ok: false,
      reason: 'The file starts like JSON but is not valid JSON, so nothing was imported.',
    });
    expect(readImport('{"ids": []}')).toMatchObject({ ok: false });
    expect(readImport('\n\n')).toEqual({ ok: false, reason: 'The file has no task ids in it.' });
  });

  it('reads a JSON list of ids or of tasks, naming the entries it cannot read', () => {
    expect(
      readImport('["video_1", {"id": "video_2", "batch": "b"}, {"name": "x"}, "nope"]'),
    ).toEqual({
      ok: true,
      tasks: [{ id: 'video_1' }, { id: 'video_2', batch: 'b' }],
      problems: [
        'Task 3 in the file has no task id.',
        'Task 4 in the file: “nope” is not a task id.',
      ],
    });
  });

  it('decodes UTF-8 with a byte order mark, GB 18030 as Excel on Chinese Windows saves, and refuses binary', () => {
    const utf8 = new TextEncoder().encode('\uFEFFid,batch\nvideo_1,猫\n');
    expect(readImport(decodeImport(utf8) ?? '')).toMatchObject({ tasks: [{ batch: '猫' }] });
    // "id,batch\nvideo_1,你好" in GB 18030: 你好 is C4 E3 BA C3 (not UTF-8).
    const gb = Uint8Array.from([
      ...new TextEncoder().encode('id,batch\nvideo_1,'),
      ...[0xc4, 0xe3, 0xba, 0xc3],
    ]);
    expect(readImport(decodeImport(gb) ?? '')).toMatchObject({ tasks: [{ batch: '你好' }] });
    expect(decodeImport(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toBeUndefined();
  });
});

describe('the video link in an export', () => {
  const task = (body: object) =>
    parseTask({ id: 'video_1', status: 'completed', ...body }, 'video_1');

  it('is kept where it is the file’s plain address', () => {
    expect(exportableVideoUrl(task({ video_url: 'https://cdn.example.com/v.mp4' }))).toBe(
      'https://cdn.example.com/v.mp4',
    );
  });

  it('is left out where it is signed or expires, or needs the key', () => {
    for (const url of [
      'https://bucket.s3.amazonaws.com/v.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc',
      'https://x.blob.core.windows.net/v.mp4?se=2030-01-01T00%3A00%3A00Z&sig=abc',
      'https://cdn.example.com/v.mp4?token=abc',
    ]) {
      expect(exportableVideoUrl(task({ video_url: url })), url).toBeUndefined();
    }
    expect(
      exportableVideoUrl(
        task({ video_url: 'https://cdn.example.com/v.mp4', expires_at: 1_900_000_000 }),
      ),
    ).toBeUndefined();
    expect(exportableVideoUrl(task({ object: 'video' }))).toBeUndefined();
  });
});
