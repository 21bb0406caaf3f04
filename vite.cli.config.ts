import { defineConfig } from 'vite';

// The CLI is the same TypeScript as the app, bundled once for Node (npm's `prepare` runs this on install).
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'quartiersmonitor.mjs' } },
  },
  ssr: { noExternal: true },
});
