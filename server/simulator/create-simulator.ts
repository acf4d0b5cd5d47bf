import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { apiErrorBody } from '../http-errors';
import { apiPrefixes, matchEndpoint } from './endpoints';
import { contentRoutes } from './routes/content-routes';
import { mediaRoutes } from './routes/media-routes';
import { simRoutes } from './routes/sim-routes';
import { taskRoutes } from './routes/task-routes';
import { simulateLatency } from './latency';
import { countRequests, RequestStats, type TaskTimes } from './request-stats';
import { requireBearer } from './require-bearer';
import { findTaskAt } from './routes/task-lookup';
import { SimulatorState } from './simulator-state';
import { resolveTask } from './task-id';
import { taskPhase } from './timeline';

export interface SimulatorOptions {
  /** Simulated time runs this many times faster than real time. */
  speed?: number;
  /** The clock, injectable so tests can jump through a task's life. */
  now?: () => number;
  /** How long the `slow` fault holds a request, in real milliseconds. */
  slowFaultMs?: number;
  /**
   * How long every answer at a task path (`/v1/videos/*`, `/v1/video/query`, the vendor paths)
   * takes, in real milliseconds (give or take 10%), as a provider across the internet would;
   * 0 (the default) answers at once.
   */
  latencyMs?: number;
  /**
   * Many resellers expose no response headers to the page; the simulator exposes the retry
   * hints by default so the dashboard can honour them, and can be told to behave like those.
   */
  exposeRetryHeaders?: boolean;
}

/** The catalogue task a request is about, read from its path or `?id=`, if that path serves it. */
function taskOf(url: string) {
  const match = matchEndpoint(new URL(url));
  return match?.id === undefined ? undefined : findTaskAt(match.endpoint, match.id);
}

/**
 * A stand-in for the video APIs a dashboard meets: every family's task query at its own path
 * (`endpoints.ts`), the `/content` routes, media and the `/sim/*` control surface.
 */
export function createSimulator({
  speed = 1,
  now = Date.now,
  slowFaultMs = 20_000,
  latencyMs = 0,
  exposeRetryHeaders = true,
}: SimulatorOptions = {}): Hono {
  if (!(speed > 0)) throw new RangeError(`Simulator speed must be positive, got ${speed}.`);
  if (!(latencyMs >= 0 && Number.isFinite(latencyMs))) {
    throw new RangeError(`Simulator latency must be 0 or more milliseconds, got ${latencyMs}.`);
  }
  const state = new SimulatorState();
  const stats = new RequestStats(now);
  const app = new Hono();

  const timesOf = (id: string): TaskTimes | undefined => {
    const task = resolveTask(id);
    const firstSeenAt = state.clockStart(id);
    if (!task || firstSeenAt === undefined) return undefined;
    // A phase read at the end of time is the final one, and it knows when it began.
    const final = taskPhase(task.entry, {
      startedAt: firstSeenAt,
      now: Number.MAX_SAFE_INTEGER,
      speed,
    });
    return { firstSeenAt, terminalAt: final.changedAt };
  };

  const corsPolicy = cors({
    origin: '*',
    allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Forwarded-Host'],
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    exposeHeaders: exposeRetryHeaders ? ['Retry-After', 'retry-after-ms'] : [],
    maxAge: 600,
  });
  // Before CORS, which answers preflights itself. Counted first, so a request waiting out its
  // latency is in flight. Both only look at task paths.
  app.use('*', countRequests(stats));
  if (latencyMs > 0) {
    const latency = simulateLatency(latencyMs);
    app.use('*', (c, next) => (matchEndpoint(new URL(c.req.url)) ? latency(c, next) : next()));
  }
  for (const prefix of apiPrefixes) {
    // A task that stands for a provider without CORS gets no headers at all, preflight included.
    app.use(`${prefix}/*`, (c, next) =>
      taskOf(c.req.url)?.entry.noCorsHeaders ? next() : corsPolicy(c, next),
    );
    app.use(`${prefix}/*`, requireBearer);
  }
  app.use('/sim/*', corsPolicy);

  // A poll for an id its path does not know is the client's endpoint search; a download of one is
  // only counted.
  app.route(
    '/',
    taskRoutes({
      state,
      speed,
      now,
      slowFaultMs,
      onUnknownTask: (id) => stats.recordNotFound(id, 'poll'),
    }),
  );
  app.route(
    '/',
    contentRoutes({
      state,
      speed,
      now,
      onUnknownTask: (id) => stats.recordNotFound(id, 'content'),
    }),
  );
  app.route('/', simRoutes({ state, stats, timesOf }));
  app.route('/', mediaRoutes({ now }));

  const unknownRoute = (path: string) =>
    apiErrorBody(`Unknown endpoint '${path}'.`, 'invalid_request_error', 'unknown_url');
  for (const prefix of [...apiPrefixes, '/sim']) {
    app.all(`${prefix}/*`, (c) => c.json(unknownRoute(c.req.path), 404));
  }

  return app;
}
