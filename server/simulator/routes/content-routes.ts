import { Hono, type Context, type Next } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { join } from 'node:path';
import { apiErrorBody } from '../../http-errors';
import { endpointOf, type Endpoint } from '../endpoints';
import { mediaDir } from '../media-files';
import type { SimulatorState } from '../simulator-state';
import { finalState } from '../task-state';
import { hasExpired, taskPhase } from '../timeline';
import { findTaskAt, sendMissing } from './task-lookup';

// The two families whose file comes from the API itself, behind the key (checked for every API
// path in `create-simulator.ts`): OpenAI's `/v1/videos/{id}/content` and OpenRouter's
// `/api/v1/videos/{id}/content?index=0`.

export interface ContentRouteOptions {
  state: SimulatorState;
  speed: number;
  now: () => number;
  onUnknownTask: (id: string) => void;
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

type Readiness = 'ready' | 'not-ready' | 'expired';

export function contentRoutes({ state, speed, now, onUnknownTask }: ContentRouteOptions): Hono {
  const routes = new Hono();

  /** Whether the task has a file yet; reading content never starts a task's clock. */
  const readiness = (endpoint: Endpoint, id: string): Readiness | undefined => {
    const task = findTaskAt(endpoint, id);
    if (!task) return undefined;
    const startedAt = state.clockStart(id);
    if (startedAt === undefined) return 'not-ready';
    const clock = { startedAt, now: now(), speed };
    const phase = taskPhase(task.entry, clock);
    if (hasExpired(task.entry, phase, clock)) return 'expired';
    return phase.kind === 'done' && finalState(task.entry.outcome) === 'succeeded'
      ? 'ready'
      : 'not-ready';
  };

  const serveFile = (c: Context, next: Next, serve: ReturnType<typeof serveStatic>) => {
    c.header('Accept-Ranges', 'bytes');
    c.header('Cache-Control', 'private, max-age=3600');
    return serve(c, next);
  };

  const openAi = endpointOf('official');
  routes.get('/v1/videos/:id/content', async (c, next) => {
    const id = c.req.param('id');
    const ready = readiness(openAi, id);
    if (ready === undefined) {
      onUnknownTask(id);
      return sendMissing(c, openAi.missing(id));
    }
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
    if (ready === 'expired') return sendMissing(c, (openAi.expired ?? openAi.missing)(id));
    if (ready === 'not-ready') {
      return c.json(
        apiErrorBody(
          `Video '${id}' is not ready: its content is available once it has completed.`,
          'invalid_request_error',
          'video_not_ready',
        ),
        404,
      );
    }
    return serveFile(c, next, serve);
  });

  const openRouter = endpointOf('openrouter');
  const serveVideo = serveStatic({ path: join(mediaDir, 'demo.mp4') });
  routes.get('/openrouter/api/v1/videos/:id/content', async (c, next) => {
    const id = c.req.param('id');
    const ready = readiness(openRouter, id);
    if (ready === undefined) {
      onUnknownTask(id);
      return sendMissing(c, openRouter.missing(id));
    }
    // One video per job: index 0.
    if ((c.req.query('index') ?? '0') !== '0') {
      return c.json({ error: { code: 404, message: 'No video at that index' } }, 404);
    }
    if (ready !== 'ready') {
      return c.json({ error: { code: 409, message: 'Video generation job is not complete' } }, 409);
    }
    return serveFile(c, next, serveVideo);
  });

  return routes;
}
