// A queue for one API origin: at most `concurrency` jobs running, at most `perSecond` started in
// any one-second window, and a pause switch. Hand-written rather than p-queue (about 4 KB gzip
// with its event emitter and timeout helpers) because the page's JS budget is tight and this is
// all the limiter needs; tests/unit/api/origin-queue.test.ts and request-limiter.test.ts pin its
// behaviour.
import { PRIORITY, type Priority } from './task-priority';

interface Job {
  start: () => void;
  /** Asked each time a job is picked: the lowest level goes first, then the oldest. */
  priority: () => Priority;
  /** Aborted while waiting: skipped, and dropped from the line at the next tidy-up. */
  dropped: boolean;
}

const inBackground = (): Priority => PRIORITY.background;

export class OriginQueue {
  concurrency: number;
  perSecond: number;
  #paused: boolean;
  #running = 0;
  /** In arrival order; dropped jobs stay until `#tidy` (removing each at once would be O(n²)). */
  #waiting: Job[] = [];
  #dropped = 0;
  #recentStarts: number[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor({
    concurrency,
    perSecond,
    paused = false,
  }: {
    concurrency: number;
    perSecond: number;
    paused?: boolean;
  }) {
    this.concurrency = concurrency;
    this.perSecond = perSecond;
    this.#paused = paused;
  }

  /** Jobs running now. */
  get pending(): number {
    return this.#running;
  }

  /** Jobs waiting their turn. */
  get size(): number {
    return this.#waiting.length - this.#dropped;
  }

  /**
   * Runs `task` when there is room; a job aborted while it waits never runs. When a slot frees
   * up, the waiting job whose `priority()` is lowest at that moment starts; among equals, the
   * one that came first.
   */
  add<T>(
    task: () => Promise<T>,
    { signal, priority = inBackground }: { signal?: AbortSignal; priority?: () => Priority } = {},
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        job.dropped = true;
        this.#dropped += 1;
        this.#tidy();
        reject(signal?.reason);
      };
      const job: Job = {
        priority,
        dropped: false,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          this.#running += 1;
          let result: Promise<T>;
          try {
            result = task();
          } catch (error) {
            result = Promise.reject(error);
          }
          result.then(resolve, reject).finally(() => {
            this.#running -= 1;
            this.#drain();
          });
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(job);
      this.#drain();
    });
  }

  pause(): void {
    this.#paused = true;
  }

  start(): void {
    this.#paused = false;
    this.#drain();
  }

  #drain(): void {
    if (this.#paused || this.#timer !== undefined) return;
    while (this.size > 0 && this.#running < this.concurrency) {
      const now = Date.now();
      // Starts older than a second leave the window (in place: nothing allocated per pick).
      const starts = this.#recentStarts;
      let kept = 0;
      for (let index = 0; index < starts.length; index++) {
        const at = starts[index] ?? now;
        if (now - at < 1000) starts[kept++] = at;
      }
      starts.length = kept;
      const oldest = this.#recentStarts[0];
      if (oldest !== undefined && this.#recentStarts.length >= this.perSecond) {
        // The budget for this second is spent: come back when the oldest start leaves it.
        this.#timer = setTimeout(
          () => {
            this.#timer = undefined;
            this.#drain();
          },
          oldest + 1000 - now,
        );
        return;
      }
      this.#recentStarts.push(now);
      this.#takeNext()?.start();
    }
  }

  /**
   * Removes and returns the job to start now: one pass over the line, no sorting and nothing
   * allocated, so a pick stays cheap with ten thousand waiting. Levels are read now, not when
   * the jobs were added: a task opened or scrolled into view moves its waiting request up.
   */
  #takeNext(): Job | undefined {
    const waiting = this.#waiting;
    let best = -1;
    let bestLevel: number = Number.POSITIVE_INFINITY;
    for (let index = 0; index < waiting.length; index++) {
      const job = waiting[index];
      if (job === undefined || job.dropped) continue;
      const level = job.priority();
      if (level < bestLevel) {
        best = index;
        bestLevel = level;
        if (level === PRIORITY.asked) break; // nothing goes before the first of these
      }
    }
    const job = waiting[best];
    if (job === undefined) return undefined;
    waiting.copyWithin(best, best + 1);
    waiting.pop();
    return job;
  }

  /** Drops aborted jobs from the line once they are half of it: O(1) per abort over time. */
  #tidy(): void {
    if (this.#dropped * 2 < this.#waiting.length) return;
    const waiting = this.#waiting;
    let kept = 0;
    for (const job of waiting) {
      if (!job.dropped) waiting[kept++] = job;
    }
    waiting.length = kept;
    this.#dropped = 0;
  }
}
