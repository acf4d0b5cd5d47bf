// A reseller stand-in for the reload benchmark, independent of the project's simulator: OpenAI's
// official shape at `/v1/videos/{id}` (and its `/content`), with every request logged. Ids
// `video_done_N` answer completed; `video_run_N` answer in progress at a progress that never
// moves (a long task that has not changed for minutes, so its schedule asks about once a minute).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';

export interface LoggedRequest {
  /** Epoch ms when the request arrived. */
  at: number;
  id: string;
  kind: 'task' | 'video' | 'thumbnail';
}

export interface StandIn {
  url: string;
  log: LoggedRequest[];
  close: () => Promise<void>;
}

const CREATED_AT = 1_764_000_000;

/** The answer for a task id, as the provider sends it. */
export function standInBody(id: string): Record<string, unknown> | undefined {
  const common = {
    id,
    object: 'video',
    model: 'sora-2',
    created_at: CREATED_AT,
    seconds: '8',
    size: '1280x720',
    prompt: `Bench task ${id}: a lighthouse at dawn, waves rolling in`,
  };
  if (id.startsWith('video_done_')) {
    return { ...common, status: 'completed', progress: 100, completed_at: CREATED_AT + 300 };
  }
  if (id.startsWith('video_run_')) return { ...common, status: 'in_progress', progress: 37 };
  return undefined;
}

const media = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../server/simulator/media/${name}`, import.meta.url)));

export async function startStandIn(): Promise<StandIn> {
  const video = media('demo.mp4');
  const thumbnail = media('demo.jpg');
  const log: LoggedRequest[] = [];
  const server: Server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'authorization, content-type');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const match = /^\/v1\/videos\/([^/]+)(\/content)?$/.exec(url.pathname);
    const id = match?.[1] ? decodeURIComponent(match[1]) : undefined;
    const body = id === undefined ? undefined : standInBody(id);
    if (!id || !body) {
      response.writeHead(404, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'Video not found', code: 'not_found' } }));
      return;
    }
    if (match?.[2]) {
      const kind = url.searchParams.get('variant') === 'thumbnail' ? 'thumbnail' : 'video';
      log.push({ at: Date.now(), id, kind });
      response.writeHead(200, { 'Content-Type': kind === 'video' ? 'video/mp4' : 'image/jpeg' });
      response.end(kind === 'video' ? video : thumbnail);
      return;
    }
    log.push({ at: Date.now(), id, kind: 'task' });
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The stand-in has no port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
