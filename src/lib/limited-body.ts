// Reads a response body into memory without trusting the server about its size: a missing or
// lying Content-Length cannot make the page hold more than the limit.
import { intlCached, t } from './i18n';

export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(t('The file is larger than {size}.', { size: formatBytes(maxBytes) }));
    this.maxBytes = maxBytes;
  }
}

type ByteUnit = 'kilobyte' | 'megabyte' | 'gigabyte';

const byteFormat = (unit: ByteUnit) =>
  intlCached(
    `bytes-${unit}`,
    (locale) =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }),
  );

/** "512 MB", "3.4 MB", "812 kB": sizes a person reads, in the locale's way. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return byteFormat('gigabyte').format(bytes / 1024 ** 3);
  if (bytes >= 1024 ** 2) return byteFormat('megabyte').format(bytes / 1024 ** 2);
  return byteFormat('kilobyte').format(Math.ceil(bytes / 1024));
}

/** The declared size, or undefined when the header is missing or not a number. */
export function declaredLength(response: Response): number | undefined {
  const header = response.headers.get('content-length');
  const length = header === null ? NaN : Number(header);
  return Number.isFinite(length) && length >= 0 ? length : undefined;
}

function onPlainBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer;
}

/** The body's bytes, refusing more than `maxBytes` however many the server declared. */
export async function readChunksLimited(
  response: Response,
  maxBytes: number,
  onProgress?: (receivedBytes: number) => void,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const declared = declaredLength(response);
  if (declared !== undefined && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(maxBytes);
  }
  if (!response.body) return [];
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(maxBytes);
    }
    // Stream chunks sit on plain ArrayBuffers; the copy is only for a shared buffer.
    chunks.push(onPlainBuffer(value) ? value : new Uint8Array(value));
    onProgress?.(received);
  }
  return chunks;
}

/**
 * The body as a Blob of the response's content type. Refuses a declared size above `maxBytes`
 * before reading, and stops reading (cancelling the stream) once more than that has arrived.
 */
export async function readBodyLimited(
  response: Response,
  maxBytes: number,
  onProgress?: (receivedBytes: number) => void,
): Promise<Blob> {
  const type = response.headers.get('content-type') ?? '';
  return new Blob(await readChunksLimited(response, maxBytes, onProgress), { type });
}

/** The body as UTF-8 text, with the same limit. */
export async function readTextLimited(response: Response, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder();
  const chunks = await readChunksLimited(response, maxBytes);
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}
