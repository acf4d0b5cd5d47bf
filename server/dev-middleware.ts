import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { isApiPath } from './api-paths';

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Development: Vite serves the SPA with hot reload, the hono app keeps the API paths, and both
 * share one origin and one port exactly as under `npm start`.
 */
export async function createDevListener(server: Server, apiListener: Listener) {
  // Imported lazily so that production never loads Vite.
  const { createServer } = await import('vite');
  const vite = await createServer({
    server: { middlewareMode: true, hmr: { server } },
    appType: 'spa',
  });
  const listener: Listener = (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (isApiPath(path)) apiListener(request, response);
    else vite.middlewares(request, response);
  };
  return { listener, close: () => vite.close() };
}
