import { useId } from 'react';
import { t } from '../../../lib/i18n';

/** A run of frames, drawn as a bar (e.g. an inpaint item's source frames). */
export interface StripSpan {
  key: string;
  start: number;
  end: number;
}

/** A frame drawn as a thin line with a short visible label (e.g. the item's number). */
export interface StripTick {
  key: string;
  frame: number;
  label: string;
}

export type MarkTone = 'unsafe' | 'safe' | 'unclear';

/**
 * A frame drawn as a button that does something with it (e.g. a flagged frame: seek there).
 * Drawn 12 px wide; the button is 24 px wide, a finger's target, its padding left unpainted.
 */
export interface StripMark {
  key: string;
  frame: number;
  /** The button's accessible name, also its tooltip. */
  name: string;
  tone: MarkTone;
  onSelect: () => void;
  /** Set when selecting cannot do anything; the strip's legend then says why. */
  disabled?: boolean;
}

interface FrameStripProps {
  /** The video's length in frames (n_frames); the strip spans frames 0 … totalFrames − 1. */
  totalFrames: number;
  /** Names the strip as a group, e.g. "Inpaint items on the video's 150 frames". */
  label: string;
  /** A visible legend that says what the shapes mean; it also describes the group. */
  legend: string;
  spans?: readonly StripSpan[];
  ticks?: readonly StripTick[];
  marks?: readonly StripMark[];
}

const MARK_TONES: Record<MarkTone, string> = {
  unsafe: 'bg-rose-600 hover:bg-rose-700',
  safe: 'bg-emerald-600 hover:bg-emerald-700',
  unclear: 'bg-amber-500 hover:bg-amber-600',
};

function groupTicks(ticks: readonly StripTick[]): StripTick[] {
  const byFrame = new Map<number, StripTick>();
  for (const tick of ticks) {
    const seen = byFrame.get(tick.frame);
    byFrame.set(
      tick.frame,
      seen
        ? { ...seen, key: `${seen.key}|${tick.key}`, label: `${seen.label}, ${tick.label}` }
        : tick,
    );
  }
  return [...byFrame.values()];
}

const clampPercent = (value: number) => Math.min(100, Math.max(0, value));

/**
 * The video's length as a horizontal strip, with frame runs, ticks and clickable marks drawn
 * where they fall. Frames past the end are pinned to the end rather than dropped; the sections
 * say so in words. Pure divs: no chart library for a few rectangles.
 */
export function FrameStrip({
  totalFrames,
  label,
  legend,
  spans = [],
  ticks = [],
  marks = [],
}: FrameStripProps) {
  const legendId = useId();
  const percentAt = (frame: number) => clampPercent(((frame + 0.5) / totalFrames) * 100);
  const centre = (frame: number) => `${percentAt(frame)}%`;
  // Labels sit to the right of their line, except near the end where they would stick out.
  const labelSide = (frame: number) =>
    percentAt(frame) > 92 ? 'right-full mr-1' : 'left-full ml-1';
  // Items placed at the same frame share one tick, labelled "1, 2", so labels do not overlap.
  const tickGroups = groupTicks(ticks);

  return (
    <div role="group" aria-label={label} aria-describedby={legendId} className="space-y-1">
      <div className="relative h-12 rounded-md bg-slate-100 ring-1 ring-slate-200 ring-inset">
        {spans.map((span) => {
          const left = clampPercent((span.start / totalFrames) * 100);
          const right = clampPercent(((span.end + 1) / totalFrames) * 100);
          return (
            <div
              key={span.key}
              aria-hidden="true"
              className="absolute top-4 h-5 min-w-1 rounded-sm bg-indigo-300/80 ring-1 ring-indigo-500"
              style={{ left: `${left}%`, width: `${Math.max(0, right - left)}%` }}
            />
          );
        })}
        {tickGroups.map((tick) => (
          <div
            key={tick.key}
            aria-hidden="true"
            className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-indigo-800"
            style={{ left: centre(tick.frame) }}
          >
            <span
              className={`absolute top-0 ${labelSide(tick.frame)} text-[0.65rem] leading-4 font-semibold whitespace-nowrap text-indigo-900`}
            >
              {tick.label}
            </span>
          </div>
        ))}
        {marks.map((mark) => (
          <button
            key={mark.key}
            type="button"
            aria-label={mark.name}
            title={mark.name}
            onClick={mark.onSelect}
            disabled={mark.disabled}
            className={`absolute inset-y-1 w-6 -translate-x-1/2 rounded-sm bg-clip-content px-1.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${MARK_TONES[mark.tone]}`}
            style={{ left: centre(mark.frame) }}
          >
            {/* The frame number for the eye; the button's name already says it. */}
            <span
              className={`pointer-events-none absolute top-0 ${labelSide(mark.frame)} text-[0.65rem] leading-4 font-semibold text-slate-800 tabular-nums`}
            >
              {mark.frame}
            </span>
          </button>
        ))}
      </div>
      <div aria-hidden="true" className="flex justify-between text-xs text-slate-500 tabular-nums">
        <span>{t('Frame {frame}', { frame: 0 })}</span>
        <span>{t('Frame {frame}', { frame: totalFrames - 1 })}</span>
      </div>
      <p id={legendId} className="text-xs text-slate-600">
        {legend}
      </p>
    </div>
  );
}
