/** Paths owned by the API side (simulator and proxy); everything else belongs to the SPA. */
export function isApiPath(path: string): boolean {
  return /^\/(?:v1|sim|proxy)(?:\/|$)/.test(path);
}
