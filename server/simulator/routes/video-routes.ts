import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { join } from 'node:path';
import { apiErrorBody } from '../../http-errors';
import { delay, faultResponse } from '../fault-responses';
import type { FaultKind } from '../catalogue';
import { mediaDir } from '../media-files';
import { requireBearer } from '../require-bearer';
import { renderTask } from '../shapes/render-task';
import type { SimulatorState } from '../simulator-state';
import { resolveTask } from '../task-id';
import { hasExpired, taskPhase } from '../timeline';

export interface VideoRouteOptions {
  state: SimulatorState;
  speed: number;
  now: () => number;
  slowFaultMs: number;
}

function notFound(c: Context, id: string) {
  return c.json(
    apiErrorBody(`No video task found with id '${id}'.`, 'invalid_request_error', 'not_found'),
    404,
  );
}

/** What resellers say once a task has aged out of their records. */
function expired(c: Context, id: string) {
  return c.json(
    apiErrorBody(
      `Video task '${id}' has expired and is no longer available.`,
      'invalid_request_error',
      'task_expired',
    ),
    404,
  );
}

const contentFiles: Record<string, string> = {
  video: 'demo.mp4',
  thumbnail: 'demo.jpg',
  // The simulator has no real sprite sheet; a still image keeps the content type honest.
  spritesheet: 'demo.jpg',
};

const serveContentFile = Object.fromEntries(
  Object.entries(contentFiles).map(([variant, file]) => [
    variant,
    serveStatic({ path: join(mediaDir, file) }),
  ]),
);

export function videoRoutes({ state, speed, now, slowFaultMs }: VideoRouteOptions): Hono {
  const routes = new Hono();
  routes.use('/v1/*', requireBearer);

  routes.get('/v1/videos/:id', async (c) => {
    // Hono has already percent-decoded the segment; the colon in `sora-2:task_…` arrives raw.
    const id = c.req.param('id');
    const task = resolveTask(id);
    if (!task) return notFound(c, id);

    const requestNumber = state.countRequest(id);
    const startedAt = state.startClock(id, now());
    const fault: FaultKind | undefined =
      state.takeFault(id) ??
      task.entry.fault ??
      (requestNumber <= (task.entry.flakyFailures ?? 0) ? '500' : undefined);

    if (fault === 'slow') {
      try {
        await delay(slowFaultMs, c.req.raw.signal);
      } catch {
        // The client gave up; nobody is left to read this (499 is nginx's "client closed").
        return new Response(null, { status: 499 });
      }
    } else if (fault) {
      return faultResponse(fault);
    }

    const clock = { startedAt, now: now(), speed };
    const phase = taskPhase(task.entry, clock);
    if (hasExpired(task.entry, phase, clock)) return expired(c, id);
    const origin = new URL(c.req.url).origin;
    const doneAnswer = phase.kind === 'done' ? state.countDoneAnswer(id) : 0;
    return c.json(
      renderTask({ id, entry: task.entry, phase, createdAt: startedAt, origin, doneAnswer }),
    );
  });

  routes.get('/v1/videos/:id/content', async (c, next) => {
    const id = c.req.param('id');
    const task = resolveTask(id);
    if (!task) return notFound(c, id);
    const variant = c.req.query('variant') ?? 'video';
    const serve = serveContentFile[variant];
    if (!serve) {
      return c.json(
        apiErrorBody(
          `Unknown variant '${variant}'; use video, thumbnail or spritesheet.`,
          'invalid_request_error',
          'invalid_variant',
        ),
        400,
      );
    }
    const startedAt = state.clockStart(id);
    const clock = startedAt === undefined ? undefined : { startedAt, now: now(), speed };
    const phase = clock && taskPhase(task.entry, clock);
    if (phase && clock && hasExpired(task.entry, phase, clock)) return expired(c, id);
    if (
      phase?.kind !== 'done' ||
      task.entry.outcome === 'failed' ||
      task.entry.outcome === 'moderated'
    ) {
      return c.json(
        apiErrorBody(
          `Video '${id}' is not ready: its content is available once it has completed.`,
          'invalid_request_error',
          'video_not_ready',
        ),
        404,
      );
    }
    c.header('Accept-Ranges', 'bytes');
    c.header('Cache-Control', 'private, max-age=3600');
    return serve(c, next);
  });

  return routes;
}
