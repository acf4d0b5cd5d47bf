import { Hono } from 'hono';
import { apiErrorBody } from './http-errors';
import { proxyRoutes } from './proxy';
import { contentSecurityPolicy, setApiSecurityHeaders } from './security-headers';
import { staticSite } from './static-site';

export interface AppOptions {
  /** The simulator app from `createSimulator`, mounted at the root. */
  simulator: Hono;
  /** Origins the same-origin proxy may forward to. */
  proxyAllow: readonly string[];
  proxyTimeoutMs?: number;
  /** The built SPA (`dist/`); omitted in dev, where Vite serves the SPA. */
  staticRoot?: string;
}

export function createApp({ simulator, proxyAllow, proxyTimeoutMs, staticRoot }: AppOptions): Hono {
  const app = new Hono();
  // Outermost, so it sees every answer last, errors included. Only the SPA's own files carry the
  // SPA's policy; anything else, a route added later too, is API-side and gets the strict one.
  app.use('*', async (c, next) => {
    await next();
    if (c.res.headers.get('Content-Security-Policy') !== contentSecurityPolicy) {
      setApiSecurityHeaders(c);
    }
  });
  app.route('/', simulator);
  app.route('/', proxyRoutes({ allow: proxyAllow, timeoutMs: proxyTimeoutMs }));
  if (staticRoot !== undefined) app.route('/', staticSite(staticRoot));

  app.notFound((c) =>
    c.json(apiErrorBody(`Not found: ${c.req.path}`, 'invalid_request_error', 'not_found'), 404),
  );
  app.onError((error, c) => {
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.json(apiErrorBody('Internal server error.', 'server_error', 'internal_error'), 500);
  });
  return app;
}
