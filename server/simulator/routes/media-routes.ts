import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { apiErrorBody } from '../../http-errors';
import { mediaDir, mediaFiles } from '../media-files';

function httpDate(epochMs: number): string {
  return new Date(epochMs).toUTCString();
}

/** What Azure Blob Storage answers for a SAS link used after its `se` (expiry). */
function expiredSignatureBody(start: string | undefined, expiry: number, now: number): string {
  const startText = start && !Number.isNaN(Date.parse(start)) ? httpDate(Date.parse(start)) : '';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Error><Code>AuthenticationFailed</Code>',
    '<Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
    `Time:${new Date(now).toISOString()}</Message>`,
    `<AuthenticationErrorDetail>Signature not valid in the specified time frame: Start [${startText}] - Expiry [${httpDate(expiry)}] - Current [${httpDate(now)}]</AuthenticationErrorDetail>`,
    '</Error>',
  ].join('');
}

/**
 * The demo media behind every URL in the simulated bodies. A link whose `se` (signed expiry)
 * has passed on the simulator's clock is refused with 403, as the providers' blob storage does;
 * the signature itself (`sig`) is not checked, and a link without a readable `se` is served.
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
    const expiry = Date.parse(c.req.query('se') ?? '');
    const current = now();
    if (!Number.isNaN(expiry) && expiry < current) {
      c.header('Cache-Control', 'no-store');
      return c.body(expiredSignatureBody(c.req.query('st'), expiry, current), 403, {
        'Content-Type': 'application/xml',
      });
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
