// How long a task has left, estimated from its history: while running, from the progress rate;
// while queued, from how fast the queue position drains. The answer is a range, smoothed across
// updates so it does not jump, or "unknown" with the reason when there is too little to go on.
import { progressPoints, queuePoints, type Point, type Snapshot } from './task-history';
import type { Task } from './task-model';
import type { TaskStatus } from './readers/read-status';
import { formatNumber, t } from '../lib/i18n';
import {
  describeTypicalShort,
  formatAmount,
  timeLeftFromTypical,
  typicalDuration,
  type FinishedDuration,
  type TypicalEta,
} from './typical-duration';

export type Eta =
  | {
      known: true;
      /** What finishes when the range runs out: the whole task, or the wait in the queue. */
      until: 'done' | 'leaves-queue';
      lowMs: number;
      highMs: number;
    }
  | { known: false; reason: string };

/** Updates needed (and the time they must span) before any estimate is given. */
const MIN_POINTS = 3;
const MIN_SPAN_MS = 10_000;
/** Only the last few minutes of movement count: rates change as a task goes on. */
const WINDOW_MS = 5 * 60_000;
/** Each new estimate moves the shown one this far: high enough to follow, low enough not to jump. */
const SMOOTHING = 0.35;
/** The range around the measured rates, for the noise in a provider's progress. */
const RATE_MARGIN = 0.15;
/** Without any movement for this long, the old rate says nothing. */
const STILL_FOR_MS = 5 * 60_000;

interface Interval {
  low: number;
  high: number;
}

/** The snapshots since the task last entered `status`. */
function currentSpell(history: readonly Snapshot[], status: TaskStatus): Snapshot[] {
  let start = history.length;
  while (start > 0 && history[start - 1]?.status === status) start -= 1;
  return history.slice(start);
}

/** Running maximum: a reading that went backwards says nothing about the rate. */
function envelope(points: readonly Point[]): Point[] {
  let highest = -Infinity;
  return points.map(({ at, value }) => {
    highest = Math.max(highest, value);
    return { at, value: highest };
  });
}

function rate(from: Point | undefined, to: Point | undefined): number {
  if (!from || !to || to.at <= from.at) return 0;
  return (to.value - from.value) / (to.at - from.at);
}

/**
 * Finish-time intervals (absolute epoch ms) estimated after each point, smoothed. Absolute
 * times are what is smoothed: the remaining time shrinks on its own as the clock moves.
 */
function smoothedFinish(
  points: readonly Point[],
  remainingAt: (point: Point) => number,
): Interval | undefined {
  let smoothed: Interval | undefined;
  for (let index = MIN_POINTS - 1; index < points.length; index += 1) {
    const current = points[index];
    const first = points[0];
    if (!current || !first || current.at - first.at < MIN_SPAN_MS) continue;
    const windowStart = points.findIndex((point) => point.at >= current.at - WINDOW_MS);
    const overall = rate(points[Math.min(windowStart, index - 2)], current);
    const recent = rate(points[index - 2], current);
    if (overall <= 0) continue;
    const slow = Math.min(overall, recent > 0 ? recent : overall) * (1 - RATE_MARGIN);
    const fast = Math.max(overall, recent) * (1 + RATE_MARGIN);
    const remaining = remainingAt(current);
    const estimate = { low: current.at + remaining / fast, high: current.at + remaining / slow };
    smoothed = smoothed
      ? {
          low: smoothed.low + SMOOTHING * (estimate.low - smoothed.low),
          high: smoothed.high + SMOOTHING * (estimate.high - smoothed.high),
        }
      : estimate;
  }
  return smoothed;
}

function toEta(until: 'done' | 'leaves-queue', finish: Interval, now: number): Eta {
  const lowMs = Math.max(0, finish.low - now);
  return { known: true, until, lowMs, highMs: Math.max(lowMs, finish.high - now) };
}

function lastMove(points: readonly Point[]): number | undefined {
  for (let index = points.length - 1; index > 0; index -= 1) {
    const current = points[index];
    if (current && current.value !== points[index - 1]?.value) return current.at;
  }
  return points[0]?.at;
}

function runningEta(history: readonly Snapshot[], now: number): Eta {
  const spell = currentSpell(history, 'running');
  const points = envelope(progressPoints(spell));
  if (spell.length && points.length === 0) {
    return { known: false, reason: t('the provider reports no progress for this task') };
  }
  const moved = lastMove(points);
  if (moved !== undefined && now - moved > STILL_FOR_MS) {
    return { known: false, reason: t('its progress has not moved for over 5 minutes') };
  }
  const finish = smoothedFinish(points, (point) => 100 - point.value);
  if (!finish) {
    return { known: false, reason: t('it needs a few more updates to measure the rate') };
  }
  return toEta('done', finish, now);
}

