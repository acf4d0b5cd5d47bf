import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/api-error';
import { retryDelay, shouldRetry } from '../../../src/app/query-client';

describe('retry policy', () => {
  it('retries transient faults a few times and never a bad key or a missing task', () => {
    for (const kind of ['network', 'timeout', 'server', 'rate-limited', 'bad-body'] as const) {
      expect(shouldRetry(0, new ApiError(kind, 'x'))).toBe(true);
      expect(shouldRetry(3, new ApiError(kind, 'x'))).toBe(false);
    }
    for (const kind of ['unauthorized', 'forbidden', 'not-found', 'client', 'config'] as const) {
      expect(shouldRetry(0, new ApiError(kind, 'x'))).toBe(false);
    }
    expect(shouldRetry(0, new Error('a bug'))).toBe(false);
  });

  it('honours Retry-After, else backs off exponentially with jitter up to 8 s', () => {
    expect(retryDelay(1, new ApiError('rate-limited', 'x', { retryAfterMs: 2000 }))).toBe(2000);
    for (let attempt = 0; attempt < 10; attempt++) {
      const delay = retryDelay(attempt, new ApiError('server', 'x'));
      const base = Math.min(500 * 2 ** attempt, 8000);
      expect(delay).toBeGreaterThanOrEqual(base * 0.75);
      expect(delay).toBeLessThanOrEqual(base);
    }
  });
});
