// Map benchmarks (plain Node + playwright-core, no TypeScript): for the demo, Berlin's 542
// Planungsräume and a synthetic 20,000-cell grid, our built app (dist/) against a bare MapLibre
// page with the same maplibre-gl build and the same GeoJSON, in Debian's headless Chromium:
//   (a) navigation → first coloured choropleth on screen (app: window.__qm.presentedAt; bare: the
//       same, the first animation frame after the first 'idle', when that frame has been composited)
//   (b) repaint after a change of year (app: store.setYear → next 'idle', window.__qm.lastRepaintMs;
//       bare: a setFeatureState loop over all features → next 'idle')
// Runs alternate app and baseline (fresh browser context each) so machine noise hits both.
// Budgets (DESIGN.md): both ratios ≤ 1.3. Needs `npx vite build` first; writes only to a temp dir.
//
//   node scripts/bench/map/run.mjs [--runs 5] [--repaints 3] [--only demo,berlin,grid20k] [--json]
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { berlinFeatures, gridFeatures, writeDataset, YEARS } from './datasets.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const BUDGET = 1.3;

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};

/** Copies dist/, the bare page and the benchmark datasets into a temp folder to serve. */
function prepareSite(only) {
  const dist = path.join(repoRoot, 'dist');
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error('dist/ fehlt / missing: run `npx vite build` first');
  const root = mkdtempSync(path.join(tmpdir(), 'qm-map-bench-'));
  cpSync(dist, root, { recursive: true });
  const bare = path.join(root, 'bare-map');
  cpSync(path.join(here, 'bare.html'), path.join(bare, 'index.html'));
  cpSync(path.join(here, 'bare.js'), path.join(bare, 'bare.js'));
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    cpSync(path.join(repoRoot, 'node_modules/maplibre-gl/dist', file), path.join(bare, file));
  }
  const datasets = [];
  if (only.includes('demo')) {
    const geojson = readdirSync(path.join(root, 'assets')).find((file) =>
      /^sozialraeume-.*\.geojson$/.test(file),
    );
    datasets.push({
      name: 'demo',
      areas: 99,
      appQuery: '',
      geojson: `../assets/${geojson}`,
      years: [2015, 2024],
    });
  }
  if (only.includes('berlin')) {
    const areas = writeDataset(
      path.join(root, 'bench-data/berlin'),
      'berlin-bench',
      'Berlin PLR (Benchmark)',
      berlinFeatures(),
      542,
    );
    datasets.push({
      name: 'berlin',
      areas,
      appQuery: '?dataset=bench-data/berlin/manifest.json',
      geojson: '../bench-data/berlin/areas.geojson',
      years: YEARS,
    });
  }
  if (only.includes('grid20k')) {
    const areas = writeDataset(
      path.join(root, 'bench-data/grid'),
      'grid-bench',
      'Raster 20.000 (Benchmark)',
      gridFeatures(),
      20_000,
    );
    datasets.push({
      name: 'grid20k',
      areas,
      appQuery: '?dataset=bench-data/grid/manifest.json',
      geojson: '../bench-data/grid/areas.geojson',
      years: YEARS,
    });
  }
  return { root, datasets };
}

async function measureApp(browser, baseUrl, dataset, repaints) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${baseUrl}${dataset.appQuery}`);
    await page.waitForFunction(() => window.__qm?.presentedAt != null, undefined, { timeout: 180_000 });
    const navigation = await page.evaluate(() => window.__qm.presentedAt);
    const repaintTimes = [];
    for (let index = 0; index < repaints; index++) {
      const year = dataset.years[index % 2 === 0 ? 0 : dataset.years.length - 1];
      const before = await page.evaluate(() => window.__qm.repaintCount);
      await page.evaluate((year) => window.__qmStore.getState().setYear(year), year);
      await page.waitForFunction((count) => window.__qm.repaintCount > count, before, { timeout: 60_000 });
      repaintTimes.push(await page.evaluate(() => window.__qm.lastRepaintMs));
    }
    if (errors.length) throw new Error(`app errors: ${errors.join('; ')}`);
    return { navigation, repaints: repaintTimes };
  } finally {
    await context.close();
  }
}

async function measureBare(browser, baseUrl, dataset, repaints) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}bare-map/index.html?geojson=${encodeURIComponent(dataset.geojson)}`);
    await page.waitForFunction(() => window.__bare?.presentedAt != null, undefined, { timeout: 180_000 });
    const navigation = await page.evaluate(() => window.__bare.presentedAt);
    const repaintTimes = [];
    for (let index = 0; index < repaints; index++) {
      repaintTimes.push(await page.evaluate((k) => window.__bare.repaint(k), index + 1));
    }
    return { navigation, repaints: repaintTimes };
  } finally {
    await context.close();
  }
}

/** Runs the map benchmarks and returns one row per dataset (medians in ms, ratios app / bare). */
export async function runMapBenchmarks({
  runs = 5,
  repaints = 3,
  only = ['demo', 'berlin', 'grid20k'],
  log = console.log,
} = {}) {
  const { root, datasets } = prepareSite(only);
  const { startServer } = await import(pathToFileURL(path.join(repoRoot, 'scripts/serve.mjs')).href);
  const server = await startServer({ root, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--disable-gpu', '--disable-quic'],
  });
  const rows = [];
  try {
    for (const dataset of datasets) {
      const app = { navigation: [], repaints: [] };
      const bare = { navigation: [], repaints: [] };
      // One unmeasured warm-up of each (disk cache of the OS, JIT of the server).
      await measureBare(browser, server.url, dataset, 1);
      await measureApp(browser, server.url, dataset, 1);
      for (let run = 0; run < runs; run++) {
        for (const [target, measure] of [
          [bare, measureBare],
          [app, measureApp],
        ]) {
          const result = await measure(browser, server.url, dataset, repaints);
          target.navigation.push(result.navigation);
          target.repaints.push(...result.repaints);
        }
      }
      const row = {
        dataset: dataset.name,
        areas: dataset.areas,
        navigationApp: median(app.navigation),
        navigationBare: median(bare.navigation),
        repaintApp: median(app.repaints),
        repaintBare: median(bare.repaints),
      };
      row.navigationRatio = row.navigationApp / row.navigationBare;
      row.repaintRatio = row.repaintApp / row.repaintBare;
      rows.push(row);
      log(
        `map ${row.dataset.padEnd(8)} ${String(row.areas).padStart(6)} areas | first choropleth app ${row.navigationApp.toFixed(0)} ms, bare ${row.navigationBare.toFixed(0)} ms, ratio ${row.navigationRatio.toFixed(2)} | repaint app ${row.repaintApp.toFixed(1)} ms, bare ${row.repaintBare.toFixed(1)} ms, ratio ${row.repaintRatio.toFixed(2)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runMapBenchmarks({
    runs: Number(option('runs', 5)),
    repaints: Number(option('repaints', 3)),
    only: option('only', 'demo,berlin,grid20k').split(','),
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 1));
  const over = rows.flatMap((row) =>
    [
      ['first choropleth', row.navigationRatio],
      ['repaint', row.repaintRatio],
    ]
      .filter(([, ratio]) => ratio > BUDGET)
      .map(([what, ratio]) => `${row.dataset} ${what} ${ratio.toFixed(2)} > ${BUDGET}`),
  );
  console.log(over.length ? `over budget: ${over.join('; ')}` : `all map ratios within ${BUDGET}×`);
  process.exitCode = over.length ? 1 : 0;
}