function queuedEta(history: readonly Snapshot[], now: number): Eta {
  const spell = currentSpell(history, 'queued');
  // Positions count down; as a rising "drained" count they fit the same rate arithmetic.
  const positions = queuePoints(spell);
  const start = positions[0]?.value ?? 0;
  const drained = envelope(positions.map(({ at, value }) => ({ at, value: start - value })));
  const finish = smoothedFinish(drained, (point) => start - point.value);
  if (!finish) {
    return {
      known: false,
      reason: positions.length
        ? t('the queue has not moved enough to measure')
        : t('the provider gives no queue position'),
    };
  }
  return toEta('leaves-queue', finish, now);
}

/** The time left for a task, from its history; `undefined` once the task has finished. */
export function estimateTimeLeft(history: readonly Snapshot[], clock: number): Eta | undefined {
  const last = history[history.length - 1];
  if (!last) return { known: false, reason: t('nothing has been heard from the provider yet') };
  // A page's clock ticks every few seconds; it must never lag the newest answer.
  const now = Math.max(clock, last.at);
  if (last.status === 'running') return runningEta(history, now);
  if (last.status === 'queued') return queuedEta(history, now);
  if (last.status === 'unknown')
    return { known: false, reason: t('the provider’s status is unclear') };
  return undefined;
}

const SOON_MS = 5_000;

/** "40–50 s", "4–6 min", "about 3 min", "any moment now". */
export function formatEta(lowMs: number, highMs: number): string {
  if (highMs < SOON_MS) return t('any moment now');
  if (highMs < 90_000) {
    const low = Math.max(5, Math.floor(lowMs / 10_000) * 10);
    const high = Math.max(low + 10, Math.ceil(highMs / 10_000) * 10);
    return `${formatNumber(low)}–${formatAmount(high, 's')}`;
  }
  const low = Math.max(1, Math.floor(lowMs / 60_000));
  const high = Math.max(low, Math.ceil(highMs / 60_000));
  return low === high
    ? t('about {duration}', { duration: formatAmount(low, 'min') })
    : `${formatNumber(low)}–${formatAmount(high, 'min')}`;
}

/** A known estimate in a few words: "4–6 min left", "leaves the queue in 20–30 s". */
export function describeEta(eta: Extract<Eta, { known: true }>): string {
  const soon = eta.highMs < SOON_MS;
  const range = formatEta(eta.lowMs, eta.highMs);
  if (eta.until === 'done')
    return soon ? t('done any moment now') : t('{duration} left', { duration: range });
  return soon
    ? t('leaves the queue any moment now')
    : t('leaves the queue in {duration}', { duration: range });
}

/** The time left by either estimate: from the task's own progress, or from its model's past. */
export type TimeLeft = Eta | TypicalEta;

/**
 * The time left for a task. Progress (or a moving queue) is measured as before; a task that
 * reports no progress at all is compared with its model's finished tasks instead (`durations`,
 * undefined while they load), and says why when there are too few of them.
 */
export function estimateTaskTimeLeft(
  task: Pick<Task, 'progress' | 'model' | 'createdAt'>,
  history: readonly Snapshot[],
  durations: readonly FinishedDuration[] | undefined,
  clock: number,
): TimeLeft | undefined {
  const eta = estimateTimeLeft(history, clock);
  const last = history[history.length - 1];
  if (!eta || eta.known || task.progress !== undefined || durations === undefined) return eta;
  if (!last || (last.status !== 'running' && last.status !== 'queued')) return eta;
  if (!task.model) {
    return {
      known: false,
      reason: t('the provider reports no progress, nor which model this is to compare it with'),
    };
  }
  const typical = typicalDuration(task.model, durations);
  if (!typical.known)
    return {
      known: false,
      reason: t('no progress reported, and {reason}', { reason: typical.reason }),
    };
  return timeLeftFromTypical(
    typical,
    { createdAt: task.createdAt, firstSeenAt: history[0]?.at },
    Math.max(clock, last.at),
  );
}

/** A known time left in a few words, for a list row. */
export function describeTimeLeftShort(eta: Extract<TimeLeft, { known: true }>): string {
  return eta.until === 'typical' ? describeTypicalShort(eta) : describeEta(eta);
}
