// The choropleth in Debian's Chromium: coloured with the legend's colours, repainted on a change of
// year, indicator, classification and level, hover tooltip, click and Shift-click selection, labels,
// camera in the store; no request leaves the origin and nothing is logged as an error.
// The specs share one page (loading it costs seconds on 2 cores) and run in order.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { byTestId } from './driver';
import { launchBrowser, openPage, screenshot, type Browser, type OpenedPage } from './helper';
import {
  areaPoints,
  boundaryDrawing,
  changeAndWaitForRepaint,
  clickMap,
  hoverMap,
  mapCanvas,
  mapColors,
  mapHistogram,
  waitForMap,
  waitForMapSettled,
} from './map-driver';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let browser: Browser;
let app: OpenedPage;

/** Pixels per colour that count as "this colour fills at least one area" (edges are blended). */
const MIN_PIXELS = 40;

async function expectClassColoursOnCanvas(): Promise<Record<string, number>> {
  const colors = await mapColors(app.page);
  expect(colors.length).toBeGreaterThanOrEqual(3);
  // Only classes with areas can show (equal intervals over 10 districts leave some empty).
  const counts = await app.page.evaluate(() => [...window.__qm!.classes!.counts]);
  const used = colors.filter((_, index) => (counts[index] ?? 0) > 0);
  expect(used.length).toBeGreaterThanOrEqual(2);
  const histogram = await mapHistogram(app.page);
  const missing = used.filter((color) => (histogram[color] ?? 0) < MIN_PIXELS);
  expect(missing, `class colours not on the canvas; top colours: ${topColours(histogram)}`).toEqual([]);
  return histogram;
}

function topColours(histogram: Record<string, number>): string {
  return Object.entries(histogram)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([color, count]) => `${color}:${count}`)
    .join(' ');
}

