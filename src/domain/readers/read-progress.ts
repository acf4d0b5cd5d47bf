// Progress, however a provider writes it: `progress` 0-100 or "45%", `progress_pct` as a 0-1
// fraction, `metadata.progressPercent`. Nothing reported is undefined, never a guess.
import { asNumber, asText, at, firstOf } from '../../lib/json-reader';
import type { BodyLevels } from './body-levels';

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function percentFromText(text: string): number | undefined {
  const percent = Number(text.replace(/\s*%$/, ''));
  if (!Number.isFinite(percent)) return undefined;
  const isFraction = !text.endsWith('%') && percent > 0 && percent < 1;
  return clampPercent(isFraction ? percent * 100 : percent);
}

export function readProgress({ top, root, detail, pending }: BodyLevels): number | undefined {
  const fraction = firstOf(
    asNumber,
    pending?.['progress_pct'],
    detail?.['progress_pct'],
    root['progress_pct'],
  );
  // `progress_pct` is a fraction, but some send percent in it.
  if (fraction !== undefined) return clampPercent(fraction <= 1 ? fraction * 100 : fraction);
  const percentText = firstOf(
    asText,
    root['progress'],
    pending?.['progress'],
    at(root, 'metadata', 'progressPercent'),
    at(top, 'metadata', 'progressPercent'),
  );
  return percentText === undefined ? undefined : percentFromText(percentText);
}

/** Whether the body has a progress field at all, even an empty one (a queued task is then 0 %). */
export function hasProgressField({ root, pending }: BodyLevels): boolean {
  return (
    'progress' in root || 'progress_pct' in root || (pending ? 'progress_pct' in pending : false)
  );
}
