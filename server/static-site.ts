import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { join } from 'node:path';
import { isApiPath } from './api-paths';
import { securityHeaders } from './security-headers';

/** Serves the built SPA from `root` with its caching rules and an `index.html` fallback. */
export function staticSite(root: string): Hono {
  const site = new Hono();
  site.use('*', async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    return securityHeaders(c, next);
  });

  const cacheFor = (path: string) =>
    // Vite fingerprints everything under /assets, so it never changes; anything else might.
    path.startsWith(join(root, 'assets'))
      ? 'public, max-age=31536000, immutable'
      : path.endsWith('.html')
        ? 'no-cache'
        : 'public, max-age=3600';

  site.use(
    '*',
    serveStatic({
      root,
      onFound: (path, c) => {
        c.header('Cache-Control', cacheFor(path));
      },
    }),
  );

  const serveIndex = serveStatic({
    path: join(root, 'index.html'),
    onFound: (_path, c) => {
      c.header('Cache-Control', 'no-cache');
    },
  });
  site.on(['GET', 'HEAD'], '*', async (c, next) => {
    // A missing fingerprinted asset must 404: answering HTML to a script tag hides the bug.
    if (isApiPath(c.req.path) || c.req.path.startsWith('/assets/')) return next();
    return serveIndex(c, next);
  });

  return site;
}
