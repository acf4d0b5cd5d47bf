// Takes the README's screenshots from the running app: `npm run screenshots`.
// Builds nothing: run `npm run build` first. Starts the server on a free port with a fast
// simulator, clicks "Try the demo" in Debian's Chromium and photographs the list and a detail page.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium-path';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
const server = spawn('npx', ['tsx', 'server/main.ts'], {
  env: { ...process.env, PORT: '0', SIM_SPEED: '3' },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});

async function serverUrl(): Promise<string> {
  let text = '';
  for await (const chunk of server.stdout) {
    text += String(chunk);
    const match = /Reelwatch: (http:\/\/\S+?)\/?\s/.exec(text);
    if (match?.[1]) return match[1];
  }
  throw new Error(`The server stopped before printing its URL:\n${text}`);
}

try {
  const base = await serverUrl();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  const fast = page.getByRole('listitem', { name: /task_demo_fast/ });
  await fast.getByText('Running').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${out}task-list.png`, fullPage: true });
  const veo = page.getByRole('listitem', { name: /veo3\.1-fast:/ });
  await veo.getByText('Succeeded').waitFor({ timeout: 60_000 });
  // The task's id is the row's one link (its picture is for the pointer only).
  await veo.getByRole('link', { name: /^veo3\.1-fast:/ }).click();
  await page.getByRole('heading', { name: 'Video' }).waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${out}task-detail.png`, fullPage: true });
  await browser.close();
  console.log(`Wrote ${out}task-list.png and ${out}task-detail.png`);
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  await once(server, 'exit');
}
