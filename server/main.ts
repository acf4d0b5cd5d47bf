import { getRequestListener } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { readConfig } from './config';
import { createDevListener } from './dev-middleware';
import { createSimulator } from './simulator/create-simulator';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));

async function main() {
  const config = readConfig(process.env, process.argv.slice(2));
  if (!config.dev && !existsSync(`${distDir}/index.html`)) {
    console.error(
      `No built dashboard in ${distDir}. Run \`npm run build\` first (or \`npm start\`, which ` +
        'builds and serves), or use `npm run dev` for development.',
    );
    process.exit(1);
  }

  const app = createApp({
    simulator: createSimulator({ speed: config.speed, latencyMs: config.latencyMs }),
    proxyAllow: config.proxyAllow,
    staticRoot: config.dev ? undefined : distDir,
  });
  const apiListener = getRequestListener(app.fetch);

  let handle: (request: IncomingMessage, response: ServerResponse) => void = (req, res) => {
    void apiListener(req, res);
  };
  const server = createServer((request, response) => handle(request, response));
  let closeDev = async () => {};
  if (config.dev) {
    const dev = await createDevListener(server, (req, res) => void apiListener(req, res));
    handle = dev.listener;
    closeDev = dev.close;
  }

  server.on('error', (error) => {
    console.error(`Could not listen on ${config.host}:${config.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    console.info(`Reelwatch: http://localhost:${port}/`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Open polls and slow-fault requests would otherwise hold the process for up to 20 s.
    server.closeAllConnections();
    server.close();
    void closeDev().finally(() => process.exit(0));
    setTimeout(() => process.exit(1), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
