// How long a model's tasks usually take, from the finished tasks this browser has seen, and the
// time left of a task that reports no progress, from that. Pure functions only; keeping the
// durations (in IndexedDB) is the duration store's job.
import { formatNumber, t, tp } from '../lib/i18n';
import { isTerminal } from './readers/read-status';
import type { Snapshot } from './task-history';
import type { Task } from './task-model';

/**
 * Whose clock timed a finished task: the provider's own `created_at` and `completed_at`, or this
 * dashboard's (first seen unfinished → first seen succeeded), used when the body lacks either.
 */
type DurationBasis = 'provider' | 'seen';

export interface FinishedDuration {
  /** The id as pasted: a task counts once, however often it is seen finished. */
  id: string;
  /** Created to finished, in ms. */
  ms: number;
  basis: DurationBasis;
  /** When it finished (epoch ms): the newest are the ones kept. */
  finishedAt: number;
}

/** Durations kept per model: enough for a steady median, small enough to read in one go. */
export const MAX_DURATIONS_PER_MODEL = 50;
/** Finished tasks of a model needed before their durations say anything about the next one. */
export const MIN_FINISHED = 3;
/**
 * From this many durations on, "usually" is the middle half (25th–75th percentile), which one
 * odd task (a long queue, a retry) does not stretch. Below it the quartiles would only be
 * guesses between neighbouring samples, so the whole range seen is shown instead: wider, and
 * honest about how little there is to go on.
 */
const QUARTILES_FROM = 8;
/** Longer than this is a clock or parsing error (a zone read wrongly), not a video task. */
const MAX_DURATION_MS = 24 * 3_600_000;
/**
 * Seen-basis durations end when the dashboard first saw the task finished. A gap this long
 * since it last saw the task unfinished means nobody was watching (a hidden tab sends nothing,
 * and even a stalled task is asked every 5 minutes): the end is unknown, so it is not counted.
 */
const MAX_UNWATCHED_MS = 10 * 60_000;
/** A provider's `created_at` may run a little ahead of the browser's clock, not more. */
const CLOCK_TOLERANCE_MS = 60_000;

const plausible = (ms: number) => Number.isFinite(ms) && ms > 0 && ms <= MAX_DURATION_MS;

/**
 * How long a succeeded task took: from the provider's timestamps where the body has both, else
 * from the history (first snapshot unfinished, first one succeeded). Undefined when neither is
 * known, e.g. a task first seen already finished, from a body without times.
 */
export function finishedDuration(
  task: Pick<Task, 'id' | 'status' | 'createdAt' | 'completedAt'>,
  history: readonly Snapshot[],
): FinishedDuration | undefined {
  if (task.status !== 'succeeded') return undefined;
  const { id, createdAt, completedAt } = task;
  if (createdAt !== undefined && completedAt !== undefined && plausible(completedAt - createdAt)) {
    return { id, ms: completedAt - createdAt, basis: 'provider', finishedAt: completedAt };
  }
  const first = history[0];
  const end = history.findIndex((snapshot) => snapshot.status === 'succeeded');
  const succeeded = history[end];
  const lastUnfinished = history[end - 1];
  if (!first || !succeeded || !lastUnfinished || isTerminal(first.status)) return undefined;
  if (succeeded.at - lastUnfinished.at > MAX_UNWATCHED_MS) return undefined;
  const ms = succeeded.at - first.at;
  return plausible(ms) ? { id, ms, basis: 'seen', finishedAt: succeeded.at } : undefined;
}

/** Adds (or replaces, by task id) durations, keeping the newest `max` in finishing order. */
export function mergeDurations(
  kept: readonly FinishedDuration[],
  added: readonly FinishedDuration[],
  max = MAX_DURATIONS_PER_MODEL,
): FinishedDuration[] {
  const byId = new Map(kept.map((entry) => [entry.id, entry]));
  for (const entry of added) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => a.finishedAt - b.finishedAt).slice(-max);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What storage gave back, checked entry by entry: anything malformed is dropped, not trusted. */
