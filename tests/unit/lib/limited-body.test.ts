import { describe, expect, it } from 'vitest';
import { activateLocale } from '../../../src/lib/i18n';
import {
  formatBytes,
  readBodyLimited,
  readTextLimited,
  TooLargeError,
} from '../../../src/lib/limited-body';

/** A response streaming `chunks` bytes-arrays, with whatever Content-Length it claims. */
function streamed(chunks: number[], contentLength?: string) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[pulled];
      pulled += 1;
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(7));
    },
  });
  const headers = new Headers({ 'Content-Type': 'video/mp4' });
  if (contentLength !== undefined) headers.set('Content-Length', contentLength);
  return { response: new Response(body, { headers }), pulled: () => pulled };
}

describe('readBodyLimited', () => {
  it('reads a body within the limit into a Blob of its content type', async () => {
    const { response } = streamed([400, 600], '1000');
    const progress: number[] = [];
    const blob = await readBodyLimited(response, 1000, (bytes) => progress.push(bytes));
    expect(blob.size).toBe(1000);
    expect(blob.type).toBe('video/mp4');
    expect(progress).toEqual([400, 1000]);
  });

  it('refuses a declared size above the limit before reading anything', async () => {
    const { response, pulled } = streamed([10], String(2000));
    await expect(readBodyLimited(response, 1000)).rejects.toBeInstanceOf(TooLargeError);
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it.each([
    ['no Content-Length', undefined],
    ['a Content-Length that lies', '100'],
  ])('stops reading past the limit with %s', async (_case, length) => {
    const { response, pulled } = streamed([600, 600, 600, 600], length);
    const error = await readBodyLimited(response, 1000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TooLargeError);
    expect(String(error)).toContain('larger than 1 kB');
    // It cancelled the stream rather than draining it.
    expect(pulled()).toBeLessThan(4);
  });
});

describe('readTextLimited', () => {
  it('decodes UTF-8 split across chunks, within the limit', async () => {
    const bytes = new TextEncoder().encode('{"video_url":"https://cdn.example/视频.mp4"}');
    const cut = bytes.indexOf(0xe8) + 1; // inside the first multi-byte character
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    expect(await readTextLimited(new Response(body), 1000)).toBe(
      '{"video_url":"https://cdn.example/视频.mp4"}',
    );
    await expect(readTextLimited(new Response('x'.repeat(2000)), 1000)).rejects.toBeInstanceOf(
      TooLargeError,
    );
  });
});

describe('formatBytes', () => {
  it.each([
    [512 * 1024 * 1024, '512 MB'],
    [3.45 * 1024 * 1024, '3.5 MB'],
    [812 * 1024, '812 kB'],
    [0, '0 kB'],
    [2 * 1024 ** 3, '2 GB'],
    [2.25 * 1024 ** 3, '2.3 GB'],
    [1536 * 1024 ** 3, '1,536 GB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('writes the number in the locale’s way', async () => {
    // English as written in Germany: a decimal comma and a dot between thousands.
    await activateLocale('en', ['en-DE']);
    expect(formatBytes(3.45 * 1024 * 1024)).toBe('3,5 MB');
    expect(formatBytes(1536 * 1024 ** 3)).toBe('1.536 GB');
    await activateLocale('en');
  });
});
