import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTasks,
  connectToSimulator,
  taskRow,
  uniqueSuffix,
  useBrowser,
  waitForStatus,
} from './browser';

const session = useBrowser();

describe('compressed delivery', () => {
  it('sends Chromium the app brotli-compressed, and the app works from it', async () => {
    const { page } = session;
    const responses = new Map<string, Response>();
    page.on('response', (response) => responses.set(new URL(response.url()).pathname, response));

    await page.goto('/');
    const html = await page.content();
    const entry = /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
    const stylesheet = /<link rel="stylesheet"[^>]*\shref="([^"]+)"/.exec(html)?.[1];
    expect(entry, 'the entry script in index.html').toMatch(/^\/assets\/.+\.js$/);
    expect(stylesheet, 'the stylesheet in index.html').toMatch(/^\/assets\/.+\.css$/);

    for (const [path, type] of [
      ['/', 'text/html'],
      [entry ?? '', 'text/javascript'],
      [stylesheet ?? '', 'text/css'],
    ] as const) {
      const response = responses.get(path);
      expect(response, `a response for ${path}`).toBeDefined();
      if (!response) continue;
      const headers = await response.allHeaders();
      expect(headers['content-encoding'], path).toBe('br');
      expect(headers['content-type'], path).toMatch(new RegExp(`^${type}`));
      expect(headers.vary, path).toBe('Accept-Encoding');
      // What came over the wire is the brotli copy: a fraction of what the page was given.
      const { responseBodySize } = await response.request().sizes();
      const decoded = (await response.body()).length;
      expect(responseBodySize, path).toBe(Number(headers['content-length']));
      expect(responseBodySize, path).toBeLessThan(decoded / 2);
    }

    // The list page rendered from those files, and a task runs to the end.
    await page.getByLabel('Task IDs').waitFor();
    await connectToSimulator(page);
    await page.goto('/');
    const id = `sora-2:task_demo_fast--${uniqueSuffix('br')}`;
    await addTasks(page, id);
    await waitForStatus(taskRow(page, id), 'Succeeded');
  });
});
