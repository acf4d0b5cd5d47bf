// Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every text file of
// the build, so the server sends compressed files without compressing on each request
// (`server/static-site.ts` picks the copy by Accept-Encoding). No library: brotli and gzip are in
// node:zlib, and what is left is a walk over the output directory.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
// `.js`: Vite's config loader wants an extension on relative imports (TypeScript maps it to .ts).
import {
  contentCodings,
  isPrecompressible,
  sidecarSuffix,
  type ContentCoding,
} from '../server/precompressed.js';

const compressors: Record<ContentCoding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: constants.Z_BEST_COMPRESSION }),
};

export interface PrecompressedFile {
  /** Relative to the directory compressed. */
  file: string;
  bytes: number;
  /** The size of each copy written; a coding is missing where its copy would not be smaller. */
  sizes: Partial<Record<ContentCoding, number>>;
}

/**
 * Compresses every text file under `dir` (see `isPrecompressible`). A copy that would be no
 * smaller than the file (a tiny icon) is not written, and one an earlier build left is removed.
 */
export async function precompressDirectory(dir: string): Promise<PrecompressedFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && isPrecompressible(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  // zlib's async calls run on libuv's thread pool, so the files compress in parallel.
  return Promise.all(
    files.map(async (path) => {
      const bytes = await readFile(path);
      const sizes: PrecompressedFile['sizes'] = {};
      for (const coding of contentCodings) {
        const copy = path + sidecarSuffix[coding];
        const compressed = await compressors[coding](bytes);
        if (compressed.length < bytes.length) {
          await writeFile(copy, compressed);
          sizes[coding] = compressed.length;
        } else {
          await rm(copy, { force: true });
        }
      }
      return { file: path.slice(dir.length + 1), bytes: bytes.length, sizes };
    }),
  );
}

/** After the build has written its files (the copied `public/` ones too), compress them. */
export function precompress(): Plugin {
  let outDir: string | undefined;
  return {
    name: 'reelwatch:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle(error) {
      if (outDir !== undefined && error === undefined) await precompressDirectory(outDir);
    },
  };
}
