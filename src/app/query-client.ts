import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../domain/poll-policy';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (failureCount, error) => retryDelay(failureCount, error),
        // Hidden tabs do not poll; coming back refetches what is due (stale).
        refetchIntervalInBackground: false,
        refetchOnWindowFocus: true,
        gcTime: 30 * 60_000,
      },
    },
  });
}
