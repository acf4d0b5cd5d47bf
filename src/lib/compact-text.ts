// Text made short enough for a URL, in characters a URL carries as they are: deflated where the
// browser can (CompressionStream, in every current browser) and where that is shorter, then
// base64url. The first character says which: `z` deflated, `j` as it was.

const CHUNK = 0x8000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: fromCharCode with a million arguments would overflow the stack.
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  let binary: string;
  try {
    binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return undefined;
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Runs bytes through a (de)compression stream, giving up past `maxBytes` of output. */
async function through(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxBytes) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const canDeflate = () => typeof CompressionStream === 'function';

export async function packText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const plain = `j${toBase64Url(bytes)}`;
  if (!canDeflate()) return plain;
  const deflated = await through(bytes, new CompressionStream('deflate-raw'), Infinity);
  const packed = deflated && `z${toBase64Url(deflated)}`;
  return packed && packed.length < plain.length ? packed : plain;
}

/** The text packed by `packText`, or undefined when it is damaged or would exceed `maxBytes`. */
export async function unpackText(packed: string, maxBytes: number): Promise<string | undefined> {
  const bytes = fromBase64Url(packed.slice(1));
  if (!bytes) return undefined;
  let out: Uint8Array | undefined;
  if (packed.startsWith('j')) out = bytes.length <= maxBytes ? bytes : undefined;
  else if (packed.startsWith('z') && canDeflate()) {
    out = await through(bytes, new DecompressionStream('deflate-raw'), maxBytes);
  }
  if (!out) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return undefined;
  }
}
