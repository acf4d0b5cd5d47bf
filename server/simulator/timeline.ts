import type { CatalogueEntry } from './catalogue';

/** Where a task is in its life. Times are real epoch milliseconds, durations real milliseconds. */
export type TaskPhase =
  | { kind: 'queued'; position: number; remainingMs: number; elapsed: number; changedAt: number }
  | { kind: 'running'; progress: number; elapsed: number; changedAt: number; endsAt: number }
  | { kind: 'done'; progress: number; changedAt: number; runningAt: number };

// `elapsed` is the share of the phase's time gone by (0-1), for providers that report steps
// within a phase; `endsAt` lets them date those steps, and `runningAt` (when it began running)
// lets a finished task still say when it started.

export interface TaskClock {
  /** Real epoch ms when the id was first asked for. */
  startedAt: number;
  now: number;
  speed: number;
}

/**
 * The phase follows from elapsed time alone, so a poll never mutates a task: two clients polling
 * the same id see the same story, and a fake clock can jump anywhere in it.
 */
export function taskPhase(entry: CatalogueEntry, clock: TaskClock): TaskPhase {
  const { startedAt, speed } = clock;
  const simulatedMs = Math.max(0, clock.now - startedAt) * speed;
  const queuedMs = entry.queuedSeconds * 1000;
  const runningMs = entry.runningSeconds * 1000;
  // Reported times are real time, so a faster simulator also reports shorter waits.
  const realAt = (simMs: number) => Math.round(startedAt + simMs / speed);

  if (simulatedMs < queuedMs) {
    const slot = Math.floor((simulatedMs / queuedMs) * entry.queueStart);
    return {
      kind: 'queued',
      position: Math.max(1, entry.queueStart - slot),
      remainingMs: (queuedMs - simulatedMs) / speed,
      elapsed: simulatedMs / queuedMs,
      changedAt: startedAt,
    };
  }
  if (simulatedMs < queuedMs + runningMs) {
    const fraction = (simulatedMs - queuedMs) / runningMs;
    const curve = entry.progressCurve;
    const reported = curve?.length
      ? (curve[Math.min(curve.length - 1, Math.floor(fraction * curve.length))] ?? 0)
      : fraction;
    return {
      kind: 'running',
      progress: reported * entry.finalProgress,
      elapsed: fraction,
      changedAt: realAt(queuedMs),
      endsAt: realAt(queuedMs + runningMs),
    };
  }
  return {
    kind: 'done',
    progress: entry.finalProgress,
    changedAt: realAt(queuedMs + runningMs),
    runningAt: realAt(queuedMs),
  };
}

/** Whether the provider has forgotten the task, `expiresAfterSeconds` (simulated) after it ended. */
export function hasExpired(entry: CatalogueEntry, phase: TaskPhase, clock: TaskClock): boolean {
  if (entry.expiresAfterSeconds === undefined || phase.kind !== 'done') return false;
  return (clock.now - phase.changedAt) * clock.speed >= entry.expiresAfterSeconds * 1000;
}

/** When the task began running (real epoch ms), once it has. */
export function runningSince(phase: TaskPhase): number | undefined {
  switch (phase.kind) {
    case 'queued':
      return undefined;
    case 'running':
      return phase.changedAt;
    case 'done':
      return phase.runningAt;
  }
}
