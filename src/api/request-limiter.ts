// The one limiter in the HTTP seam. Per API origin: at most N requests in flight and a budget of
// requests per second (origin-queue.ts does both); a 429 pauses the whole origin until the wait is over;
// a 401/403 pauses everything sent with that key until the key changes. While the page is hidden
// or the browser is offline, nothing is sent at all: requests wait in the queue. Waiting requests
// go in one order, whatever sends them: the open task and what the person asked for first, then
// the tasks on screen, then the rest (task-priority.ts).
import { OriginQueue } from './origin-queue';
import type { Priority } from './task-priority';

export interface LimiterSettings {
  maxInFlight: number;
  requestsPerSecond: number;
}

const DEFAULT_LIMITS: LimiterSettings = { maxInFlight: 4, requestsPerSecond: 2 };
/** When a 429 carries no readable Retry-After (many resellers expose no headers to the page). */
const DEFAULT_RATE_LIMIT_PAUSE_MS = 10_000;
const MAX_PAUSE_MS = 60_000;

export interface LimiterSnapshot {
  /** Origins paused by a 429, with the epoch ms when sending resumes. */
  rateLimited: ReadonlyArray<{ origin: string; until: number }>;
  /** Origins whose current key was refused (401/403). */
  keyRejected: readonly string[];
  /** False while the page is hidden or offline. */
  open: boolean;
}

interface OriginState {
  queue: OriginQueue;
  pausedUntil: number;
  resumeTimer: ReturnType<typeof setTimeout> | undefined;
  rejectedKey: string | undefined;
}

function perSecond(settings: LimiterSettings): number {
  return Math.max(1, Math.round(settings.requestsPerSecond));
}

export class KeyRejectedError extends Error {
  override readonly name = 'KeyRejectedError';
}

export class RequestLimiter {
  #settings: LimiterSettings;
  #origins = new Map<string, OriginState>();
  #open = true;
  #listeners = new Set<() => void>();
  #snapshot: LimiterSnapshot = { rateLimited: [], keyRejected: [], open: true };
  #now: () => number;

  constructor(settings: LimiterSettings = DEFAULT_LIMITS, now: () => number = Date.now) {
    this.#settings = settings;
    this.#now = now;
  }

  configure(settings: LimiterSettings): void {
    const changed =
      settings.maxInFlight !== this.#settings.maxInFlight ||
      settings.requestsPerSecond !== this.#settings.requestsPerSecond;
    this.#settings = settings;
    if (!changed) return;
    for (const state of this.#origins.values()) {
      state.queue.concurrency = settings.maxInFlight;
      state.queue.perSecond = perSecond(settings);
      // A higher budget may let waiting requests go now, unless the origin is held.
      if (this.#open && state.pausedUntil <= this.#now()) state.queue.start();
    }
  }

  /** A new key was saved: let requests through again and see what the provider says. */
  clearKeyRejections(): void {
    for (const state of this.#origins.values()) state.rejectedKey = undefined;
    this.#publish();
  }

  /**
   * Runs `send` when the origin has room in its budget, before the requests waiting with a
   * higher `priority()` (read at each pick; background when not given). Throws
   * KeyRejectedError, without sending, while this key is known to be refused by this origin.
   */
  async schedule<T>(
    origin: string,
    apiKey: string,
    send: () => Promise<T>,
    signal?: AbortSignal,
    priority?: () => Priority,
  ): Promise<T> {
    const state = this.#state(origin);
    if (state.rejectedKey !== undefined && state.rejectedKey === apiKey) {
      throw new KeyRejectedError(origin);
    }
    return state.queue.add(
      () => {
        // The key may have been refused while this request waited in line.
        if (state.rejectedKey !== undefined && state.rejectedKey === apiKey) {
          throw new KeyRejectedError(origin);
        }
        return send();
      },
      { signal, priority },
    );
  }

  /** A 429: nothing more goes to this origin until the wait is over. */
  pauseOrigin(origin: string, waitMs: number | undefined): void {
    const state = this.#state(origin);
    const wait = Math.min(Math.max(waitMs ?? DEFAULT_RATE_LIMIT_PAUSE_MS, 0), MAX_PAUSE_MS);
    const until = this.#now() + wait;
    if (until <= state.pausedUntil) return;
    state.pausedUntil = until;
    state.queue.pause();
    clearTimeout(state.resumeTimer);
    state.resumeTimer = setTimeout(() => {
      state.pausedUntil = 0;
      state.resumeTimer = undefined;
      if (this.#open) state.queue.start();
      this.#publish();
    }, wait);
    this.#publish();
  }

  /** A 401/403: everything with this key on this origin waits for a new key. */
  rejectKey(origin: string, apiKey: string): void {
    const state = this.#state(origin);
    if (state.rejectedKey === apiKey) return;
    state.rejectedKey = apiKey;
    this.#publish();
  }

  /** The page became hidden or went offline (false), or is visible and online again (true). */
  setOpen(open: boolean): void {
    if (open === this.#open) return;
    this.#open = open;
    for (const state of this.#origins.values()) {
      if (!open) state.queue.pause();
      else if (state.pausedUntil <= this.#now()) state.queue.start();
    }
    this.#publish();
  }

  /** Requests in flight and waiting, for tests and the benchmark. */
  load(origin: string): { inFlight: number; waiting: number } {
    const state = this.#origins.get(origin);
    return { inFlight: state?.queue.pending ?? 0, waiting: state?.queue.size ?? 0 };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): LimiterSnapshot => this.#snapshot;

  #state(origin: string): OriginState {
    let state = this.#origins.get(origin);
    if (!state) {
      state = {
        queue: this.#newQueue(!this.#open),
        pausedUntil: 0,
        resumeTimer: undefined,
        rejectedKey: undefined,
      };
      this.#origins.set(origin, state);
    }
    return state;
  }

  #newQueue(paused: boolean): OriginQueue {
    return new OriginQueue({
      concurrency: this.#settings.maxInFlight,
      perSecond: perSecond(this.#settings),
      paused,
    });
  }

  #publish(): void {
    const now = this.#now();
    this.#snapshot = {
      rateLimited: [...this.#origins]
        .filter(([, state]) => state.pausedUntil > now)
        .map(([origin, state]) => ({ origin, until: state.pausedUntil })),
      keyRejected: [...this.#origins]
        .filter(([, state]) => state.rejectedKey !== undefined)
        .map(([origin]) => origin),
      open: this.#open,
    };
    this.#listeners.forEach((listener) => listener());
  }
}

/** The page's limiter: the HTTP seam sends every request through it. */
export const requestLimiter = new RequestLimiter();
