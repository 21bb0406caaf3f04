// Handlungsbedarf as a planner meets it on the demo city: the flagged Sozialräume hatched and
// outlined over the choropleth, the legend's count, the detail panel's reasons for a flagged area,
// and the rule editor changing the count (and the URL); invalid input leaves the map as it was.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { byTestId, textOf } from './driver';
import { launchBrowser, openPage, screenshot, type Browser, type OpenedPage, type Page } from './helper';
import { areaPoints, hoverMap, mapCanvas, mapHistogram, waitForMap, waitForMapSettled } from './map-driver';

let browser: Browser;
let app: OpenedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openPage(browser, inject('baseUrl'), { viewport: { width: 1400, height: 1000 } });
  await waitForMap(app.page);
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

/** Flags as the map shows them: 1 per flagged area of the shown level (all 0 with flags off). */
const paintedFlags = (page: Page) => page.evaluate(() => Array.from(window.__qmFlags?.states ?? []));

/**
 * The areas the shown level's hatch layer draws from its tiles (those flagged in some year under the
 * rules: its filter), ascending.
 */
const flagLayerAreas = (page: Page) =>
  page.evaluate(() => {
    const map = window.__qm!.map;
    const filter = map.getFilter('qm-sozialraum-flag-hatch');
    if (!map.getLayer('qm-sozialraum-flag-hatch') || filter == null) return [];
    const features = map.querySourceFeatures('qm-sozialraum', { filter });
    return [...new Set(features.map((feature) => Number(feature.id)))].sort((a, b) => a - b);
  });

/**
 * Areas painted as flagged that the shown level's flag layers do not draw (their filter leaves them
 * out): the map would show nothing for them. A rule edit replaces the filter.
 */
const flaggedNotDrawn = (page: Page) =>
  page.evaluate(() => {
    const map = window.__qm!.map;
    const filter = map.getFilter('qm-sozialraum-flag-hatch');
    const drawn = new Set(
      filter == null ? [] : map.querySourceFeatures('qm-sozialraum', { filter }).map((feature) => feature.id),
    );
    const states = Array.from(window.__qmFlags?.states ?? []);
    return states.flatMap((state, area) => (state === 1 && !drawn.has(area) ? [area] : []));
  });

/**
 * Near-black, colourless pixels on the map: the flag hatch and outlines (and the district
 * boundaries, drawn in the same ink). The darkest class colour, a deep red, is not counted.
 */
async function inkPixels(page: Page): Promise<number> {
  const histogram = await mapHistogram(page);
  let ink = 0;
  for (const [hex, count] of Object.entries(histogram)) {
    const value = Number.parseInt(hex.slice(1), 16);
    if (Math.max((value >> 16) & 255, (value >> 8) & 255, value & 255) < 100) ink += count;
  }
  return ink;
}

/** The number of flagged areas the legend states ("15 von 99 Gebieten mit Handlungsbedarf"). */
async function legendCount(page: Page): Promise<number> {
  const match = /^(\d+) von 99 Gebieten mit Handlungsbedarf$/.exec(await textOf(page, 'flag-summary'));
  if (!match) throw new Error(`unexpected summary: ${await textOf(page, 'flag-summary')}`);
  return Number(match[1]);
}

it('hatches and outlines the flagged Sozialräume and counts them in the legend', async () => {
  const { page } = app;
  const flags = await paintedFlags(page);
  expect(flags).toHaveLength(99);
  const flagged = flags.filter((state) => state === 1).length;
  // The demo's 2-of-3 rule flags 15 of 99 Sozialräume in 2024 (see the golden CLI table).
  expect(flagged).toBe(15);
  expect(await flaggedNotDrawn(page)).toEqual([]);
  expect(await legendCount(page)).toBe(flagged);
  expect(await textOf(page, 'flag-population')).toMatch(/^[\d.]+ Einwohner:innen leben dort$/);
  const shown = await inkPixels(page);
  await screenshot(page, 'handlungsbedarf-map');

  // Switched off, the hatch and outlines go: far fewer dark pixels, nothing painted as flagged.
  await byTestId(page, 'flag-toggle').uncheck();
  await expect.poll(async () => (await paintedFlags(page)).filter((state) => state === 1).length).toBe(0);
  const hidden = await inkPixels(page);
  // (measured: about 8,900 with flags, 5,700 without: the district boundaries remain)
  expect(shown).toBeGreaterThan(hidden * 1.3);
  await expect.poll(() => new URL(page.url()).searchParams.get('hbv')).toBe('0');
  await byTestId(page, 'flag-toggle').check();
  await expect.poll(async () => (await paintedFlags(page)).filter((state) => state === 1).length).toBe(15);
});

