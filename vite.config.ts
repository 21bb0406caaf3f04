import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// Nothing may leave the page's origin (DESIGN.md, privacy): the built page says so to the browser.
// Only in the build: the dev server injects inline scripts for hot reload.
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content:
          "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self' data: blob:",
      },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  base: './',
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/property/**/*.test.ts', 'tests/real/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
