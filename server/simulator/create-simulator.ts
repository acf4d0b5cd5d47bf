import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { apiErrorBody } from '../http-errors';
import { mediaRoutes } from './routes/media-routes';
import { simRoutes } from './routes/sim-routes';
import { videoRoutes } from './routes/video-routes';
import { simulateLatency } from './latency';
import { countRequests, RequestStats, type TaskTimes } from './request-stats';
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
   * How long every `/v1/videos/*` answer takes, in real milliseconds (give or take 10%), as a
   * provider across the internet would; 0 (the default) answers at once.
   */
  latencyMs?: number;
  /**
   * Many resellers expose no response headers to the page; the simulator exposes the retry
   * hints by default so the dashboard can honour them, and can be told to behave like those.
   */
  exposeRetryHeaders?: boolean;
}

/** The id in `/v1/videos/{id}` or `/v1/videos/{id}/content`, decoded; '' for other paths. */
function videoIdInPath(path: string): string {
  const segment = /^\/v1\/videos\/([^/]+)/.exec(path)?.[1];
  if (segment === undefined) return '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** A stand-in for a Sora 2 reseller: `/v1/videos/:id`, its `/content`, media and `/sim/*`. */
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
  // latency is in flight.
  app.use('/v1/videos/*', countRequests(stats));
  if (latencyMs > 0) app.use('/v1/videos/*', simulateLatency(latencyMs));
  // A task that stands for a provider without CORS gets no headers at all, preflight included.
  app.use('/v1/*', (c, next) =>
    resolveTask(videoIdInPath(c.req.path))?.entry.noCorsHeaders ? next() : corsPolicy(c, next),
  );
  app.use('/sim/*', corsPolicy);

  app.route('/', videoRoutes({ state, speed, now, slowFaultMs }));
  app.route('/', simRoutes({ state, stats, timesOf }));
  app.route('/', mediaRoutes({ now }));

  const unknownRoute = (path: string) =>
    apiErrorBody(`Unknown endpoint '${path}'.`, 'invalid_request_error', 'unknown_url');
  app.all('/v1/*', (c) => c.json(unknownRoute(c.req.path), 404));
  app.all('/sim/*', (c) => c.json(unknownRoute(c.req.path), 404));

  return app;
}
