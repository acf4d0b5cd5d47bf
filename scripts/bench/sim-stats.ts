// Reads the simulator's request record (`GET /sim/stats`) and derives the benchmark's request
// figures from it. All times are the server's epoch milliseconds.

interface TaskRecord {
  requests: number;
  /** Requests for this id at a path that did not know it: the client's endpoint search. */
  notFound: number;
  pollTimes: number[];
  firstSeenAt: number | null;
  terminalAt: number | null;
}

export interface StatsSnapshot {
  now: number;
  total: number;
  polls: number;
  /** Requests answered "not found" for an id the path does not know (not a forgotten task). */
  notFound: number;
  inFlight: number;
  maxInFlight: number;
  droppedPollTimes: number;
  tasks: Map<string, TaskRecord>;
}

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`/sim/stats: ${what} is not a number`);
  }
  return value;
}

function numOrNull(value: unknown, what: string): number | null {
  return value === null ? null : num(value, what);
}

function parseStats(body: unknown): StatsSnapshot {
  if (!isRecord(body) || !isRecord(body.tasks) || !isRecord(body.byKind)) {
    throw new Error('/sim/stats did not answer the expected object; is the simulator current?');
  }
  const tasks = new Map<string, TaskRecord>();
  for (const [id, raw] of Object.entries(body.tasks)) {
    if (!isRecord(raw) || !Array.isArray(raw.pollTimes)) throw new Error(`/sim/stats: bad ${id}`);
    tasks.set(id, {
      requests: num(raw.requests, `${id}.requests`),
      notFound: num(raw.notFound, `${id}.notFound`),
      pollTimes: raw.pollTimes.map((time, index) => num(time, `${id}.pollTimes[${index}]`)),
      firstSeenAt: numOrNull(raw.firstSeenAt, `${id}.firstSeenAt`),
      terminalAt: numOrNull(raw.terminalAt, `${id}.terminalAt`),
    });
  }
  return {
    now: num(body.now, 'now'),
    total: num(body.total, 'total'),
    polls: num(body.byKind.poll, 'byKind.poll'),
    notFound: num(body.notFound, 'notFound'),
    inFlight: num(body.inFlight, 'inFlight'),
    maxInFlight: num(body.maxInFlight, 'maxInFlight'),
    droppedPollTimes: num(body.droppedPollTimes, 'droppedPollTimes'),
    tasks,
  };
}

