// What a first visit costs on the wire: the JS and CSS bytes Chromium received (bodies as sent,
// compressed where they were, headers not counted) for the task list, in a fresh context with
// nothing stored or cached, in English.
import type { Browser } from 'playwright-core';
import { kB } from './report';

export interface FirstVisitTransfer {
  /** JS and CSS together. */
  bytes: number;
  /** What the bytes were made of, for the table's notes. */
  note: string;
}

export async function measureFirstVisit(
  browser: Browser,
  base: string,
): Promise<FirstVisitTransfer> {
  const context = await browser.newContext({ baseURL: base, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const bytes = { js: 0, css: 0 };
    const encodings = new Map<string, number>();
    const sized: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      const kind = /\.(?:m?(js)|(css))$/.exec(new URL(request.url()).pathname);
      if (!kind) return;
      sized.push(
        (async () => {
          const { responseBodySize } = await request.sizes();
          const response = await request.response();
          const encoding = (await response?.headerValue('content-encoding')) ?? 'identity';
          encodings.set(encoding, (encodings.get(encoding) ?? 0) + 1);
          bytes[kind[1] ? 'js' : 'css'] += responseBodySize;
        })(),
      );
    });
    // Network idle: the chunks the list loads on demand count too.
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.getByLabel('Task IDs', { exact: true }).waitFor();
    await Promise.all(sized);
    const files = [...encodings].map(([encoding, n]) => `${n} ${encoding}`).join(', ');
    return {
      bytes: bytes.js + bytes.css,
      note: `${kB(bytes.js)} JS + ${kB(bytes.css)} CSS received for the list with nothing stored (files by Content-Encoding: ${files})`,
    };
  } finally {
    await context.close();
  }
}