it('says in the map tooltip whether the hovered area is flagged, in German and English', async () => {
  const { page } = app;
  const flags = await paintedFlags(page);
  const points = await areaPoints(page, 99);
  const flagged = points.find((point) => flags[point.index] === 1)!;
  const unflagged = points.find((point) => flags[point.index] === 0)!;
  const tooltipFlag = byTestId(page, 'map-tooltip-flag');
  await hoverMap(page, flagged);
  await expect.poll(() => textOf(page, 'map-tooltip-name')).toBe(flagged.name);
  expect(await tooltipFlag.getAttribute('data-flag')).toBe('yes');
  expect(await textOf(page, 'map-tooltip-flag')).toMatch(/^Handlungsbedarf: [23] von 3 Schwellen erreicht$/);
  await screenshot(page, 'handlungsbedarf-tooltip');
  await hoverMap(page, unflagged);
  await expect.poll(() => textOf(page, 'map-tooltip-name')).toBe(unflagged.name);
  expect(await textOf(page, 'map-tooltip-flag')).toMatch(
    /^Kein Handlungsbedarf: [01] von 3 Schwellen erreicht, mindestens 2 nötig$/,
  );
  await byTestId(page, 'locale-en').click();
  await hoverMap(page, flagged);
  await expect
    .poll(() => textOf(page, 'map-tooltip-flag'))
    .toMatch(/^Need for action: [23] of 3 thresholds met$/);
  await byTestId(page, 'locale-de').click();
  // The hover outline's layers came with the first hover, on top; the flag layers of a level shown
  // later still go below them (the hover and selection outlines stay visible on a flagged area).
  const flagsBelowHighlights = () =>
    page.evaluate(() => {
      const order = window.__qm!.map.getLayersOrder();
      const lastFlag = Math.max(...order.map((id, index) => (id.includes('-flag-') ? index : -1)));
      const firstHighlight = order.findIndex((id) => /-highlight(-casing)?$/.test(id));
      return { lastFlag, firstHighlight };
    });
  const before = await flagsBelowHighlights();
  expect(before.firstHighlight).toBeGreaterThan(before.lastFlag);
  await byTestId(page, 'level-select').selectOption('stadtbezirk');
  await expect.poll(async () => (await flagsBelowHighlights()).lastFlag).toBeGreaterThan(before.lastFlag);
  const after = await flagsBelowHighlights();
  expect(after.firstHighlight).toBeGreaterThan(after.lastFlag);
  await byTestId(page, 'level-select').selectOption('sozialraum');
  await expect.poll(async () => (await paintedFlags(page)).length).toBe(99);
  await waitForMapSettled(page);
});

it('explains a flagged area in the detail panel, threshold by threshold', async () => {
  const { page } = app;
  const flags = await paintedFlags(page);
  const target = (await areaPoints(page, 99)).find((point) => flags[point.index] === 1);
  expect(target).toBeDefined();
  await mapCanvas(page).click({ position: { x: target!.x, y: target!.y } });
  await expect.poll(() => textOf(page, 'detail-name')).toContain(target!.name);
  const verdict = await textOf(page, 'flag-verdict-handlungsbedarf');
  expect(verdict).toMatch(/^ja: [23] von 3 Schwellen erreicht, mindestens 2 nötig$/);
  const explanation = await textOf(page, 'flag-explanation');
  // (value and unit are joined by a no-break space: \s)
  expect(explanation).toMatch(/SGB-II-Quote \d+,\d\s% [≥<] \d+,\d\s%/);
  expect(explanation).toMatch(/Schwelle 1,5 × Stadt \(10,3\s%\); hier \d,\d\d × Stadt/);
  expect(explanation).toMatch(/Kinderarmut \d+,\d\s% [≥<] 30,0\s%/);
  expect(explanation).toMatch(/Arbeitslose z = −?\d,\d\d [≥<] 1,00/);
  await byTestId(page, 'flag-explanation').scrollIntoViewIfNeeded();
  await screenshot(page, 'handlungsbedarf-detail');
});

it('lists the flag in the table, and sorting by it puts the flagged Sozialräume first', async () => {
  const { page } = app;
  await byTestId(page, 'view-table').click();
  await byTestId(page, 'sort-flag').click();
  const flags = await page.locator('[data-testid="indicator-table"] tbody tr td:last-child').allInnerTexts();
  expect(flags).toHaveLength(99);
  expect(flags.slice(0, 15)).toEqual(Array(15).fill('ja'));
  expect(flags.slice(15, 17)).toEqual(['offen', 'offen']);
  expect(flags.slice(17).every((flag) => flag === 'nein')).toBe(true);
  await screenshot(page, 'handlungsbedarf-table');
  await byTestId(page, 'view-map').click();
  await waitForMap(page);
});

