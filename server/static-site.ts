import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { getMimeType } from 'hono/utils/mime';
import { join } from 'node:path';
import { isApiPath } from './api-paths';
import {
  chooseSidecar,
  isPrecompressible,
  sidecarSuffix,
  type ContentCoding,
} from './precompressed';
import { setSpaSecurityHeaders } from './security-headers';
import { isSpaPage } from './spa-routes';

// @hono/node-server's own `precompressed` option is not used: it takes a coding only when the
// header names it bare (`gzip;q=1` gets the file itself), sends no `Vary` with the file itself,
// and hands `onFound` the copy's path, so the cache rules would have to guess the original back.

type SiteEnv = { Variables: { coding: ContentCoding | undefined } };

/** Serves the built SPA from `root` with its caching rules and an `index.html` fallback. */
export function staticSite(root: string): Hono<SiteEnv> {
  const site = new Hono<SiteEnv>();

  const cacheFor = (path: string) =>
    // Vite fingerprints everything under /assets, so it never changes; anything else might.
    path.startsWith(join(root, 'assets'))
      ? 'public, max-age=31536000, immutable'
      : path.endsWith('.html')
        ? 'no-cache'
        : 'public, max-age=3600';

  const sidecarFor = (file: string, c: Context<SiteEnv>) => {
    const sidecar = chooseSidecar(file, {
      acceptEncoding: c.req.header('accept-encoding'),
      range: c.req.header('range'),
    });
    c.set('coding', sidecar?.coding);
    return sidecar;
  };

  /** The headers of a file found, `sent` being the file itself or its compressed copy. */
  const onFound = (sent: string, c: Context<SiteEnv>) => {
    const coding = c.get('coding');
    const file = coding === undefined ? sent : sent.slice(0, -sidecarSuffix[coding].length);
    c.header('Cache-Control', cacheFor(file));
    if (isPrecompressible(file)) {
      // Also on the file itself: a shared cache must not hand it to a browser that takes brotli.
      c.header('Vary', 'Accept-Encoding');
    }
    if (coding !== undefined) {
      c.header('Content-Type', getMimeType(file) ?? 'application/octet-stream');
      c.header('Content-Encoding', coding);
    }
    setSpaSecurityHeaders(c);
  };

  site.use(
    '*',
    serveStatic<SiteEnv>({
      root,
      rewriteRequestPath: (path, c) => {
        const file = path.endsWith('/') ? `${path}index.html` : path;
        const sidecar = sidecarFor(join(root, file), c);
        return sidecar ? file + sidecarSuffix[sidecar.coding] : path;
      },
      onFound,
    }),
  );

  // The fallback takes any path (`%`, `..` and all), so it cannot go through `root`: one
  // handler per copy of index.html.
  const index = join(root, 'index.html');
  const serveIndex = serveStatic<SiteEnv>({ path: index, onFound });
  const serveIndexAs = {
    br: serveStatic<SiteEnv>({ path: index + sidecarSuffix.br, onFound }),
    gzip: serveStatic<SiteEnv>({ path: index + sidecarSuffix.gzip, onFound }),
  } satisfies Record<ContentCoding, unknown>;
  site.on(['GET', 'HEAD'], '*', async (c, next) => {
    // A missing fingerprinted asset must 404: answering HTML to a script tag hides the bug.
    if (isApiPath(c.req.path) || c.req.path.startsWith('/assets/')) return next();
    const sidecar = sidecarFor(index, c);
    const response = await (sidecar ? serveIndexAs[sidecar.coding] : serveIndex)(c, next);
    if (!response || isSpaPage(c.req.path)) return response;
    return new Response(response.body, { status: 404, headers: response.headers });
  });

  return site;
}
