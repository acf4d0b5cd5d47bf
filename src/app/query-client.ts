import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

const MAX_RETRIES = 3;

/** OpenAI's SDK backs off 0.5 s × 2ⁿ capped at 8 s, with jitter; we do the same. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs;
  const base = Math.min(500 * 2 ** failureCount, 8_000);
  return base * (0.75 + Math.random() * 0.25);
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.retryable && failureCount < MAX_RETRIES;
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Hidden tabs do not poll; coming back refetches what is stale.
        refetchIntervalInBackground: false,
        refetchOnWindowFocus: true,
        gcTime: 30 * 60_000,
      },
    },
  });
}
