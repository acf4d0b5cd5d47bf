// The benchmark's table on stdout and the same figures as JSON.
import { writeFile } from 'node:fs/promises';

export interface Figure {
  name: string;
  /** The measured value as printed. */
  value: string;
  budget: string;
  /** Undefined when the figure could not be measured or has no budget. */
  pass: boolean | undefined;
  /** The number the value shows, for tools reading the JSON. */
  measured: number | null;
  note?: string;
}

function verdict(figure: Figure): string {
  if (figure.pass === undefined) return figure.budget === '' ? 'info' : 'n/a';
  return figure.pass ? 'pass' : 'FAIL';
}

export function formatTable(figures: readonly Figure[]): string {
  const header = ['Figure', 'Value', 'Budget', 'Result'];
  const rows = figures.map((figure) => [figure.name, figure.value, figure.budget, verdict(figure)]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const notes = figures
    .filter((figure) => figure.note)
    .map((figure) => `- ${figure.name}: ${figure.note ?? ''}`);
  return [line(header), rule, ...rows.map(line), '', ...notes].join('\n');
}

export async function writeJson(path: string, data: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
export const count = (value: number) => value.toLocaleString('en-US');