const state = () =>
  app.page.evaluate(() => {
    const { selectedId, comparisonIds, camera, cameraOrigin, levelId, year, indicatorId } =
      window.__qmStore!.getState();
    return { selectedId, comparisonIds, camera, cameraOrigin, levelId, year, indicatorId };
  });

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openPage(browser, inject('baseUrl'), { viewport: { width: 1280, height: 900 } });
  await waitForMap(app.page);
  await byTestId(app.page, 'map').scrollIntoViewIfNeeded();
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('Karte / map', () => {
  it('zeigt die Klassenfarben der Legende / paints the legend colours', async () => {
    await screenshot(app.page, 'map-initial');
    await expectClassColoursOnCanvas();
    expect(await app.page.evaluate(() => document.body.dataset.ready)).toBe('true');
    // Fitted to the data, and the fit is not written into the store (the URL stays short).
    expect((await state()).camera).toBeNull();
    // ... clear of the open legend: no area lies under it.
    const dataLeftOfLegend = await app.page.evaluate(() => {
      const map = window.__qm!.map;
      const { dataset, levelId } = window.__qmStore!.getState();
      const levelIndex = dataset!.data.levels.findIndex((level) => level.id === levelId);
      const [west, south, , north] = dataset!.geometry[levelIndex]!.bbox;
      const canvas = map.getCanvas().getBoundingClientRect();
      const legend = document.querySelector('[data-testid="legend"]')!.getBoundingClientRect();
      return canvas.left + map.project([west, (south + north) / 2]).x - legend.right;
    });
    expect(dataLeftOfLegend).toBeGreaterThanOrEqual(0);
  });

  it('malt beim Jahreswechsel neu / repaints on a change of year', async () => {
    const before = await app.page.evaluate(() => [...window.__qm!.stateClasses!]);
    const histogramBefore = await mapHistogram(app.page);
    const years = await app.page.evaluate(() => window.__qmStore!.getState().dataset!.data.years);
    await changeAndWaitForRepaint(app.page, 'setYear', years[0]);
    const after = await app.page.evaluate(() => [...window.__qm!.stateClasses!]);
    expect(after).not.toEqual(before);
    const histogramAfter = await expectClassColoursOnCanvas();
    expect(histogramAfter).not.toEqual(histogramBefore);
    expect(await app.page.evaluate(() => window.__qm!.lastRepaintMs)).toBeGreaterThan(0);
    await screenshot(app.page, 'map-first-year');
  });

  it('malt bei Indikator und Klassifikation neu / repaints on indicator and classification', async () => {
    await changeAndWaitForRepaint(app.page, 'setIndicator', 'kinderarmut');
    expect(await app.page.evaluate(() => window.__qm!.classes!.indicatorId)).toBe('kinderarmut');
    await expectClassColoursOnCanvas();
    await changeAndWaitForRepaint(app.page, 'setClassification', { method: 'equal-interval', classes: 7 });
    const colors = await mapColors(app.page);
    expect(colors.length).toBe(7);
    await expectClassColoursOnCanvas();
    await screenshot(app.page, 'map-kinderarmut-7-classes');
  });

  it('zeigt beim Überfahren den Tooltip / hover shows the tooltip', async () => {
    const [area] = await areaPoints(app.page, 1);
    expect(area).toBeDefined();
    await hoverMap(app.page, area!);
    const tooltip = byTestId(app.page, 'map-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await byTestId(app.page, 'map-tooltip-name').innerText()).toBe(area!.name);
    expect(await tooltip.innerText()).toMatch(/%|Klasse|geheim|ausgeschlossen|unbekannt/);
    await screenshot(app.page, 'map-tooltip');
  });

  it('Klick wählt, Umschalt-Klick vergleicht / click selects, Shift-click compares', async () => {
    const [first, second, third] = await areaPoints(app.page, 3);
    await clickMap(app.page, first!);
    await app.page.waitForFunction((id) => window.__qmStore!.getState().selectedId === id, first!.id);
    await clickMap(app.page, second!, ['Shift']);
    await clickMap(app.page, third!, ['Control']);
    await app.page.waitForFunction(() => window.__qmStore!.getState().comparisonIds.length === 2);
    const selected = await state();
    expect(selected.selectedId).toBe(first!.id);
    expect(selected.comparisonIds).toEqual([second!.id, third!.id]);
    // The outlines are drawn in the areas' chart colours: the selected area's first, then the two compared.
    const histogram = await mapHistogram(app.page);
    for (const colour of ['#4e79a7', '#f28e2c', '#76b7b2'])
      expect(histogram[colour] ?? 0, colour).toBeGreaterThan(MIN_PIXELS);
    await screenshot(app.page, 'map-selection');
    // Shift-click on a compared area removes it again.
    await clickMap(app.page, third!, ['Shift']);
    await app.page.waitForFunction(() => window.__qmStore!.getState().comparisonIds.length === 1);
    // A double-click zooms to an area and leaves selection and comparison as they were.
    const zoom = () => app.page.evaluate(() => window.__qm!.map.getZoom());
    const zoomBefore = await zoom();
    try {
      await mapCanvas(app.page).dblclick({ position: { x: third!.x, y: third!.y } });
      await expect.poll(zoom).toBeGreaterThan(zoomBefore + 0.5);
      await waitForMapSettled(app.page);
      expect(await state()).toMatchObject({ selectedId: first!.id, comparisonIds: [second!.id] });
      // The area lies clear of the floating legend: none of it is drawn under the legend's box.
      const underLegend = await app.page.evaluate((areaId) => {
        const map = window.__qm!.map;
        const level = window.__qmStore!.getState().dataset!.data.levels[0]!;
        const index = (level.areaIds as readonly string[]).indexOf(areaId);
        const origin = map.getContainer().getBoundingClientRect();
        const box = document.querySelector('[data-testid="legend"]')!.getBoundingClientRect();
        const features = map.queryRenderedFeatures(
          [
            [box.left - origin.left, box.top - origin.top],
            [box.right - origin.left, box.bottom - origin.top],
          ],
          { layers: ['qm-sozialraum-fill'] },
        );
        return { index, ids: features.map((feature) => feature.id) };
      }, third!.id);
      expect(underLegend.index).toBeGreaterThanOrEqual(0);
      expect(underLegend.ids).not.toContain(underLegend.index);
    } finally {
      // Back to the whole city for the tests after this one.
      await byTestId(app.page, 'map-fit').click();
      await app.page.waitForFunction(() => window.__qmStore!.getState().camera === null);
      await waitForMapSettled(app.page);
    }
  });

  it('Ebenenwechsel zeigt die Stadtbezirke / level switch shows the districts', async () => {
    await app.page.evaluate(() => window.__qmStore!.getState().selectArea(null));
    const before = await app.page.evaluate(() => window.__qm!.repaintCount);
    await byTestId(app.page, 'level-select').selectOption('stadtbezirk');
    await app.page.waitForFunction((count) => window.__qm!.repaintCount > count, before);
    expect(await app.page.evaluate(() => window.__qm!.classes!.levelIndex)).toBe(1);
    expect(await app.page.evaluate(() => window.__qm!.stateClasses!.length)).toBe(10);
    await expectClassColoursOnCanvas();
    const areas = await areaPoints(app.page, 20);
    expect(areas.length).toBeGreaterThan(3);
    expect(areas.length).toBeLessThanOrEqual(10);
    await screenshot(app.page, 'map-stadtbezirke');
    await byTestId(app.page, 'level-select').selectOption('sozialraum');
    await app.page.waitForFunction(() => window.__qm!.classes!.levelIndex === 0);
  });

  it('Beschriftung ein- und ausschalten / labels toggle', async () => {
    const toggle = byTestId(app.page, 'labels-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const labels = byTestId(app.page, 'map-labels').locator('.map-label');
    await labels.first().waitFor({ state: 'visible' });
    expect(await labels.count()).toBeGreaterThan(5);
    const names = await app.page.evaluate(() => window.__qmStore!.getState().dataset!.data.levels[0]!.names);
    expect(names).toContain(await labels.first().innerText());
    await screenshot(app.page, 'map-labels');
    // None runs under the legend or the buttons floating over the map.
    const underneath = await app.page.evaluate(() => {
      const boxes = [
        ...document.querySelectorAll('[data-testid="legend"], .map-buttons, .maplibregl-ctrl-group'),
      ].map((element) => element.getBoundingClientRect());
      return [...document.querySelectorAll('.map-label')]
        .filter((label) => {
          const box = label.getBoundingClientRect();
          return boxes.some(
            (other) =>
              box.left < other.right &&
              box.right > other.left &&
              box.top < other.bottom &&
              box.bottom > other.top,
          );
        })
        .map((label) => label.textContent);
    });
    expect(underneath).toEqual([]);
    await toggle.click();
    expect(await byTestId(app.page, 'map-labels').count()).toBe(0);
  });

  it('Kamera: Zoom landet im Store, Store-Kamera bewegt die Karte / camera round trip', async () => {
    await byTestId(app.page, 'map').locator('.maplibregl-ctrl-zoom-in').click();
    await app.page.waitForFunction(() => window.__qmStore!.getState().camera !== null);
    const zoomed = await state();
    expect(zoomed.cameraOrigin).toBe('map');
    await app.page.evaluate(() =>
      window.__qmStore!.getState().setCamera({ center: [10.2, 53.2], zoom: 13.5 }, 'app'),
    );
    const center = await app.page.evaluate(() => {
      const map = window.__qm!.map;
      return { lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
    });
    expect(center.lng).toBeCloseTo(10.2, 4);
    expect(center.lat).toBeCloseTo(53.2, 4);
    expect(center.zoom).toBeCloseTo(13.5, 4);
    // The map did not echo the app's camera back.
    expect((await state()).cameraOrigin).toBe('app');
    await byTestId(app.page, 'map-fit').click();
    await app.page.waitForFunction(() => window.__qmStore!.getState().camera === null);
  });

  it('Zoomknöpfe zoomen um die sichtbare Mitte / zoom buttons zoom around the visible middle', async () => {
    // The map beside the floating legend, and the place shown at the canvas's top-left corner.
    const before = await app.page.evaluate(() => {
      const map = window.__qm!.map;
      const box = map.getContainer().getBoundingClientRect();
      const legend = document.querySelector('[data-testid="legend"]')!.getBoundingClientRect();
      const visible = { x: (legend.right - box.left + box.width) / 2, y: box.height / 2 };
      return { visible, width: box.width, corner: map.unproject([0, 0]).toArray(), zoom: map.getZoom() };
    });
    const zoomIn = byTestId(app.page, 'map').locator('.maplibregl-ctrl-zoom-in');
    await zoomIn.click();
    await app.page.waitForFunction((zoom) => window.__qm!.map.getZoom() >= zoom + 0.999, before.zoom);
    await zoomIn.click();
    await app.page.waitForFunction((zoom) => window.__qm!.map.getZoom() >= zoom + 1.999, before.zoom);
    await app.page.waitForFunction(() => !window.__qm!.map.isMoving());
    const corner = await app.page.evaluate((place) => {
      const point = window.__qm!.map.project(place as [number, number]);
      return { x: point.x, y: point.y };
    }, before.corner);
    // Two steps scale by 4 around a fixed point f: the corner (0, 0) went to 4 · (0 − f) + f = −3f.
    const fixed = { x: -corner.x / 3, y: -corner.y / 3 };
    expect(Math.abs(fixed.x - before.visible.x)).toBeLessThan(15);
    expect(Math.abs(fixed.y - before.visible.y)).toBeLessThan(15);
    // Not the canvas's own middle, which lies near the legend's edge.
    expect(fixed.x - before.width / 2).toBeGreaterThan(100);
    await byTestId(app.page, 'map-fit').click();
    await app.page.waitForFunction(() => window.__qmStore!.getState().camera === null);
  });

  it('Fokusrahmen nur für die Tastatur / focus ring for the keyboard only', async () => {
    const outline = () =>
      app.page.evaluate(() => {
        const canvas = window.__qm!.map.getCanvas();
        return { focused: document.activeElement === canvas, style: getComputedStyle(canvas).outlineStyle };
      });
    // A click, then a Shift-click (comparison): the canvas has focus, and Chromium would show its ring.
    await waitForMapSettled(app.page);
    const [first, second] = await areaPoints(app.page, 2);
    expect(second).toBeDefined();
    await clickMap(app.page, first!);
    await clickMap(app.page, second!, ['Shift']);
    expect(await outline()).toEqual({ focused: true, style: 'none' });
    // A key used on the map: now it is keyboard focus.
    await app.page.keyboard.press('ArrowRight');
    expect(await outline()).toEqual({ focused: true, style: 'solid' });
    // Tab away and back in: the ring is there at once.
    await app.page.keyboard.press('Shift+Tab');
    await app.page.keyboard.press('Tab');
    expect(await outline()).toEqual({ focused: true, style: 'solid' });
    await screenshot(app.page, 'map-keyboard-focus');
  });

  it('Grenzen als Linien, ab 5.000 Gebieten als Kante / boundaries as lines, the edge pass for large levels', async () => {
    // The demo's 99 areas: a line layer, one GL program with the parent lines (map-style.ts).
    expect(await boundaryDrawing(app.page)).toEqual({ outline: 'visible', edge: false });
    // 5,040 cells: the fill's one-pixel edge on this screen (pixel ratio 1), lines on a dense one.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'qm-grid-e2e-'));
    const { gridFeatures, writeDataset } = (await import(
      /* @vite-ignore */ pathToFileURL(path.join(repoRoot, 'scripts/bench/map/datasets.mjs')).href
    )) as {
      gridFeatures: (columns: number, rows: number) => unknown[];
      writeDataset: (dir: string, id: string, title: string, features: unknown[], seed: number) => number;
    };
    expect(writeDataset(dataDir, 'raster', 'Raster', gridFeatures(72, 70), 5040)).toBe(5040);
    const { startServer } = (await import(
      /* @vite-ignore */ pathToFileURL(path.join(repoRoot, 'scripts/serve.mjs')).href
    )) as {
      startServer: (options: object) => Promise<{ url: string; close: () => Promise<void> }>;
    };
    const server = await startServer({ root: path.join(repoRoot, 'dist'), data: dataDir, port: 0 });
    try {
      for (const [deviceScaleFactor, expected] of [
        [1, { outline: 'none', edge: true }],
        [2, { outline: 'visible', edge: false }],
      ] as const) {
        const grid = await openPage(browser, `${server.url}?dataset=data-extra/manifest.json`, {
          deviceScaleFactor,
        });
        try {
          await waitForMap(grid.page, { timeout: 90_000 });
          expect(await boundaryDrawing(grid.page)).toEqual(expected);
          await screenshot(grid.page, `map-grid-5040-scale-${deviceScaleFactor}`);
          expect(grid.consoleErrors).toEqual([]);
        } finally {
          await grid.close();
        }
      }
    } finally {
      await server.close();
    }
  });

  it('keine externen Anfragen, keine Konsolenfehler / no external requests, no console errors', async () => {
    expect(app.externalRequests()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
