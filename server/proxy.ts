import { Hono, type Context } from 'hono';
import { apiErrorBody } from './http-errors';

// A same-origin way to reach providers that send no CORS headers. It is deliberately narrow:
// only allow-listed origins, only GET/HEAD, and only the headers the API needs, so it cannot be
// used as an open relay or to forward the browser's cookies.

const defaultProxyAllow = ['https://api.quickrouter.ai'];

const forwardedRequestHeaders = ['authorization', 'accept', 'x-forwarded-host', 'range'];
const returnedResponseHeaders = [
  'content-type',
  'retry-after',
  'retry-after-ms',
  'content-range',
  'accept-ranges',
  'content-length',
];

export interface ProxyOptions {
  /** Allowed upstream origins, e.g. `https://api.quickrouter.ai`, `http://127.0.0.1:4010`. */
  allow: readonly string[];
  timeoutMs?: number;
}

/** Parses `PROXY_ALLOW` (comma-separated origins); throws on anything that is not an origin. */
export function parseProxyAllow(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [...defaultProxyAllow];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const url = new URL(item);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`PROXY_ALLOW entry '${item}' must be an http(s) origin.`);
      }
      return url.origin;
    });
}

function proxyError(c: Context, status: 403 | 502 | 504, message: string, code: string) {
  return c.json(apiErrorBody(message, 'proxy_error', code), status);
}

/**
 * Where a redirect of the upstream may send the browser: a redirect within the upstream's own
 * origin (relative or absolute) is rewritten to stay under `prefix` (`/proxy/{host}`), so it
 * goes through the proxy as the first request did. A redirect anywhere else (another host, port
 * or scheme, `//host/…`) is dropped, the upstream's 3xx status and body kept: the page asked this
 * origin, and an answer from here must not send it on to a host the proxy was never allowed to
 * reach (the allow-list is the proxy's whole promise).
 */
function sameOriginLocation(
  location: string | null,
  upstreamUrl: string,
  prefix: string,
): string | undefined {
  if (location === null) return undefined;
  let target: URL;
  try {
    target = new URL(location, upstreamUrl);
  } catch {
    return undefined;
  }
  if (target.origin !== new URL(upstreamUrl).origin) return undefined;
  return `${prefix}${target.pathname}${target.search}${target.hash}`;
}

export function proxyRoutes({ allow, timeoutMs = 30_000 }: ProxyOptions): Hono {
  const originsByHost = new Map(allow.map((origin) => [new URL(origin).host, origin]));
  const routes = new Hono();

  routes.on(['GET', 'HEAD'], '/proxy/:host/*', async (c) => {
    const host = c.req.param('host');
    const origin = originsByHost.get(host);
    if (!origin) {
      return proxyError(
        c,
        403,
        `The proxy does not forward to '${host}'. Add its origin (e.g. https://${host}) to ` +
          `PROXY_ALLOW, comma-separated, and restart the server.`,
        'host_not_allowed',
      );
    }
    // Use the raw, still-encoded path so ids like `sora-2:task_…` reach upstream unchanged.
    const requestUrl = new URL(c.req.url);
    const prefix = `/proxy/${requestUrl.pathname.split('/')[2] ?? ''}`;
    const upstreamUrl = `${origin}${requestUrl.pathname.slice(prefix.length)}${requestUrl.search}`;

    const headers = new Headers({ 'accept-encoding': 'identity' });
    for (const name of forwardedRequestHeaders) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }

    const timeout = AbortSignal.timeout(timeoutMs);
    let upstream: Response;
    try {
      upstream = await fetch(upstreamUrl, {
        method: c.req.method,
        headers,
        redirect: 'manual',
        signal: AbortSignal.any([timeout, c.req.raw.signal]),
      });
    } catch (error) {
      if (timeout.aborted) {
        return proxyError(
          c,
          504,
          `${origin} did not answer within ${Math.round(timeoutMs / 1000)} s.`,
          'upstream_timeout',
        );
      }
      const reason = error instanceof Error ? (error.cause ?? error).toString() : String(error);
      // Log the target and the reason only: never the request headers (they hold the API key).
      console.error(`proxy: ${c.req.method} ${origin} failed: ${reason}`);
      return proxyError(c, 502, `Could not reach ${origin}: ${reason}`, 'upstream_unreachable');
    }

    const responseHeaders = new Headers();
    for (const name of returnedResponseHeaders) {
      const value = upstream.headers.get(name);
      if (value !== null) responseHeaders.set(name, value);
    }
    // A body that fetch has decoded no longer matches the upstream's length.
    if (upstream.headers.has('content-encoding')) responseHeaders.delete('content-length');
    const location = sameOriginLocation(upstream.headers.get('location'), upstreamUrl, prefix);
    if (location !== undefined) responseHeaders.set('location', location);
    responseHeaders.set('cache-control', 'no-store');
    return new Response(c.req.method === 'HEAD' ? null : upstream.body, {
      status: upstream.status,
      headers: responseHeaders,
    });
  });

  routes.all('/proxy/*', (c) =>
    c.json(
      apiErrorBody(
        'Use GET /proxy/<host>/<path>, e.g. /proxy/api.quickrouter.ai/v1/videos/<id>.',
        'proxy_error',
        'bad_proxy_request',
      ),
      c.req.method === 'GET' || c.req.method === 'HEAD' ? 404 : 405,
    ),
  );

  return routes;
}
