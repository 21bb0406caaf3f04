import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Nothing may leave the page's origin (DESIGN.md, privacy): the built page says so to the browser.
// Only in the build: the dev server injects inline scripts for hot reload. A configured basemap
// (VITE_BASEMAP_URL, off by default) is the one exception, and only its own origin is allowed.
const basemapOrigin = (() => {
  try {
    return process.env.VITE_BASEMAP_URL
      ? new URL(process.env.VITE_BASEMAP_URL.replace(/[{}]/g, '')).origin
      : '';
  } catch {
    return '';
  }
})();
const extra = basemapOrigin ? ` ${basemapOrigin}` : '';

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content:
          `default-src 'self'; img-src 'self' data: blob:${extra}; style-src 'self' 'unsafe-inline'; ` +
          `worker-src 'self' blob:; connect-src 'self' data: blob:${extra}`,
      },
      injectTo: 'head-prepend',
    },
  ],
};

// The first dataset load starts from its own small entry (first-load.ts and the worker's URL), run by
// an async script in the page's head: the loading worker then fetches and parses while the browser
// still downloads and compiles the main bundle (MapLibre, React), instead of after it. main.tsx
// imports the same chunk, so both share one module instance.
const FIRST_LOAD_ENTRY = 'src/ui/app/first-load.ts';
const firstLoadScript: Plugin = {
  name: 'first-load-script',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, context) => {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(FIRST_LOAD_ENTRY),
      );
      if (!chunk) throw new Error(`first-load chunk missing from the bundle (${FIRST_LOAD_ENTRY})`);
      return [
        {
          tag: 'script',
          attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` },
          injectTo: 'head',
        },
      ];
    },
  },
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy, firstLoadScript],
  base: './',
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { index: 'index.html', 'first-load': FIRST_LOAD_ENTRY },
      // MapLibre and React in chunks of their own. When an Error is created while a module is
      // evaluated (React-DOM makes its SuspenseException at the top level) and an inspector is
      // attached (DevTools, or playwright in our benchmarks and e2e tests), V8 re-parses the whole
      // script to find source positions: 88 ms for one 1.36 MB chunk here, ~3 ms for React's own.
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  // Module workers (created with type 'module'), so the loading worker can split off what only some
  // data needs (proj4 for reprojection, shpjs for shapefiles) and start sooner.
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/property/**/*.test.ts', 'tests/real/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['tests/setup/derive.ts'],
  },
});
