/**
 * Bundle-size benchmark: gzip size of our page's JavaScript against a bare maplibre + react + zustand
 * + d3 build made in the same run (bare-app/). Budget (issue 3): main bundle at most 1.15×.
 * Workers (MapLibre's, in both; our dataset loader) are listed separately.
 *
 * Usage: node scripts/bench/bundle/run.mjs  (after `vite build`; builds the bare app into a temp dir)
 */
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../../..');

function jsSizes(folder) {
  const assets = join(folder, 'assets');
  return readdirSync(assets)
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => {
      const bytes = readFileSync(join(assets, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

const isWorker = (name) => /worker/i.test(name);
const entryOf = (folder) => {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  return /src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
};
/**
 * The chunks the page loads before it can run: the entry and, transitively, every chunk it imports
 * statically (`import … from "./x.js"`), as Rollup emits shared code. Dynamic imports load later.
 */
const startupChunks = (folder) => {
  const names = new Set();
  const visit = (name) => {
    if (names.has(name)) return;
    names.add(name);
    const code = readFileSync(join(folder, 'assets', name), 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g,
    ))
      visit(match[1]);
  };
  visit(entryOf(folder));
  return names;
};
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

export async function benchBundle() {
  const bareOut = mkdtempSync(join(tmpdir(), 'qm-bare-'));
  await build({
    root: join(here, 'bare-app'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: bareOut, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  const ours = jsSizes(join(repo, 'dist'));
  const bare = jsSizes(bareOut);
  const ourStartup = startupChunks(join(repo, 'dist'));
  const bareStartup = startupChunks(bareOut);
  const sum = (files) => files.reduce((total, file) => total + file.gzip, 0);
  const ourEntry = sum(ours.filter((file) => ourStartup.has(file.name)));
  const bareEntry = sum(bare.filter((file) => bareStartup.has(file.name)));
  if (!ourEntry || !bareEntry) throw new Error('entry chunk not found; run vite build first');
  const ourMain = ours.filter((file) => !isWorker(file.name));
  console.log(`bundle  bare maplibre+react+zustand+d3: entry ${kB(bareEntry)} gzip`);
  console.log(
    `bundle  ours: entry with its static imports (${[...ourStartup].join(', ')}) ${kB(ourEntry)} gzip; ratio ${(ourEntry / bareEntry).toFixed(2)}× (budget 1.15×)`,
  );
  for (const file of ours.filter((candidate) => !ourStartup.has(candidate.name)))
    console.log(
      `bundle    + ${file.name}: ${kB(file.gzip)} gzip${isWorker(file.name) ? ' (worker)' : ' (loaded on demand)'}`,
    );
  console.log(
    `bundle  all of our main-thread JS ${kB(sum(ourMain))} (${(sum(ourMain) / bareEntry).toFixed(2)}×)`,
  );
  return { ours: ourEntry, bare: bareEntry, ratio: ourEntry / bareEntry };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchBundle();
  if (result.ratio > 1.15) process.exitCode = 1;
}
