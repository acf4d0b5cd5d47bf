import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

function start(args: string[], env: Record<string, string>) {
  // Node itself, with tsx as a loader. The tsx command runs the server in a child process and
  // relays signals: it waits 30 ms for the child to say it handles one, then kills it (exit
  // 143), which a busy machine makes happen. What is tested is the server's own SIGTERM.
  const started = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  let stdout = '';
  let stderr = '';
  started.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = new Promise<string>((resolve, reject) => {
    started.stdout.on('data', () => {
      const match = /^Reelwatch: (http:\/\/localhost:\d+)\/$/m.exec(stdout);
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    started.on('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  return { process: started, origin, output: () => ({ stdout, stderr }) };
}

describe('server/main.ts', () => {
  it('serves the API and the Vite dev SPA on one port with --dev, and stops on SIGTERM', async () => {
    const server = start(['--dev'], { PORT: '0', SIM_SPEED: '5' });
    const origin = await server.origin;
    // Vite may log its own lines in dev; ours is printed once, with the real port.
    const announced = server.output().stdout.match(/^Reelwatch: .*$/gm);
    expect(announced).toEqual([`Reelwatch: ${origin.replace('127.0.0.1', 'localhost')}/`]);

    const catalogue = await fetch(`${origin}/sim/catalogue`);
    expect(catalogue.status).toBe(200);
    const page = await fetch(`${origin}/tasks/anything`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/@vite/client');

    server.process.kill('SIGTERM');
    const [code] = await once(server.process, 'exit');
    expect(code).toBe(0);
  });

  it('refuses a bad PORT with a message naming it', async () => {
    const server = start([], { PORT: 'eighty' });
    await expect(server.origin).rejects.toThrow(/PORT must be an integer/);
    expect(server.process.exitCode).toBe(1);
  });
});