export function parseDurations(value: unknown): FinishedDuration[] {
  if (!Array.isArray(value)) return [];
  const parsed: FinishedDuration[] = [];
  for (const entry of value) {
    if (!isRecord(entry)) continue;
    const { id, ms, basis, finishedAt } = entry;
    if (
      typeof id === 'string' &&
      id !== '' &&
      typeof ms === 'number' &&
      plausible(ms) &&
      (basis === 'provider' || basis === 'seen') &&
      typeof finishedAt === 'number' &&
      Number.isFinite(finishedAt)
    ) {
      parsed.push({ id, ms, basis, finishedAt });
    }
  }
  return mergeDurations([], parsed);
}

export interface KnownTypical {
  known: true;
  model: string;
  count: number;
  medianMs: number;
  /** "Usually": the middle half, or the whole range seen when there are few durations. */
  lowMs: number;
  highMs: number;
  spread: 'middle-half' | 'full-range';
  bases: Record<DurationBasis, number>;
}

export type Typical = KnownTypical | { known: false; model: string; count: number; reason: string };

/** Linear interpolation between the closest ranks, on sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] ?? 0;
  const above = sorted[Math.ceil(position)] ?? below;
  return below + (above - below) * (position - Math.floor(position));
}

/** How long `model`'s tasks usually take, or why that is not known. */
export function typicalDuration(model: string, durations: readonly FinishedDuration[]): Typical {
  const count = durations.length;
  if (count < MIN_FINISHED) {
    const values = { model, needed: MIN_FINISHED };
    const reason =
      count === 0
        ? t('no finished {model} tasks known in this browser yet; {needed} are needed', values)
        : tp(
            count,
            {
              one: 'only {count} finished {model} task known in this browser; {needed} are needed',
              other:
                'only {count} finished {model} tasks known in this browser; {needed} are needed',
            },
            values,
          );
    return { known: false, model, count, reason };
  }
  const sorted = durations.map((entry) => entry.ms).sort((a, b) => a - b);
  const middleHalf = count >= QUARTILES_FROM;
  return {
    known: true,
    model,
    count,
    medianMs: quantile(sorted, 0.5),
    lowMs: middleHalf ? quantile(sorted, 0.25) : (sorted[0] ?? 0),
    highMs: middleHalf ? quantile(sorted, 0.75) : (sorted[count - 1] ?? 0),
    spread: middleHalf ? 'middle-half' : 'full-range',
    bases: {
      provider: durations.filter((entry) => entry.basis === 'provider').length,
      seen: durations.filter((entry) => entry.basis === 'seen').length,
    },
  };
}

export interface TypicalEta {
  known: true;
  until: 'typical';
  typical: KnownTypical;
  /** Since the provider created it, or, without a creation time, since first seen here. */
  elapsedMs: number;
  elapsedFrom: 'created' | 'first-seen';
  /** The time left by the usual range; both 0 once the task is past it. */
  lowMs: number;
  highMs: number;
  /** Past the top of the usual range: "taking longer than usual", never a negative time. */
  overdue: boolean;
}

/**
 * The time left of an unfinished task from how long its model usually takes: the usual range
 * minus the time elapsed, never below zero.
 */
export function timeLeftFromTypical(
  typical: KnownTypical,
  { createdAt, firstSeenAt }: { createdAt: number | undefined; firstSeenAt: number | undefined },
  now: number,
): TypicalEta {
  const seen = firstSeenAt ?? now;
  // A creation time after the task was first seen is a clock that disagrees: not used.
  const fromCreated = createdAt !== undefined && createdAt <= seen + CLOCK_TOLERANCE_MS;
  const elapsedMs = Math.max(0, now - (fromCreated ? createdAt : seen));
  return {
    known: true,
    until: 'typical',
    typical,
    elapsedMs,
    elapsedFrom: fromCreated ? 'created' : 'first-seen',
    lowMs: Math.max(0, typical.lowMs - elapsedMs),
    highMs: Math.max(0, typical.highMs - elapsedMs),
    overdue: elapsedMs > typical.highMs,
  };
}

type Unit = 's' | 'min' | 'h';
const UNIT_MS: Record<Unit, number> = { s: 1_000, min: 60_000, h: 3_600_000 };

