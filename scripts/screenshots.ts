// Takes the README's screenshots from the running app: `npm run screenshots`.
// Builds nothing: run `npm run build` first. Starts the server on a free port with a fast
// simulator, clicks "Try the demo" in Debian's Chromium and photographs the list and a detail page,
// in English in the light theme and in Chinese in the dark one.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromium, type Browser } from 'playwright-core';
import type { Locale } from '../src/lib/i18n';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium-path';
import { say } from '../tests/e2e/every-screen';

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

/** The list and a finished task's page, in one language and theme: `<screen>[-<suffix>].png`. */
async function shoot(
  base: string,
  browser: Browser,
  locale: Locale,
  colorScheme: 'light' | 'dark',
): Promise<string[]> {
  const suffix = locale === 'en' && colorScheme === 'light' ? '' : `-${locale}-${colorScheme}`;
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    locale,
    colorScheme,
  });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: say(locale, 'Try the demo') }).click();
  const fast = page.getByRole('listitem', { name: /task_demo_fast/ });
  await fast.getByText(say(locale, 'Running'), { exact: true }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2500);
  const files = [`${out}task-list${suffix}.png`, `${out}task-detail${suffix}.png`];
  await page.screenshot({ path: files[0], fullPage: true });
  const veo = page.getByRole('listitem', { name: /veo3\.1-fast:/ });
  await veo.getByText(say(locale, 'Succeeded'), { exact: true }).waitFor({ timeout: 60_000 });
  // The task's id is the row's one link (its picture is for the pointer only).
  await veo.getByRole('link', { name: /^veo3\.1-fast:/ }).click();
  await page.getByRole('heading', { name: say(locale, 'Video') }).waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: files[1], fullPage: true });
  await context.close();
  return files;
}

try {
  const base = await serverUrl();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const written = [
    ...(await shoot(base, browser, 'en', 'light')),
    ...(await shoot(base, browser, 'zh-CN', 'dark')),
  ];
  await browser.close();
  console.log(`Wrote ${written.join(', ')}`);
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  await once(server, 'exit');
}
