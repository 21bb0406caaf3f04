import { defineConfig } from 'vite';

// Benchmarks run the same TypeScript as app and CLI, bundled once for Node.
export default defineConfig({
  build: {
    ssr: 'scripts/bench/main.ts',
    outDir: 'dist-bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
  ssr: { noExternal: true },
});
