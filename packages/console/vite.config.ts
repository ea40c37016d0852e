// Vite build of the console: one bundle under dist/, served by the server at /console/ (no CDN, no inline script).
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/console/',
  // JSX via Vite's own transform (React's automatic runtime); no plugin needed for a production build.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows no inline script: keep the module-preload polyfill out of the page.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
