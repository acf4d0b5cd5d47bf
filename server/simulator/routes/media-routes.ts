import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { apiErrorBody } from '../../http-errors';
import { mediaDir, mediaFiles } from '../media-files';

/** The demo media behind every URL in the simulated bodies; `st`/`se`/`sig` are not checked. */
export function mediaRoutes(): Hono {
  const routes = new Hono();
  const serve = serveStatic({
    root: mediaDir,
    rewriteRequestPath: (path) => path.replace(/^\/sim\/media/, ''),
    onFound: (_path, c) => {
      // The files never change while the server runs, and `<video>` seeks with Range requests.
      c.header('Cache-Control', 'public, max-age=86400');
      c.header('Accept-Ranges', 'bytes');
    },
  });

  routes.get('/sim/media/:file', async (c, next) => {
    const file = c.req.param('file');
    if (mediaFiles.includes(file)) {
      const served = await serve(c, next);
      if (served) return served;
    }
    return c.json(
      apiErrorBody(`No media file '${file}'.`, 'invalid_request_error', 'not_found'),
      404,
    );
  });

  return routes;
}
