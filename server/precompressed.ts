import { statSync } from 'node:fs';

// The build writes a brotli and a gzip copy beside every text file it emits
// (`scripts/precompress-plugin.ts`); the static site sends the one the browser takes best.

/** Files the build compresses: text. Media, images and source maps are sent as they are. */
const precompressedExtensions = [
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.webmanifest',
] as const;

/** The content codings the build writes, and the suffix of each copy. */
export const sidecarSuffix = { br: '.br', gzip: '.gz' } as const;
export type ContentCoding = keyof typeof sidecarSuffix;
/** Best first: brotli is the smaller. */
export const contentCodings: readonly ContentCoding[] = ['br', 'gzip'];

export function isPrecompressible(path: string): boolean {
  const lower = path.toLowerCase();
  return precompressedExtensions.some((extension) => lower.endsWith(extension));
}

/**
 * The codings of ours an `Accept-Encoding` header takes, best first: by its q-values, and br
 * before gzip where they tie. A coding at `q=0` is refused, also through `*;q=0`; `x-gzip` is
 * gzip (RFC 9110 §8.4.1.3). No header means the file itself.
 */
export function acceptedCodings(header: string | null | undefined): ContentCoding[] {
  if (!header) return [];
  const quality = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [rawName = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const name = rawName === 'x-gzip' ? 'gzip' : rawName;
    if (name === '' || quality.has(name)) continue;
    const q = params.find((param) => param.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    // A q-value that does not parse takes the coding out rather than guess.
    quality.set(name, value >= 0 && value <= 1 ? value : 0);
  }
  const wildcard = quality.get('*') ?? 0;
  return contentCodings
    .map((coding) => ({ coding, q: quality.get(coding) ?? wildcard }))
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q)
    .map(({ coding }) => coding);
}

export interface Sidecar {
  coding: ContentCoding;
  path: string;
}

/**
 * The precompressed copy of `file` to send for a request with these headers, or undefined for the
 * file itself. A range request gets the file itself: its bytes are the ones a client resuming a
 * download has, and a slice of a brotli stream cannot be decoded on its own.
 */
export function chooseSidecar(
  file: string,
  headers: { acceptEncoding: string | undefined; range: string | undefined },
): Sidecar | undefined {
  if (headers.range !== undefined || !isPrecompressible(file)) return undefined;
  for (const coding of acceptedCodings(headers.acceptEncoding)) {
    const path = file + sidecarSuffix[coding];
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) return { coding, path };
  }
  return undefined;
}
