// Builds the dashboard once, starts the real server (`server/main.ts`) on a free port with the
// simulator running four times faster, and hands its address to every e2e test file.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './chromium-path';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const READY_LINE = /Reelwatch: (http:\/\/\S+)/;

function checkChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The e2e tests drive Debian's Chromium at ${CHROMIUM_PATH}, which is missing. ` +
        'Install it with `apt-get install -y chromium` (playwright-core downloads no browser).',
    );
  }
}

function build(): void {
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(`${root}/dist/index.html`)) {
      throw new Error('E2E_SKIP_BUILD=1 but dist/index.html is missing: run `npx vite build`.');
    }
    return;
  }
  // Vitest sets NODE_ENV=test, which would give React's development build: test what ships.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Resolves with the URL the server prints once it listens; rejects with its stderr otherwise. */
function waitForUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(
        new Error(
          `${why}\n--- server stderr ---\n${stderr || '(empty)'}\n--- server stdout ---\n${stdout || '(empty)'}`,
        ),
      );
    };
    const timer = setTimeout(
      () =>
        fail(`The server printed no "Reelwatch: <url>" line within ${START_TIMEOUT_MS / 1000} s.`),
      START_TIMEOUT_MS,
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = READY_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    server.on('error', (error) => fail(`Could not start the server: ${error.message}`));
    server.on('exit', (code, signal) =>
      fail(`The server exited before listening (code ${code}, signal ${signal}).`),
    );
  });
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) {
      resolve();
      return;
    }
    const pid = server.pid;
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        // Negative pid: the whole group (npx, tsx and node), as the server was spawned detached.
        process.kill(-pid, signal);
      } catch {
        // Already gone.
      }
    };
    const force = setTimeout(() => killGroup('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(force);
      killGroup('SIGKILL'); // Anything in the group that outlived the parent.
      resolve();
    });
    killGroup('SIGTERM');
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  checkChromium();
  build();
  const server = spawn('npx', ['tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SIM_SPEED: '4' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    const url = await waitForUrl(server);
    project.provide('baseUrl', url.replace(/\/$/, ''));
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return () => stopServer(server);
}
