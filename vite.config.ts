import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
// `.js`: Vite's config loader wants an extension on relative imports (TypeScript maps it to .ts).
import { precompress } from './scripts/precompress-plugin.js';
import { pureReactRouter } from './scripts/pure-react-router-plugin.js';
import { firstPageChunk } from './scripts/first-page-chunk-plugin.js';

// React Router's package exports point every condition at its development build (warnings
// included); builds take its production build instead: 0.5 kB less gzip on the first page.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

// The dev server is started by `server/main.ts --dev` in middleware mode, so the simulator,
// the proxy and the app share one origin in development exactly as they do under `npm start`.
export default defineConfig(({ command }) => {
  const firstPage = firstPageChunk();
  return {
    plugins: [react(), tailwindcss(), pureReactRouter(), firstPage.plugin, precompress()],
    resolve: {
      alias:
        command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
    },
    build: {
      target: 'es2022',
      sourcemap: 'hidden',
      // The polyfill fetches <link rel="modulepreload"> for browsers without it, and the first page
      // has none (it is one chunk); the chunks loaded on demand are preloaded by Vite's helper,
      // which uses rel="preload" where modulepreload is missing. 0.2 kB gzip of the first page.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'first-page', test: firstPage.test }] } },
      },
    },
  };
});
