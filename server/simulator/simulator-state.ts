import type { FaultKind } from './catalogue';

interface PendingFault {
  fault: FaultKind;
  remaining: number;
}

/** Everything the simulator remembers between requests; `reset()` forgets it all. */
export class SimulatorState {
  readonly #startedAt = new Map<string, number>();
  readonly #requestCounts = new Map<string, number>();
  readonly #doneAnswers = new Map<string, number>();
  readonly #faults = new Map<string, PendingFault>();

  /** The task's clock starts the first time its id is asked for. */
  startClock(id: string, now: number): number {
    const existing = this.#startedAt.get(id);
    if (existing !== undefined) return existing;
    this.#startedAt.set(id, now);
    return now;
  }

  /** The start time without starting the clock: reading `/content` must not start a task. */
  clockStart(id: string): number | undefined {
    return this.#startedAt.get(id);
  }

  /** Counts requests for an id and returns the count including this one. */
  countRequest(id: string): number {
    const count = (this.#requestCounts.get(id) ?? 0) + 1;
    this.#requestCounts.set(id, count);
    return count;
  }

  /** Counts answers given once the task was done; 1 is the first finished answer. */
  countDoneAnswer(id: string): number {
    const count = (this.#doneAnswers.get(id) ?? 0) + 1;
    this.#doneAnswers.set(id, count);
    return count;
  }

  queueFault(id: string, fault: FaultKind, times: number): void {
    this.#faults.set(id, { fault, remaining: times });
  }

  /** Consumes one queued fault for the id, if any. */
  takeFault(id: string): FaultKind | undefined {
    const pending = this.#faults.get(id);
    if (!pending) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.#faults.delete(id);
    return pending.fault;
  }

  clearFaults(): void {
    this.#faults.clear();
  }

  reset(): void {
    this.#startedAt.clear();
    this.#requestCounts.clear();
    this.#doneAnswers.clear();
    this.#faults.clear();
  }
}
