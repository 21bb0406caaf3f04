// The side panels as a planner uses them: find an indicator in the catalogue, select an area and read
// its value, rank, district and city comparison and trend, compare areas, move through the years.
import type { GeoJSONSource } from 'maplibre-gl';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { byTestId, textOf } from './driver';
import path from 'node:path';
import {
  launchBrowser,
  openPage,
  screenshot,
  SCREENSHOT_DIR,
  type Browser,
  type OpenedPage,
  type Page,
} from './helper';

let browser: Browser;
let app: OpenedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openPage(browser, inject('baseUrl'), { viewport: { width: 1400, height: 900 } });
  page = app.page;
  // The panels do not wait for the map: the detail panel is there as soon as the dataset is.
  await byTestId(page, 'detail-panel').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.__qmStore?.getState().loadState === 'ready');
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

/** Runs a store action in the page (window.__qmStore is the app's zustand store in test builds). */
async function store<T>(action: string): Promise<T> {
  // A string expression, not new Function: the page's CSP forbids eval inside the page.
  return page.evaluate(`(() => { const state = window.__qmStore.getState(); return (${action}); })()`);
}

/** The page and, cropped, the element under test (the panels are narrow columns of a wide page). */
async function screenshots(name: string, testId: string): Promise<void> {
  await screenshot(page, name);
  await byTestId(page, testId).screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-panel.png`) });
}

const visibleIndicators = () =>
  page
    .locator('[data-testid^="indicator-"]')
    .evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.indicatorId));

it('opens with the city overview and a hint to click an area', async () => {
  expect(await textOf(page, 'detail-hint')).toBe('Gebiet auf der Karte anklicken');
  expect(await textOf(page, 'detail-city')).toMatch(/^\d{1,2},\d\s%$/);
  expect(await byTestId(page, 'detail-trend').locator('svg desc').textContent()).toMatch(
    /2015 .*%, 2024 .*%/,
  );
  expect(await byTestId(page, 'indicator-sgb2_quote').getAttribute('aria-pressed')).toBe('true');
});

it('filters the catalogue by search, forgiving case and umlauts', async () => {
  const search = byTestId(page, 'catalogue-search');
  const all = await visibleIndicators();
  expect(all.length).toBeGreaterThan(10);

  await search.fill('ARMUT');
  await expect.poll(visibleIndicators).toContain('kinderarmut');
  expect(await visibleIndicators()).not.toContain('einwohner');

  // "gefahrdet" without the umlaut finds the Armutsrisikoquote ("armutsgefährdeten" in its description).
  await search.fill('gefahrdet');
  await expect.poll(visibleIndicators).toEqual(['armutsrisikoquote']);
  await search.fill('Aequivalenzeinkommen');
  await expect.poll(visibleIndicators).toEqual(['armutsrisikoquote']);
  expect(await textOf(page, 'catalogue-count')).toBe(`1 von ${all.length} Indikatoren`);
  await screenshots('panels-catalogue-search', 'catalogue');

  await search.fill('wohnfläche');
  await expect.poll(() => textOf(page, 'catalogue-count')).toBe('Kein Indikator passt zur Suche.');
  await search.press('Escape');
  await expect.poll(visibleIndicators).toEqual(all);
});

it('moves through the catalogue with the keyboard and shows the description on focus', async () => {
  const search = byTestId(page, 'catalogue-search');
  await search.fill('kinder');
  await search.press('ArrowDown');
  const focused = () =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.indicatorId);
  expect(await focused()).toBe('kinderarmut');
  const description = page.locator('li:has([data-testid="indicator-kinderarmut"]) .catalogue-description');
  expect(await description.isVisible()).toBe(true);
  const describedBy = await byTestId(page, 'indicator-kinderarmut').getAttribute('aria-describedby');
  expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain('Kinder unter 15');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).not.toBe('kinderarmut');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(() => store<string>('state.indicatorId')).toBe('kinderarmut');
  await search.fill('');
});

it('switches the indicator on click, and the panel follows', async () => {
  await byTestId(page, 'indicator-arbeitslosenanteil').click();
  await expect.poll(() => store<string>('state.indicatorId')).toBe('arbeitslosenanteil');
  expect(await byTestId(page, 'indicator-arbeitslosenanteil').getAttribute('aria-pressed')).toBe('true');
  expect(await byTestId(page, 'indicator-sgb2_quote').getAttribute('aria-pressed')).toBe('false');
  await expect.poll(() => byTestId(page, 'detail-panel').innerText()).toContain('Arbeitslosenanteil');
  await byTestId(page, 'indicator-sgb2_quote').click();
  await expect.poll(() => store<string>('state.indicatorId')).toBe('sgb2_quote');
});

it('fills the detail panel for a selected area: value, class, rank, district, city, trend', async () => {
  await store("state.selectArea('0101')");
  await expect.poll(() => textOf(page, 'detail-name')).toMatch(/^Altstadt\s+0101$/);
  const value = await textOf(page, 'detail-value');
  expect(value).toMatch(/^\d{1,2},\d\s%$/);
  expect(await textOf(page, 'detail-rank')).toMatch(/^Rang \d{1,2} von 9\d/);
  expect(await byTestId(page, 'detail-rank').getAttribute('title')).toContain('Rang 1 = höchster Wert');
  expect(await textOf(page, 'detail-class')).toMatch(/^Klasse \d von \d \((von|über) \d+,\d bis \d+,\d\)$/);
  const district = await textOf(page, 'detail-parent');
  expect(district).toMatch(/^\d{1,2},\d\s%\s+Differenz [+−±]\d+,\d\sProzentpunkte$/);
  expect(await textOf(page, 'detail-city')).toMatch(/^\d{1,2},\d\s%\s+Differenz [+−±]\d+,\d\sProzentpunkte$/);
  // The district difference is the area value minus the district value, as printed (up to 0,15 apart from rounding each of the three).
  const number = (text: string) => Number(text.replace(/\s.*$/s, '').replace(',', '.'));
  const difference = Number(
    district
      .replace(/^.*Differenz /s, '')
      .replace(/\s.*$/, '')
      .replace('−', '-')
      .replace('±', '')
      .replace(',', '.'),
  );
  expect(Math.abs(number(value) - number(district) - difference)).toBeLessThanOrEqual(0.15);
  const trend = byTestId(page, 'detail-trend').locator('svg');
  expect(await trend.locator('desc').textContent()).toMatch(/Altstadt: 2015 \d+,\d\s%, 2024 \d+,\d\s%/);
  expect(await trend.locator('path[data-series="area:0101"]').getAttribute('d')).toMatch(
    /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){9}$/,
  );
  expect(await trend.locator('path[data-series="city"]').getAttribute('d')).toMatch(/^M/);
  await screenshots('panels-detail-0101', 'detail-panel');

  // The same value as the indicator table shows for 0101 (first indicator column).
  await byTestId(page, 'view-table').click();
  const tableValue = await page.locator('tr[data-area-id="0101"] td').nth(1).innerText();
  expect(value.replace(/\s%$/, '')).toBe(tableValue.trim());
  await byTestId(page, 'view-map').click();
});

it('shows the missing reason instead of a value, and no rank', async () => {
  // 0401 Auenpark has fewer inhabitants than the minimum: excluded, never 0.
  await store("state.selectArea('0401')");
  await expect.poll(() => textOf(page, 'detail-value')).toContain('ausgeschlossen');
  expect(await textOf(page, 'detail-rank')).toBe('–');
  expect(await textOf(page, 'detail-parent')).not.toContain('Differenz');
  // And why: the data knows its population.
  expect(await textOf(page, 'detail-excluded-reason')).toBe('weniger als 300 Einwohner:innen');
  // Its count of inhabitants is not excluded: no such line beside it.
  const indicator = await store<string>('state.indicatorId');
  await store("state.setIndicator('einwohner')");
  await expect.poll(() => textOf(page, 'detail-value')).toContain('46');
  expect(await byTestId(page, 'detail-excluded-reason').count()).toBe(0);
  await store(`state.setIndicator('${indicator}')`);
});

it('lists comparison areas and removes them', async () => {
  await store("state.selectArea('0101')");
  await store("state.selectArea('0202', 'toggle')");
  await store("state.selectArea('0401', 'toggle')");
  const comparison = byTestId(page, 'detail-comparison');
  await expect.poll(() => comparison.locator('li').count()).toBe(2);
  expect(await comparison.locator('li[data-area-id="0202"]').innerText()).toMatch(
    /\d+,\d\s%[\s\S]*Rang \d+ von/,
  );
  expect(await comparison.locator('li[data-area-id="0401"]').innerText()).toContain('ausgeschlossen');
  await screenshots('panels-comparison', 'detail-panel');
  await comparison.locator('li[data-area-id="0202"] button').click();
  await expect.poll(() => store<string[]>('state.comparisonIds')).toEqual(['0401']);
  await byTestId(page, 'detail-clear').click();
  await expect.poll(() => store<string | null>('state.selectedId')).toBeNull();
  expect(await textOf(page, 'detail-hint')).toBe('Gebiet auf der Karte anklicken');
});

it('gives each chosen area one colour: its map outline, its comparison swatch and its time series line', async () => {
  await store("state.selectArea('0101')");
  await store("state.selectArea('0202', 'toggle')");
  await store("state.selectArea('0305', 'toggle')");
  const comparison = byTestId(page, 'detail-comparison');
  await expect.poll(() => comparison.locator('li').count()).toBe(2);
  // The time series key: name → line colour, for the three areas (solid lines; districts are dashed).
  const keyColours = async () =>
    page
      .locator('.ts-key')
      .evaluateAll((groups) =>
        Object.fromEntries(
          groups
            .filter((group) => !group.querySelector('line')?.getAttribute('stroke-dasharray'))
            .map((group) => [group.textContent, group.querySelector('line')?.getAttribute('stroke')]),
        ),
      );
  await expect.poll(async () => Object.keys(await keyColours()).length).toBeGreaterThanOrEqual(4);
  const key = await keyColours();
  const names = await store<Record<string, string>>(
    "Object.fromEntries(['0101', '0202', '0305'].map((id) => [id, state.dataset.data.levels[0].names[state.dataset.data.levels[0].areaIds.indexOf(id)]]))",
  );
  // The comparison list's swatches, in its order.
  const toHex = (rgb: string) =>
    '#' +
    (rgb.match(/\d+/g) ?? [])
      .slice(0, 3)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('');
  const swatches = await comparison
    .locator('[data-testid="comparison-swatch"]')
    .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor));
  expect(swatches.map(toHex)).toEqual([key[names['0202']!], key[names['0305']!]]);
  // The map's outlines: the highlight source's features carry the same colours.
  const outlines = () =>
    page.evaluate(async () => {
      const source = window.__qm!.map.getSource('qm-sozialraum-highlight') as GeoJSONSource;
      const data = (await source.getData()) as GeoJSON.FeatureCollection;
      const ids = window.__qmStore!.getState().dataset!.data.levels[0]!.areaIds;
      return Object.fromEntries(
        data.features.map((feature) => [ids[feature.id as number], feature.properties?.['color']]),
      );
    });
  await expect.poll(async () => Object.keys(await outlines()).length).toBe(3);
  expect(await outlines()).toEqual({
    '0101': key[names['0101']!],
    '0202': key[names['0202']!],
    '0305': key[names['0305']!],
  });
  expect(new Set(Object.values(await outlines())).size).toBe(3);
  await store('state.selectArea(null)');
});

it('selects an area by clicking the map', async () => {
  await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
  const box = (await byTestId(page, 'map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => store<string | null>('state.selectedId')).not.toBeNull();
  const selected = await store<string>('state.selectedId');
  expect(await textOf(page, 'detail-name')).toContain(selected);
  await store('state.selectArea(null)');
});

it('changes the year with the slider and its arrow keys', async () => {
  const slider = byTestId(page, 'year-slider');
  expect(await textOf(page, 'year-label')).toBe('2024');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => store<number>('state.year')).toBe(2023);
  expect(await textOf(page, 'year-label')).toBe('2023');
  expect(await slider.getAttribute('aria-valuetext')).toBe('2023');
  await page.keyboard.press('Home');
  await expect.poll(() => store<number>('state.year')).toBe(2015);
  await expect.poll(() => byTestId(page, 'detail-panel').innerText()).toContain('SGB-II-Quote, 2015');
  await page.keyboard.press('End');
  await expect.poll(() => store<number>('state.year')).toBe(2024);
});

it('plays through the years and stops on the last one', async () => {
  await store('state.setYear(2022)');
  const play = byTestId(page, 'year-play');
  expect(await play.getAttribute('aria-label')).toBe('Jahre abspielen');
  await play.click();
  await expect.poll(() => store<boolean>('state.playing')).toBe(true);
  expect(await play.getAttribute('aria-label')).toBe('Wiedergabe anhalten');
  await expect.poll(() => textOf(page, 'year-label'), { timeout: 5_000 }).toBe('2023');
  await screenshots('panels-playing', 'year-bar');
  await expect.poll(() => store<number>('state.year'), { timeout: 5_000 }).toBe(2024);
  await expect.poll(() => store<boolean>('state.playing'), { timeout: 5_000 }).toBe(false);
  expect(await textOf(page, 'year-label')).toBe('2024');
});

it('starts over from the first year when played at the end, and pauses on a manual change', async () => {
  await byTestId(page, 'year-play').click();
  await expect.poll(() => store<number>('state.year')).toBe(2015);
  await expect.poll(() => store<number>('state.year'), { timeout: 5_000 }).toBe(2016);
  await byTestId(page, 'year-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => store<boolean>('state.playing')).toBe(false);
  const year = await store<number>('state.year');
  await page.waitForTimeout(1_500);
  expect(await store<number>('state.year')).toBe(year);
  // Pause through the button too.
  await byTestId(page, 'year-play').click();
  await expect.poll(() => store<boolean>('state.playing')).toBe(true);
  await byTestId(page, 'year-play').click();
  await expect.poll(() => store<boolean>('state.playing')).toBe(false);
  await store('state.setYear(2024)');
});

it('plays more slowly, but still plays, with prefers-reduced-motion', async () => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await store('state.setYear(2020)');
  await byTestId(page, 'year-play').click();
  const started = Date.now();
  await expect.poll(() => store<number>('state.year'), { timeout: 6_000, interval: 100 }).toBe(2021);
  // 2.4 s per year instead of 1.2 s.
  expect(Date.now() - started).toBeGreaterThan(2_000);
  await byTestId(page, 'year-play').click();
  await expect.poll(() => store<boolean>('state.playing')).toBe(false);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await store('state.setYear(2024)');
});

it('has no parent district at the Stadtbezirk level and speaks English', async () => {
  await byTestId(page, 'level-select').selectOption('stadtbezirk');
  await expect.poll(() => store<string | null>('state.selectedId')).toBeNull();
  const districtId = await store<string>('state.dataset.data.levels[1].areaIds[0]');
  await store(`state.selectArea('${districtId}')`);
  await expect.poll(() => textOf(page, 'detail-name')).toContain(districtId);
  expect(await byTestId(page, 'detail-parent').count()).toBe(0);
  expect(await textOf(page, 'detail-rank')).toMatch(/^Rang \d+ von 10/);
  await byTestId(page, 'locale-en').click();
  await expect.poll(() => textOf(page, 'detail-rank')).toMatch(/^Rank \d+ of 10/);
  expect(await textOf(page, 'detail-city')).toMatch(
    /^\d{1,2}\.\d\s%\s+Difference [+−±]\d+\.\d\spercentage points$/,
  );
  await screenshots('panels-stadtbezirk-en', 'detail-panel');
  await byTestId(page, 'locale-de').click();
  await byTestId(page, 'level-select').selectOption('sozialraum');
});

it('keeps the year slider in the window beside the map and legend at 900 × 700 and 390 × 844', async () => {
  const narrow = await openPage(browser, inject('baseUrl'), { viewport: { width: 900, height: 700 } });
  try {
    await byTestId(narrow.page, 'year-bar').waitFor({ timeout: 60_000 });
    const box = (testId: string) => byTestId(narrow.page, testId).boundingBox();
    const slider = (await box('year-bar'))!;
    expect(slider.y + slider.height).toBeLessThanOrEqual(700);
    const map = (await narrow.page.locator('.map-area').boundingBox())!;
    expect(map.height).toBeGreaterThan(250);
    expect(map.y + map.height).toBeLessThanOrEqual(slider.y);
    // Scrolled down to the detail panel, the slider is still there.
    await byTestId(narrow.page, 'detail-panel').scrollIntoViewIfNeeded();
    const scrolled = (await box('year-bar'))!;
    expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(700);
    await screenshot(narrow.page, 'panels-900x700');
  } finally {
    await narrow.close();
  }
  // Phone-wide: the view tabs wrap (no sideways scrolling) and the map ends above the slider.
  const phone = await openPage(browser, inject('baseUrl'), { viewport: { width: 390, height: 844 } });
  try {
    await byTestId(phone.page, 'year-bar').waitFor({ timeout: 60_000 });
    const layout = await phone.page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      mapBottom: document.querySelector('.map-area')!.getBoundingClientRect().bottom,
      footerTop: document.querySelector('.app-footer')!.getBoundingClientRect().top,
    }));
    expect(layout.width).toBe(390);
    expect(layout.mapBottom).toBeLessThanOrEqual(layout.footerTop);
    await screenshot(phone.page, 'panels-390x844');
  } finally {
    await phone.close();
  }
});

it('made no request outside the page origin and logged no errors', () => {
  expect(app.externalRequests()).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});
