import { useId } from 'react';
import { intlCached, t } from '../../lib/i18n';

/**
 * For a bar without progress: how long the task has run against how long such tasks usually
 * take (all in ms), and the same in words.
 */
export interface ElapsedAgainstUsual {
  elapsedMs: number;
  lowMs: number;
  medianMs: number;
  highMs: number;
  text: string;
}

interface ProgressBarProps {
  /** 0-100, or undefined for "unknown" (an indeterminate bar). */
  value: number | undefined;
  label: string;
  tone?: ProgressTone;
  /** Shown under an indeterminate bar only: progress stays unknown, never a made-up number. */
  elapsed?: ElapsedAgainstUsual;
}

export type ProgressTone = 'active' | 'done' | 'failed' | 'ended';

const TONES: Record<ProgressTone, string> = {
  active: 'bg-indigo-500',
  done: 'bg-emerald-500',
  failed: 'bg-rose-400',
  ended: 'bg-slate-400',
};

/** How a bar looks for what a task is (its status, or why it is not known). */
export function progressTone(category: string): ProgressTone {
  if (category === 'succeeded') return 'done';
  if (category === 'failed' || category === 'not-found') return 'failed';
  if (category === 'cancelled' || category === 'expired') return 'ended';
  return 'active';
}

const percent = (ms: number, scaleMs: number) => `${Math.min(100, (ms / scaleMs) * 100)}%`;

/**
 * A thin track under the bar: the usual range as a band, the median as a tick, and the time
 * elapsed as a fill. Drawn only; the words beside it are what assistive technology reads.
 */
function ElapsedTrack({ elapsed }: { elapsed: ElapsedAgainstUsual }) {
  // Room past the usual range, so "longer than usual" shows as the fill passing the band.
  const scaleMs = Math.max(elapsed.highMs * 1.25, elapsed.elapsedMs, 1);
  const over = elapsed.elapsedMs > elapsed.highMs;
  return (
    <div aria-hidden="true" className="relative h-1 w-full rounded-full bg-slate-100">
      <div
        className="absolute inset-y-0 rounded-full bg-slate-300"
        style={{
          left: percent(elapsed.lowMs, scaleMs),
          width: percent(elapsed.highMs - elapsed.lowMs, scaleMs),
        }}
      />
      <div
        className={`absolute inset-y-0 left-0 rounded-full ${over ? 'bg-amber-500' : 'bg-indigo-500'}`}
        style={{ width: percent(elapsed.elapsedMs, scaleMs) }}
      />
      <div
        className="absolute -inset-y-0.5 w-0.5 bg-slate-600"
        style={{ left: percent(elapsed.medianMs, scaleMs) }}
      />
    </div>
  );
}

/** "45%", in the locale's way of writing a percentage. */
const percentOf = (rounded: number) =>
  intlCached('percent', (locale) => new Intl.NumberFormat(locale, { style: 'percent' })).format(
    rounded / 100,
  );

export function ProgressBar({ value, label, tone = 'active', elapsed }: ProgressBarProps) {
  const rounded = value === undefined ? undefined : Math.round(value);
  const shown = rounded === undefined ? undefined : percentOf(rounded);
  const descriptionId = useId();
  const working = tone === 'active';
  const timed = rounded === undefined ? elapsed : undefined;
  const bar = (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={rounded}
        aria-valuetext={shown ?? (working ? t('Progress unknown') : t('No progress'))}
        aria-describedby={timed ? descriptionId : undefined}
        className="relative h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        {rounded === undefined ? (
          // Only work in progress pulses; a task that ended without progress shows an empty bar.
          working ? (
            <div className="absolute inset-y-0 w-1/3 motion-safe:animate-pulse rounded-full bg-indigo-300" />
          ) : null
        ) : (
          <div
            className={`h-full rounded-full motion-safe:transition-[width] motion-safe:duration-500 ${TONES[tone]}`}
            style={{ width: `${rounded}%` }}
          />
        )}
      </div>
      <span
        className="w-10 shrink-0 text-right text-xs tabular-nums text-slate-600"
        aria-hidden="true"
      >
        {shown ?? (working ? '?' : '—')}
      </span>
    </div>
  );
  if (!timed) return bar;
  return (
    <div className="space-y-1">
      {bar}
      {/* The right margin matches the percentage's column, so the track lines up with the bar. */}
      <div className="pr-12">
        <ElapsedTrack elapsed={timed} />
      </div>
      <p id={descriptionId} className="text-xs tabular-nums text-slate-600">
        {timed.text}
      </p>
    </div>
  );
}
