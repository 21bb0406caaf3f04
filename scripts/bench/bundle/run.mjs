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
  const ourEntry = ours.find((file) => file.name === entryOf(join(repo, 'dist')));
  const bareEntry = bare.find((file) => file.name === entryOf(bareOut));
  if (!ourEntry || !bareEntry) throw new Error('entry chunk not found; run vite build first');
  const ourMain = ours.filter((file) => !isWorker(file.name));
  const sum = (files) => files.reduce((total, file) => total + file.gzip, 0);
  console.log(`bundle  bare maplibre+react+zustand+d3: entry ${kB(bareEntry.gzip)} gzip`);
  console.log(
    `bundle  ours: entry ${kB(ourEntry.gzip)} gzip; ratio ${(ourEntry.gzip / bareEntry.gzip).toFixed(2)}× (budget 1.15×)`,
  );
  for (const file of ours.filter((candidate) => candidate !== ourEntry))
    console.log(
      `bundle    + ${file.name}: ${kB(file.gzip)} gzip${isWorker(file.name) ? ' (worker)' : ' (loaded on demand)'}`,
    );
  console.log(
    `bundle  all of our main-thread JS ${kB(sum(ourMain))} (${(sum(ourMain) / bareEntry.gzip).toFixed(2)}×)`,
  );
  return { ours: ourEntry.gzip, bare: bareEntry.gzip, ratio: ourEntry.gzip / bareEntry.gzip };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchBundle();
  if (result.ratio > 1.15) process.exitCode = 1;
}
