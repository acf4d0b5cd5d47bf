// What a first visit downloads before the dashboard can draw: the entry script, the chunks Vite
// preloads with it and the stylesheets `dist/index.html` links, each measured gzipped.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialAssets {
  js: { files: string[]; rawBytes: number; gzipBytes: number };
  css: { files: string[]; rawBytes: number; gzipBytes: number };
}

const TAG = /<(script|link)\b[^>]*>/gi;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The asset paths a first visit loads, read from the built `index.html`. */
export function initialAssetPaths(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag, name] of html.matchAll(TAG)) {
    if (name?.toLowerCase() === 'script') {
      // Module scripts and classic ones (public/theme.js runs before the first paint) alike.
      const src = attribute(tag, 'src');
      if (src) js.push(src);
      continue;
    }
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') js.push(href);
    if (rel === 'stylesheet') css.push(href);
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

async function measure(distDir: string, files: string[]) {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    // Built paths are absolute from the site root (`/assets/…`); anything remote is not ours.
    if (/^[a-z]+:\/\//i.test(file)) throw new Error(`index.html loads a remote asset: ${file}`);
    const bytes = await readFile(join(distDir, file.replace(/^\//, '')));
    rawBytes += bytes.length;
    // zlib's default level, as Vite's own size report uses.
    gzipBytes += gzipSync(bytes).length;
  }
  return { files, rawBytes, gzipBytes };
}

export async function measureInitialAssets(distDir: string): Promise<InitialAssets> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const paths = initialAssetPaths(html);
  if (paths.js.length === 0) throw new Error(`No entry script found in ${distDir}/index.html.`);
  return { js: await measure(distDir, paths.js), css: await measure(distDir, paths.css) };
}
