import type { Connection } from '../api/http-client';
import { currentApiKey, useApiKey } from '../stores/key-store';
import {
  connectionSettingsNow,
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

/** The same, for code outside React. */
export function connectionNow(): Connection {
  const { baseUrl, forwardedHost, viaProxy, queryTemplates } = connectionSettingsNow();
  return {
    baseUrl,
    apiKey: currentApiKey(),
    forwardedHost,
    viaProxy,
    appOrigin: window.location.origin,
    queryTemplates,
  };
}