it('changes the count when a threshold or k is edited, and refuses invalid input', async () => {
  const { page } = app;
  await page.locator('[data-testid="flag-editor-details"] summary').click();
  const before = await legendCount(page);
  const drawnBefore = await flagLayerAreas(page);
  expect(drawnBefore).toHaveLength(19);

  // Kinderarmut from 40 % instead of 30 %: fewer areas reach two thresholds.
  await byTestId(page, 'flag-value-handlungsbedarf-1').fill('40');
  await expect.poll(() => legendCount(page)).toBeLessThan(before);
  const stricter = await legendCount(page);
  expect((await paintedFlags(page)).filter((state) => state === 1).length).toBe(stricter);
  await expect.poll(() => new URL(page.url()).searchParams.get('hb')).toBe('handlungsbedarf:2:1.5;40;1');

  // Not a number: a note, and the flags stay as they were.
  await byTestId(page, 'flag-value-handlungsbedarf-1').fill('4x');
  await expect.poll(() => textOf(page, 'flag-invalid-handlungsbedarf')).toContain('„4x“ ist keine Zahl.');
  expect(await legendCount(page)).toBe(stricter);
  await screenshot(page, 'handlungsbedarf-editor-invalid');

  // A number past every area's values: taken, and the editor asks whether it is meant.
  await byTestId(page, 'flag-value-handlungsbedarf-1').fill('150');
  await expect
    .poll(() => textOf(page, 'flag-unreached-handlungsbedarf-1'))
    .toMatch(
      /^Kinderarmut ≥ 150 %: Diese Schwelle erreicht kein Gebiet dieser Ebene, in keinem Jahr \(2015–2024\)\./,
    );
  await screenshot(page, 'handlungsbedarf-editor-unreached');
  await byTestId(page, 'flag-value-handlungsbedarf-1').fill('40');
  await expect.poll(() => byTestId(page, 'flag-unreached-handlungsbedarf-1').count()).toBe(0);
  expect(await legendCount(page)).toBe(stricter);

  // 1 of 3: every area that meets any threshold.
  await byTestId(page, 'flag-k-handlungsbedarf').fill('1');
  await expect.poll(() => legendCount(page)).toBeGreaterThan(before);
  const lenient = await legendCount(page);
  // Other areas are flagged in some year now: the flag layers' filter was replaced, and lets each through.
  await expect.poll(() => flagLayerAreas(page)).not.toEqual(drawnBefore);
  await expect.poll(() => flaggedNotDrawn(page)).toEqual([]);
  // The address follows a change once the browser is idle; a reload reloads the address it has then.
  await expect.poll(() => new URL(page.url()).searchParams.get('hb')).toBe('handlungsbedarf:1:1.5;40;1');

  // A reload (or a shared link) restores the edited rule from the URL.
  await page.reload();
  await waitForMap(page);
  expect(await legendCount(page)).toBe(lenient);
  await page.locator('[data-testid="flag-editor-details"] summary').click();
  expect(await byTestId(page, 'flag-k-handlungsbedarf').inputValue()).toBe('1');

  // k = 2 with one threshold switched on: the rule can flag nothing, and the note says what to do.
  await byTestId(page, 'flag-k-handlungsbedarf').fill('2');
  await byTestId(page, 'flag-member-on-handlungsbedarf-0').uncheck();
  await byTestId(page, 'flag-member-on-handlungsbedarf-1').uncheck();
  await expect
    .poll(() => textOf(page, 'flag-impossible-handlungsbedarf'))
    .toBe(
      'Nur 1 Schwelle ist eingeschaltet, die Regel verlangt mindestens 2: so kann sie keine Gebiete ' +
        'markieren. Schalten Sie Schwellen ein oder verringern Sie „mindestens“.',
    );
  await expect.poll(() => legendCount(page)).toBe(0);

  // Reset: back to the manifest's rule and a URL without hb.
  await byTestId(page, 'flag-reset-handlungsbedarf').click();
  await expect.poll(() => legendCount(page)).toBe(before);
  await expect.poll(() => new URL(page.url()).searchParams.has('hb')).toBe(false);
  expect(app.consoleErrors).toEqual([]);
  expect(app.externalRequests()).toEqual([]);
});
