import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { apiErrorBody } from '../../http-errors';
import { mediaDir, mediaFiles } from '../media-files';
import { expiredLink } from '../media-link-expiry';

/**
 * The demo media behind every URL in the simulated bodies. A signed link whose expiry (`se`,
 * `X-Amz-Date` + `X-Amz-Expires`, or `Expires`) has passed on the simulator's clock is refused
 * with 403, as the providers' storage does; the signature is not checked, and a link without a
 * readable expiry is served.
 */
export function mediaRoutes({ now }: { now: () => number }): Hono {
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
    if (!mediaFiles.includes(file)) {
      return c.json(
        apiErrorBody(`No media file '${file}'.`, 'invalid_request_error', 'not_found'),
        404,
      );
    }
    const expired = expiredLink(new URL(c.req.url).searchParams, now());
    if (expired) {
      c.header('Cache-Control', 'no-store');
      return c.body(expired.body, 403, { 'Content-Type': 'application/xml' });
    }
    const served = await serve(c, next);
    if (served) return served;
    return c.json(
      apiErrorBody(`No media file '${file}'.`, 'invalid_request_error', 'not_found'),
      404,
    );
  });

  return routes;
}
