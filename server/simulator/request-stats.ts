import type { MiddlewareHandler } from 'hono';
import { matchEndpoint } from './endpoints';

/** What a request to a task path was: a status poll, a media download, or something else. */
/**
 * What a request under a task path was: a status poll, a `search` (a poll the path answered "not
 * found" for an id it does not know: the client looking for the task's endpoint), a media
 * download, a preflight, or something else.
 */
export type RequestKind = 'poll' | 'search' | 'content' | 'preflight' | 'other';

/** A task's life on the simulator's clock, in real epoch milliseconds. */
export interface TaskTimes {
  /** When the task's clock started: its first request since the last `/sim/reset`. */
  firstSeenAt: number;
  /** When the task reaches its final status; a request at or after this sees it finished. */
  terminalAt: number;
}

interface TaskRequestStats {
  /** Every request for this id, of any kind. */
  requests: number;
  /** Requests for this id at a path that does not know it: the client looking for its endpoint. */
  notFound: number;
  /** Arrival times of its status polls (`GET /v1/videos/:id` and the like), oldest first. */
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
  /** Requests per path template (`/v1/videos/{id}`, `/kling/v1/videos/text2video/{id}`, …). */
  byEndpoint: Record<string, number>;
  /**
   * Requests answered with a path's "not found" for an id it does not know: unknown, or another
   * family's (404, or new-api's `task_not_exist` and DashScope's `UNKNOWN` on HTTP 200). A task
   * the provider has forgotten answers its own 404 and is not counted: that is polling.
   */
  notFound: number;
  inFlight: number;
  maxInFlight: number;
  /** Poll times not kept because the record was full; counts stay exact. */
  droppedPollTimes: number;
  tasks: Record<string, TaskRequestStats>;
}

interface TaskEntry {
  requests: number;
  notFound: number;
  pollTimes: number[];
}

/**
 * Keeps the record bounded when `npm start` runs for days with the dashboard polling: past this
 * many poll times only the counts go on growing. A benchmark of 1,000 tasks needs a few thousand.
 */
const DEFAULT_MAX_POLL_TIMES = 200_000;

/** Counts task traffic for benchmarks: how many, for which ids, when, how concurrent. */
export class RequestStats {
  readonly #now: () => number;
  readonly #maxPollTimes: number;
  #since: number;
  #total = 0;
  #byKind: Record<RequestKind, number> = { poll: 0, search: 0, content: 0, preflight: 0, other: 0 };
  #byEndpoint = new Map<string, number>();
  #notFound = 0;
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

  #task(id: string): TaskEntry {
    const task = this.#tasks.get(id) ?? { requests: 0, notFound: 0, pollTimes: [] };
    this.#tasks.set(id, task);
    return task;
  }

  /** Records a request as it arrives; call the returned function once it has been answered. */
  begin(kind: RequestKind, id: string | undefined, endpoint?: string): () => void {
    const at = this.#now();
    this.#total += 1;
    this.#byKind[kind] += 1;
    if (endpoint !== undefined) {
      this.#byEndpoint.set(endpoint, (this.#byEndpoint.get(endpoint) ?? 0) + 1);
    }
    if (id !== undefined) {
      const task = this.#task(id);
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

  /**
   * Records that a path answered "not found" for an id it does not know. A poll answered so was
   * part of the client's endpoint search, not a poll: it leaves the poll counts and times.
   */
  recordNotFound(id: string, kind: 'poll' | 'content'): void {
    this.#notFound += 1;
    const task = this.#task(id);
    task.notFound += 1;
    if (kind !== 'poll') return;
    this.#byKind.poll -= 1;
    this.#byKind.search += 1;
    // A task is searched for one path at a time, so its latest poll time is this request's.
    if (task.pollTimes.length > 0) {
      task.pollTimes.pop();
      this.#pollTimesKept -= 1;
    }
  }

  /** Starts counting afresh. Requests still open stay in flight and are the new maximum. */
  reset(): void {
    this.#since = this.#now();
    this.#total = 0;
    this.#byKind = { poll: 0, search: 0, content: 0, preflight: 0, other: 0 };
    this.#byEndpoint.clear();
    this.#notFound = 0;
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
        notFound: task.notFound,
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
      byEndpoint: Object.fromEntries(this.#byEndpoint),
      notFound: this.#notFound,
      inFlight: this.#inFlight,
      maxInFlight: this.#maxInFlight,
      droppedPollTimes: this.#droppedPollTimes,
      tasks,
    };
  }
}

/** Sorts a request into its kind and task id; undefined for a path no family is served at. */
function classifyTaskRequest(
  method: string,
  url: URL,
): { kind: RequestKind; id: string | undefined; endpoint: string } | undefined {
  const match = matchEndpoint(url);
  if (!match) return undefined;
  const { id, rest } = match;
  const endpoint = match.endpoint.template;
  if (method === 'OPTIONS') return { kind: 'preflight', id, endpoint };
  if (id !== undefined && rest === '' && method === 'GET') return { kind: 'poll', id, endpoint };
  if (id !== undefined && rest === '/content') return { kind: 'content', id, endpoint };
  return { kind: 'other', id, endpoint };
}

/** Mount before CORS, so preflights answered there are counted too. */
export function countRequests(stats: RequestStats): MiddlewareHandler {
  return async (c, next) => {
    const request = classifyTaskRequest(c.req.method, new URL(c.req.url));
    if (!request) return next();
    const end = stats.begin(request.kind, request.id, request.endpoint);
    try {
      await next();
    } finally {
      end();
    }
  };
}
