// Vite build of the console: one bundle under dist/, served by the server at /console/ (no CDN, no inline script).
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/console/',
  // JSX via Vite's own transform (React's automatic runtime); no plugin needed for a production build.
  oxc: { jsx: { runtime: 'automatic' } },
  // `npm run dev -w @latchkey/console` next to `npm start`: the API stays on the server, same origin to the page.
  server: { host: '127.0.0.1', proxy: { '/v0': 'http://127.0.0.1:7420' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows no inline script: keep the module-preload polyfill out of the page.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
