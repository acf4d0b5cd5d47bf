// The first screen's budgets, checked on every test run: the JS and CSS a first visit loads
// before the list can draw (the entry script, the chunks it preloads, the stylesheets), gzipped
// at zlib's default level as Vite reports them. The e2e set-up has just built `dist/` for
// production. Deterministic: the same build gives the same bytes.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialAssetPaths, measureInitialAssets } from '../../scripts/bench/bundle-size';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
/** 1 kB = 1000 B. */
const JS_BUDGET = 125_000;
const CSS_BUDGET = 12_000;

describe('the first screen', () => {
  it('loads at most 125 kB of JS and 12 kB of CSS, gzipped', async () => {
    const { js, css } = await measureInitialAssets(dist);
    expect(js.files.length).toBeGreaterThan(0);
    expect(css.files.length).toBeGreaterThan(0);
    expect(js.gzipBytes, `JS of the first screen: ${js.files.join(', ')}`).toBeLessThanOrEqual(
      JS_BUDGET,
    );
    expect(css.gzipBytes, `CSS of the first screen: ${css.files.join(', ')}`).toBeLessThanOrEqual(
      CSS_BUDGET,
    );
  });

  it('counts every script and stylesheet index.html makes the browser load', () => {
    const html = `<script src="/theme.js"></script>
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/chunk-b.js">
      <link rel="stylesheet" crossorigin href="/assets/index-c.css">
      <link rel="icon" href="/favicon.svg">`;
    expect(initialAssetPaths(html)).toEqual({
      js: ['/theme.js', '/assets/index-a.js', '/assets/chunk-b.js'],
      css: ['/assets/index-c.css'],
    });
  });
});
