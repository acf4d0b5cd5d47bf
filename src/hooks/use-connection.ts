import type { Connection } from '../api/http-client';
import { useApiKey } from '../stores/key-store';
import {
  useBaseUrl,
  useForwardedHost,
  useQueryTemplates,
  useViaProxy,
} from '../stores/connection-store';
import { useMemo } from 'react';

/** The connection the HTTP seam needs, assembled from the settings and the key. */
export function useConnection(): Connection {
  const baseUrl = useBaseUrl();
  const apiKey = useApiKey();
  const forwardedHost = useForwardedHost();
  const viaProxy = useViaProxy();
  const queryTemplates = useQueryTemplates();
  return useMemo(
    () => ({
      baseUrl,
      apiKey,
      forwardedHost,
      viaProxy,
      appOrigin: window.location.origin,
      queryTemplates,
    }),
    [baseUrl, apiKey, forwardedHost, viaProxy, queryTemplates],
  );
}