export async function fetchStats(base: string): Promise<StatsSnapshot> {
  const response = await fetch(`${base}/sim/stats`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET /sim/stats answered ${response.status}`);
  return parseStats(await response.json());
}

export async function resetStats(base: string): Promise<void> {
  const response = await fetch(`${base}/sim/stats/reset`, {
    method: 'POST',
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`POST /sim/stats/reset answered ${response.status}`);
}

/** When the dashboard first asked after the task had finished: the poll that saw it finished. */
function seenFinishedAt(task: TaskRecord | undefined): number | undefined {
  if (task?.terminalAt == null) return undefined;
  const terminalAt = task.terminalAt;
  return task.pollTimes.find((time) => time >= terminalAt);
}

export function unfinishedIds(snapshot: StatsSnapshot, ids: readonly string[]): string[] {
  return ids.filter((id) => seenFinishedAt(snapshot.tasks.get(id)) === undefined);
}

/** When the last task was seen finished, or undefined while one has not been. */
export function allSeenFinishedAt(
  snapshot: StatsSnapshot,
  ids: readonly string[],
): number | undefined {
  let last = -Infinity;
  for (const id of ids) {
    const seen = seenFinishedAt(snapshot.tasks.get(id));
    if (seen === undefined) return undefined;
    last = Math.max(last, seen);
  }
  return last;
}

export function pollsAfter(snapshot: StatsSnapshot, time: number): number {
  let count = 0;
  for (const task of snapshot.tasks.values()) {
    count += task.pollTimes.filter((at) => at > time).length;
  }
  return count;
}

/** Polls of a task after the poll that already saw it finished, summed over the tasks. */
export function pollsOfFinishedTasks(snapshot: StatsSnapshot, ids: readonly string[]): number {
  let count = 0;
  for (const id of ids) {
    const task = snapshot.tasks.get(id);
    const seen = seenFinishedAt(task);
    if (task && seen !== undefined) count += task.pollTimes.filter((at) => at > seen).length;
  }
  return count;
}

/** Polls of one task closer than half a poll interval to its previous poll ("the same tick"). */
export function doublePolls(
  snapshot: StatsSnapshot,
  ids: readonly string[],
  pollIntervalMs: number,
): number {
  let count = 0;
  for (const id of ids) {
    const times = snapshot.tasks.get(id)?.pollTimes ?? [];
    for (let index = 1; index < times.length; index += 1) {
      const gap = (times[index] ?? 0) - (times[index - 1] ?? 0);
      if (gap < pollIntervalMs / 2) count += 1;
    }
  }
  return count;
}

export interface MinimumPolls {
  minimum: number;
  /** Each task's own minimum, in the order of the ids given. */
  perTask: number[];
  /** Ids the dashboard never asked for; each still counts one request in the minimum. */
  neverPolled: number;
}

/**
 * The fewest polls that could have followed every task to its end, given the dashboard's settings.
 *
 * A task is due once per effective interval from its first request until a request sees it
 * finished. The simulator starts a task's clock at its first request, so its unfinished life is
 * `terminalAt - firstSeenAt` whatever the dashboard does. The effective interval is the user's
 * poll interval P, unless the per-second budget R cannot go round all U unfinished tasks that
 * often: then it is U / R seconds (U counts tasks not yet started as well as started ones not yet
 * at their terminal time, and shrinks as they finish). Stepping from the first request by the
 * effective interval at each step, the task needs one request per step that starts before its
 * terminal time, plus one that sees it finished: with a constant interval I, that is
 * ceil((terminalAt - firstSeenAt) / I) + 1. An adaptive policy that waits longer than P while
 * nothing moves can come in under this minimum; more than it means wasted requests.
 *
 * A task that has reached its terminal time still owes that last request, and no dashboard can
 * know it finished before asking: so U counts it until the dashboard's request saw it finished
 * (or to the end, if none did). Counting it only to its terminal time would shorten the interval
 * whenever the rate is what limits, and ask for requests no dashboard could make.
 */
export function minimumPolls(
  snapshot: StatsSnapshot,
  ids: readonly string[],
  { pollIntervalMs, ratePerSecond }: { pollIntervalMs: number; ratePerSecond: number },
): MinimumPolls {
  const lives = ids.map((id) => {
    const task = snapshot.tasks.get(id);
    return {
      start: task?.firstSeenAt ?? Infinity,
      end: task?.terminalAt ?? Infinity,
      owedUntil: seenFinishedAt(task) ?? Infinity,
    };
  });
  const unfinishedAt = (time: number) =>
    lives.filter(({ start, owedUntil }) => start > time || owedUntil > time).length;
  const intervalAt = (time: number) =>
    Math.max(pollIntervalMs, (unfinishedAt(time) / ratePerSecond) * 1000);

  let neverPolled = 0;
  const perTask = lives.map(({ start, end }) => {
    if (!Number.isFinite(start) || !Number.isFinite(end)) {
      neverPolled += 1;
      return 1;
    }
    let requests = 1;
    for (let due = start; due < end; due += intervalAt(due)) requests += 1;
    return requests;
  });
  return { minimum: perTask.reduce((sum, n) => sum + n, 0), perTask, neverPolled };
}

/** The median time between two polls of the same task, or undefined with no task polled twice. */
export function medianPollGap(snapshot: StatsSnapshot, ids: readonly string[]): number | undefined {
  const gaps: number[] = [];
  for (const id of ids) {
    const times = snapshot.tasks.get(id)?.pollTimes ?? [];
    for (let index = 1; index < times.length; index += 1) {
      gaps.push((times[index] ?? 0) - (times[index - 1] ?? 0));
    }
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

/** Polls that arrived in `[from, to)`. */
export function pollsBetween(snapshot: StatsSnapshot, from: number, to: number): number {
  let count = 0;
  for (const task of snapshot.tasks.values()) {
    count += task.pollTimes.filter((at) => at >= from && at < to).length;
  }
  return count;
}

export interface KindBreakdown {
  tasks: number;
  polls: number;
  /** Requests of the endpoint search (paths that did not know the id). */
  searches: number;
  minimum: number;
  pollsAfterSeenFinished: number;
  neverSeenFinished: number;
}

/** The request figures per catalogue task (each id a fresh run of one), to see where they go. */
export function breakdownByKind(
  snapshot: StatsSnapshot,
  ids: readonly string[],
  perTaskMinimum: readonly number[],
  kindOf: (id: string) => string,
): Record<string, KindBreakdown> {
  const kinds: Record<string, KindBreakdown> = {};
  ids.forEach((id, index) => {
    const kind = kindOf(id);
    const row = (kinds[kind] ??= {
      tasks: 0,
      polls: 0,
      searches: 0,
      minimum: 0,
      pollsAfterSeenFinished: 0,
      neverSeenFinished: 0,
    });
    const task = snapshot.tasks.get(id);
    const seen = seenFinishedAt(task);
    row.tasks += 1;
    row.polls += task?.pollTimes.length ?? 0;
    row.searches += task?.notFound ?? 0;
    row.minimum += perTaskMinimum[index] ?? 0;
    if (seen === undefined) row.neverSeenFinished += 1;
    else row.pollsAfterSeenFinished += task?.pollTimes.filter((at) => at > seen).length ?? 0;
  });
  return kinds;
}
