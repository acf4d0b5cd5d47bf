import { apiErrorBody } from '../http-errors';
import type { FaultKind } from './catalogue';

// What misbehaving providers and the proxies in front of them actually send.

const cloudflare524 = `<!DOCTYPE html>
<html lang="en-US">
<head><title>api.quickrouter.ai | 524: A timeout occurred</title></head>
<body>
<div id="cf-wrapper">
  <h1><span>A timeout occurred</span> <span>Error code 524</span></h1>
  <p>The origin web server timed out responding to this request.</p>
  <p>Cloudflare Ray ID: <strong>8c1f2e3d4a5b6c7d</strong> &bull; Performance &amp; security by Cloudflare</p>
</div>
</body>
</html>
`;

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The response for a fault that answers at once (`slow` only delays a normal answer). */
export function faultResponse(fault: Exclude<FaultKind, 'slow'>): Response {
  switch (fault) {
    case '429':
      return json(
        apiErrorBody(
          'Rate limit reached for requests per minute. Please try again in 2s.',
          'rate_limit_error',
          'rate_limit_exceeded',
        ),
        429,
        { 'retry-after': '2', 'retry-after-ms': '2000' },
      );
    case '500':
      return json(
        apiErrorBody(
          'The server had an error while processing your request. Sorry about that!',
          'server_error',
          'internal_error',
        ),
        500,
      );
    case '524':
      return new Response(cloudflare524, {
        status: 524,
        headers: { 'content-type': 'text/html; charset=UTF-8' },
      });
    case 'not-json':
      return new Response('upstream says: OK (task still being processed)\n', {
        status: 200,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
  }
}

/** Resolves after `ms`, or rejects as soon as the client hangs up, so no timer outlives it. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
