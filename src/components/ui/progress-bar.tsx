interface ProgressBarProps {
  /** 0-100, or undefined for "unknown" (an indeterminate bar). */
  value: number | undefined;
  label: string;
  tone?: 'active' | 'done' | 'failed';
}

const TONES = {
  active: 'bg-indigo-500',
  done: 'bg-emerald-500',
  failed: 'bg-rose-400',
};

export function ProgressBar({ value, label, tone = 'active' }: ProgressBarProps) {
  const rounded = value === undefined ? undefined : Math.round(value);
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={rounded}
        aria-valuetext={rounded === undefined ? 'Progress unknown' : `${rounded}%`}
        className="relative h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        {rounded === undefined ? (
          <div className="absolute inset-y-0 w-1/3 animate-pulse rounded-full bg-indigo-300" />
        ) : (
          <div
            className={`h-full rounded-full transition-[width] duration-500 ${TONES[tone]}`}
            style={{ width: `${rounded}%` }}
          />
        )}
      </div>
      <span
        className="w-10 shrink-0 text-right text-xs tabular-nums text-slate-600"
        aria-hidden="true"
      >
        {rounded === undefined ? '?' : `${rounded}%`}
      </span>
    </div>
  );
}
