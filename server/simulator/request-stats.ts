import type { MiddlewareHandler } from 'hono';

/** What a request under `/v1/videos/` was: a status poll, a media download, or something else. */
export type RequestKind = 'poll' | 'content' | 'preflight' | 'other';

/** A task's life on the simulator's clock, in real epoch milliseconds. */
export interface TaskTimes {
  /** When the task's clock started: its first request since the last `/sim/reset`. */
  firstSeenAt: number;
  /** When the task reaches its final status; a request at or after this sees it finished. */
  terminalAt: number;
}

export interface TaskRequestStats {
  /** Every request for this id, of any kind. */
  requests: number;
  /** Arrival times of its status polls (`GET /v1/videos/:id`), oldest first. */
  pollTimes: number[];
  firstSeenAt: number | null;
  terminalAt: number | null;
}

export interface RequestStatsSnapshot {
  /** The simulator's clock when the snapshot was taken, to compare the times below with. */
  now: number;
  /** When counting started: server start or the last reset. */
  since: number;
  total: number;
  byKind: Record<RequestKind, number>;
  inFlight: number;
  maxInFlight: number;
  /** Poll times not kept because the record was full; counts stay exact. */
  droppedPollTimes: number;
  tasks: Record<string, TaskRequestStats>;
}

interface TaskEntry {
  requests: number;
  pollTimes: number[];
}

/**
 * Keeps the record bounded when `npm start` runs for days with the dashboard polling: past this
 * many poll times only the counts go on growing. A benchmark of 1,000 tasks needs a few thousand.
 */
const DEFAULT_MAX_POLL_TIMES = 200_000;

/** Counts `/v1/videos/*` traffic for benchmarks: how many, for which ids, when, how concurrent. */
export class RequestStats {
  readonly #now: () => number;
  readonly #maxPollTimes: number;
  #since: number;
  #total = 0;
  #byKind: Record<RequestKind, number> = { poll: 0, content: 0, preflight: 0, other: 0 };
  #inFlight = 0;
  #maxInFlight = 0;
  #pollTimesKept = 0;
  #droppedPollTimes = 0;
  #tasks = new Map<string, TaskEntry>();

  constructor(now: () => number, maxPollTimes = DEFAULT_MAX_POLL_TIMES) {
    this.#now = now;
    this.#maxPollTimes = maxPollTimes;
    this.#since = now();
  }

  /** Records a request as it arrives; call the returned function once it has been answered. */
  begin(kind: RequestKind, id: string | undefined): () => void {
    const at = this.#now();
    this.#total += 1;
    this.#byKind[kind] += 1;
    if (id !== undefined) {
      const task = this.#tasks.get(id) ?? { requests: 0, pollTimes: [] };
      this.#tasks.set(id, task);
      task.requests += 1;
      if (kind === 'poll') {
        if (this.#pollTimesKept < this.#maxPollTimes) {
          task.pollTimes.push(at);
          this.#pollTimesKept += 1;
        } else {
          this.#droppedPollTimes += 1;
        }
      }
    }
    this.#inFlight += 1;
    this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#inFlight -= 1;
    };
  }

  /** Starts counting afresh. Requests still open stay in flight and are the new maximum. */
  reset(): void {
    this.#since = this.#now();
    this.#total = 0;
    this.#byKind = { poll: 0, content: 0, preflight: 0, other: 0 };
    this.#maxInFlight = this.#inFlight;
    this.#pollTimesKept = 0;
    this.#droppedPollTimes = 0;
    this.#tasks.clear();
  }

  snapshot(timesOf: (id: string) => TaskTimes | undefined): RequestStatsSnapshot {
    const tasks: Record<string, TaskRequestStats> = {};
    for (const [id, task] of this.#tasks) {
      const times = timesOf(id);
      tasks[id] = {
        requests: task.requests,
        pollTimes: [...task.pollTimes],
        firstSeenAt: times?.firstSeenAt ?? null,
        terminalAt: times?.terminalAt ?? null,
      };
    }
    return {
      now: this.#now(),
      since: this.#since,
      total: this.#total,
      byKind: { ...this.#byKind },
      inFlight: this.#inFlight,
      maxInFlight: this.#maxInFlight,
      droppedPollTimes: this.#droppedPollTimes,
      tasks,
    };
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Sorts a request under `/v1/videos/` into its kind and task id (undefined for the bare list). */
export function classifyVideoRequest(
  method: string,
  pathname: string,
): { kind: RequestKind; id: string | undefined } {
  const [rawId, ...rest] = pathname.replace(/^\/v1\/videos\/?/, '').split('/');
  const id = rawId ? decodeSegment(rawId) : undefined;
  if (method === 'OPTIONS') return { kind: 'preflight', id };
  if (id !== undefined && rest.length === 0 && method === 'GET') return { kind: 'poll', id };
  if (id !== undefined && rest.length === 1 && rest[0] === 'content')
    return { kind: 'content', id };
  return { kind: 'other', id };
}

/** Mount before CORS, so preflights answered there are counted too. */
export function countRequests(stats: RequestStats): MiddlewareHandler {
  return async (c, next) => {
    const { kind, id } = classifyVideoRequest(c.req.method, new URL(c.req.url).pathname);
    const end = stats.begin(kind, id);
    try {
      await next();
    } finally {
      end();
    }
  };
}
