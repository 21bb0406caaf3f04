// Diagnostic, not a benchmark: when the 20,000-area grid's dataset and first coloured map
// arrive after navigation (3 runs). Needs `npx vite build` first; writes only to a temp dir.
//   node scripts/bench/map/timeline.mjs
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../serve.mjs';
import { gridFeatures, writeDataset } from './datasets.mjs';
const root = mkdtempSync(path.join(tmpdir(), 'qm-tl-'));
cpSync(fileURLToPath(new URL('../../../dist', import.meta.url)), root, { recursive: true });
writeDataset(path.join(root, 'bench-data/grid'), 'grid-bench', 'Raster', gridFeatures(), 20000);
const server = await startServer({ root, port: 0 });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--disable-quic'],
});
for (let run = 0; run < 3; run++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__tl = [];
    const poll = setInterval(() => {
      if (!window.__qmStore) return;
      clearInterval(poll);
      window.__tl.push(['store', performance.now()]);
      window.__qmStore.subscribe((s, p) => {
        if (s.dataset && !p.dataset) window.__tl.push(['dataset', performance.now()]);
      });
    }, 1);
  });
  await page.goto(server.url + '?dataset=bench-data/grid/manifest.json');
  await page.waitForFunction(() => window.__qm?.paintedAt != null, undefined, { timeout: 120000 });
  const tl = await page.evaluate(() => [...window.__tl, ['painted', window.__qm.paintedAt]]);
  console.log(tl.map(([k, t]) => `${k} ${Math.round(t)}`).join(' | '));
  await page.close();
}
await browser.close();
await server.close();