/** "40 s", "3 min", "2 h": the number through Intl, the unit's short word from the catalog. */
export function formatAmount(n: number, unit: Unit): string {
  if (unit === 's') return t('{n} s', { n });
  return unit === 'min' ? t('{n} min', { n }) : t('{n} h', { n });
}

/** The unit a duration reads best in: seconds below 90 s, minutes below 90 min, then hours. */
function unitOf(ms: number): Unit {
  if (ms < 90_000) return 's';
  return ms < 90 * 60_000 ? 'min' : 'h';
}

/** A duration rounded down or up to a readable step (5 s, a minute, an hour) in `unit`. */
function amount(
  ms: number,
  direction: 'down' | 'up',
  unit = unitOf(ms),
): { n: number; unit: Unit } {
  const round = direction === 'down' ? Math.floor : Math.ceil;
  const step = unit === 's' ? 5 : 1;
  return { n: round(ms / UNIT_MS[unit] / step) * step, unit };
}

/** "2–4 min", "40–55 s", "45 s–3 min", "about 3 min": a range that contains the exact one. */
export function formatSpan(lowMs: number, highMs: number): string {
  const high = amount(highMs, 'up');
  if (high.unit === 's' && high.n <= 10)
    return t('under {duration}', { duration: formatAmount(10, 's') });
  // The low end in the high end's unit where it is at least one of them: "1–3 min", not "60 s–3 min".
  const low = amount(lowMs, 'down', lowMs >= UNIT_MS[high.unit] ? high.unit : unitOf(lowMs));
  const highText = formatAmount(high.n, high.unit);
  if (low.unit !== high.unit) return `${formatAmount(low.n, low.unit)}–${highText}`;
  return low.n === high.n
    ? t('about {duration}', { duration: highText })
    : `${formatNumber(low.n)}–${highText}`;
}

/** "3:10", "1:02:05": elapsed time as a clock shows it. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** "usually 2–4 min" */
function describeUsual(typical: KnownTypical): string {
  return t('usually {span}', { span: formatSpan(typical.lowMs, typical.highMs) });
}

/** "usually 2–4 min for veo3.1-fast, from 14 earlier tasks" */
export function describeTypical(typical: KnownTypical): string {
  return t('usually {span} for {model}, from {count} earlier tasks', {
    span: formatSpan(typical.lowMs, typical.highMs),
    model: typical.model,
    count: typical.count,
  });
}

/** Which clock timed the earlier tasks. */
export function describeBases({ bases }: KnownTypical): string {
  if (bases.seen === 0) return t('timed by the provider’s created and completed times');
  if (bases.provider === 0)
    return t('timed from when this browser first saw each one until it saw it finish');
  return t('{provider} timed by the provider, {seen} by when this browser saw them', bases);
}

/** "1–3 min left", "up to 2 min left", "taking longer than usual". */
export function describeTypicalLeft(eta: TypicalEta): string {
  if (eta.overdue) return t('taking longer than usual');
  if (eta.highMs < 5_000) return t('done any moment now');
  const high = amount(eta.highMs, 'up');
  // Under one of the high end's units: "up to 3 min" reads better than "15 s–3 min".
  if (eta.lowMs < UNIT_MS[high.unit]) {
    return t('up to {duration} left', { duration: formatAmount(high.n, high.unit) });
  }
  return t('{duration} left', { duration: formatSpan(eta.lowMs, eta.highMs) });
}

/** For a list row: "usually 2–4 min · 1–3 min left", "usually 2–4 min · taking longer". */
export function describeTypicalShort(eta: TypicalEta): string {
  const left = eta.overdue ? t('taking longer') : describeTypicalLeft(eta);
  return `${describeUsual(eta.typical)} · ${left}`;
}

/** Under the bar: "3:10 elapsed · usually 2–4 min", "3:10 since first seen · usually 2–4 min". */
export function describeElapsed(eta: TypicalEta): string {
  const values = { clock: formatClock(eta.elapsedMs), usual: describeUsual(eta.typical) };
  return eta.elapsedFrom === 'created'
    ? t('{clock} elapsed · {usual}', values)
    : t('{clock} since first seen · {usual}', values);
}
