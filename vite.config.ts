import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The dev server is started by `server/main.ts --dev` in middleware mode, so the simulator,
// the proxy and the app share one origin in development exactly as they do under `npm start`.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
