// A queue for one API origin: at most `concurrency` jobs running, at most `perSecond` started in
// any one-second window, and a pause switch. Hand-written rather than p-queue (about 4 KB gzip
// with its event emitter and timeout helpers) because the page's JS budget is tight and this is
// all the limiter needs; tests/unit/api/request-limiter.test.ts pins its behaviour.

interface Job {
  start: () => void;
  /** Asked each time a job is picked: an urgent job goes before those queued ahead of it. */
  urgent?: () => boolean;
}

export class OriginQueue {
  concurrency: number;
  perSecond: number;
  #paused: boolean;
  #running = 0;
  #waiting: Job[] = [];
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
    return this.#waiting.length;
  }

  /**
   * Runs `task` when there is room; a job aborted while it waits never runs. A job whose
   * `urgent()` holds when a slot frees up starts before the others waiting.
   */
  add<T>(
    task: () => Promise<T>,
    { signal, urgent }: { signal?: AbortSignal; urgent?: () => boolean } = {},
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        this.#waiting = this.#waiting.filter((waiting) => waiting !== job);
        reject(signal?.reason);
      };
      const job: Job = {
        urgent,
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
    while (this.#waiting.length > 0 && this.#running < this.concurrency) {
      const now = Date.now();
      this.#recentStarts = this.#recentStarts.filter((at) => now - at < 1000);
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
      const urgent = this.#waiting.findIndex((waiting) => waiting.urgent?.() === true);
      (urgent > 0 ? this.#waiting.splice(urgent, 1)[0] : this.#waiting.shift())?.start();
    }
  }
}
