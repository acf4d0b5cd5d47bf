import type { MiddlewareHandler } from 'hono';
import { delay } from './fault-responses';

/** Each answer waits its latency give or take this fraction, so answers do not arrive in lockstep. */
export const LATENCY_JITTER = 0.1;

/**
 * Holds every answer under it for about `latencyMs` real milliseconds, as a distant provider
 * would, without blocking other requests. The answer is made when the request arrives (so the
 * task's state is the one at its arrival time, as the request record says) and only its delivery
 * waits. A client that hangs up stops the wait: no timer outlives its request.
 */
export function simulateLatency(
  latencyMs: number,
  random: () => number = Math.random,
): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const wait = latencyMs * (1 - LATENCY_JITTER + 2 * LATENCY_JITTER * random());
    try {
      await delay(wait, c.req.raw.signal);
    } catch {
      // Nobody is left to read the answer; let go of its body (a media file may be open).
      await c.res.body?.cancel().catch(() => undefined);
      c.res = new Response(null, { status: 499 });
    }
  };
}
