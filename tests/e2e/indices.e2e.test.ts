// Composite indices as a planner sees them: the Gesamtindex (status × dynamics) map coloured by its
// matrix legend on the demo city, and the Berlin MSS 2021 built by `npm run berlin-mss`, served
// with `serve.mjs --data`, where the areas the data marks invalid show as excluded with the reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { byTestId, textOf } from './driver';
import { launchBrowser, openPage, screenshot, type Browser, type Page } from './helper';
import { mapColors, mapHistogram, waitForMap } from './map-driver';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let browser: Browser;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await browser?.close();
});

/** Counts in the matrix grid, row-major (status rows × dynamics columns). */
async function matrixCounts(page: Page): Promise<number[]> {
  const texts = await page
    .locator('[data-testid="legend-matrix"] [data-testid^="legend-count-"]')
    .allInnerTexts();
  return texts.map(Number);
}

/** Swatch colours of the grid cells as "#rrggbb". */
async function matrixSwatches(page: Page): Promise<string[]> {
  return page.locator('[data-testid="legend-matrix"] .legend-matrix-cell').evaluateAll((cells) =>
    cells.map((cell) => {
      const [r, g, b] = getComputedStyle(cell).backgroundColor.match(/\d+/g)!.map(Number);
      return `#${[r, g, b].map((channel) => channel!.toString(16).padStart(2, '0')).join('')}`;
    }),
  );
}

it('colours the demo’s Gesamtindex map by its 4 × 3 matrix legend', async () => {
  const app = await openPage(browser, `${inject('baseUrl')}?i=gesamtindex`, {
    viewport: { width: 1400, height: 900 },
  });
  closers.push(app.close);
  const { page } = app;
  await waitForMap(page);
  await expect.poll(() => page.locator('[data-testid="legend-matrix"] .legend-matrix-cell').count()).toBe(12);
  const counts = await matrixCounts(page);
  const excluded = Number((await byTestId(page, 'legend-missing-excluded').innerText()).match(/\d+$/)![0]);
  expect(counts.reduce((sum, count) => sum + count, 0) + excluded).toBe(99);
  // the map paints with the legend's colours: every cell that has areas shows on the canvas
  const swatches = await matrixSwatches(page);
  expect(await mapColors(page)).toEqual(swatches);
  const histogram = await mapHistogram(page);
  swatches.forEach((color, cell) => {
    if (counts[cell]! > 0) expect(histogram[color] ?? 0, `cell ${cell} ${color}`).toBeGreaterThan(0);
  });
  expect(new Set(swatches).size).toBe(12);
  // no classification controls: the classes come from the manifest
  expect(await page.locator('[data-testid="classify"]').count()).toBe(0);
  await screenshot(page, 'indices-demo-gesamtindex');
  // The status index has no city value: with no area chosen, a sentence instead of empty axes.
  await page.evaluate(() => window.__qmStore!.getState().setIndicator('status_index'));
  await expect
    .poll(() => textOf(page, 'detail-trend-none'))
    .toBe('Zeitreihe: keine Werte (Aussage nicht sinnvoll).');
  await page.evaluate(() => window.__qmStore!.getState().selectArea('0101'));
  await expect.poll(() => page.locator('[data-testid="detail-trend"]').count()).toBe(1);
  expect(app.consoleErrors).toEqual([]);
  expect(app.externalRequests()).toEqual([]);
});

it('opens the Berlin MSS 2021 and shows the invalid areas as excluded with their reason', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qm-berlin-e2e-'));
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/berlin-mss.mjs'), dataDir]);
  const { startServer } = (await import(
    /* @vite-ignore */ pathToFileURL(path.join(repoRoot, 'scripts/serve.mjs')).href
  )) as {
    startServer: (options: object) => Promise<{ url: string; close: () => Promise<void> }>;
  };
  const server = await startServer({ root: path.join(repoRoot, 'dist'), data: dataDir, port: 0 });
  closers.push(server.close);
  const app = await openPage(browser, `${server.url}?dataset=data-extra/manifest.json&a=10100205`, {
    viewport: { width: 1400, height: 900 },
  });
  closers.push(app.close);
  const { page } = app;
  await waitForMap(page, { timeout: 90_000 });
  expect(await textOf(page, 'dataset-title')).toContain('Berlin 2021');
  // official class counts (mss_2021_indizes.csv): status 75 / 366 / 46 / 49 over 536 valid areas
  await expect.poll(() => matrixCounts(page).then((counts) => counts.length)).toBe(12);
  const counts = await matrixCounts(page);
  const rows = [0, 1, 2, 3].map((row) => counts.slice(row * 3, row * 3 + 3).reduce((a, b) => a + b, 0));
  expect(rows).toEqual([75, 366, 46, 49]);
  // the six invalid Planungsräume: excluded, with the reason from the KOM column
  expect(await byTestId(page, 'legend-missing-excluded').innerText()).toMatch(/Ausgeschlossen\s+6$/);
  const reasons = await textOf(page, 'legend-excluded-reasons');
  expect(reasons).toContain('unter 300 Einwohner:innen: 5');
  expect(reasons).toContain('Ausreißer: 1');
  expect(await textOf(page, 'detail-name')).toContain('Gewerbegebiet Bitterfelder Straße');
  expect(await textOf(page, 'detail-excluded-reason')).toBe('Ausreißer');
  expect(await textOf(page, 'detail-index-gesamtindex')).toBe('ausgeschlossen: Ausreißer');
  // excluded areas are painted in the plain excluded grey
  expect((await mapHistogram(page))['#c8ced5'] ?? 0).toBeGreaterThan(0);
  await screenshot(page, 'indices-berlin-excluded');

  // a valid area shows its status, dynamics and Gesamtindex classes
  await page.evaluate(() => window.__qmStore!.getState().selectArea('01100415'));
  await expect.poll(() => textOf(page, 'detail-index-status_index')).toBe('mittel');
  expect(await textOf(page, 'detail-index-gesamtindex')).toMatch(/^Status mittel, Dynamik /);
  // One year of data: no time series, and the panel says why.
  await page.evaluate(() => window.__qmStore!.getState().setIndicator('s1'));
  await expect
    .poll(() => textOf(page, 'detail-trend-none'))
    .toBe('Zeitreihe: der Datensatz hat nur ein Jahr (2020).');
  expect(app.consoleErrors).toEqual([]);
  expect(app.externalRequests()).toEqual([]);
}, 120_000);
