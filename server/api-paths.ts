import { apiPrefixes } from './simulator/endpoints';

// The simulator's task paths (`/v1`, and the relayed vendor APIs such as `/kling`), its
// control surface and the proxy.
const prefixes = [...new Set([...apiPrefixes, '/sim', '/proxy'])].map((prefix) => prefix.slice(1));
const apiPath = new RegExp(`^/(?:${prefixes.join('|')})(?:/|$)`);

/** Paths owned by the API side (simulator and proxy); everything else belongs to the SPA. */
export function isApiPath(path: string): boolean {
  return apiPath.test(path);
}
