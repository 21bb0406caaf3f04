// The analysis views as a planner uses them: compare areas over time, rank all areas, relate two
// indicators, read a Steckbrief, take stock of a change between two years; and the map behind them
// keeps its geometry whatever the charts do.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { byTestId, textOf } from './driver';
import path from 'node:path';
import {
  launchBrowser,
  openPage,
  screenshot,
  SCREENSHOT_DIR,
  type Browser,
  type Locator,
  type OpenedPage,
  type Page,
} from './helper';
import { areaPoints, hoverMap, waitForMap } from './map-driver';

let browser: Browser;
let app: OpenedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openPage(browser, inject('baseUrl'), { viewport: { width: 1400, height: 900 } });
  page = app.page;
  await waitForMap(page);
  // Count every geometry hand-over to MapLibre from now on: new sources, and new data for the
  // level sources (the small highlight sources for selection and hover are not geometry uploads).
  await page.evaluate(() => {
    const map = window.__qm!.map;
    const uploads: string[] = [];
    (window as unknown as { __geometryUploads: string[] }).__geometryUploads = uploads;
    const addSource = map.addSource.bind(map);
    map.addSource = (id, source) => {
      // The highlight source comes, empty, with the first selection or hover.
      if (!id.endsWith('-highlight')) uploads.push(`addSource ${id}`);
      return addSource(id, source);
    };
    for (const [id, source] of Object.entries(map.getStyle().sources)) {
      if (source.type !== 'geojson' || id.endsWith('-highlight')) continue;
      const live = map.getSource(id) as unknown as { setData: (data: unknown) => unknown };
      const setData = live.setData.bind(live);
      live.setData = (data) => {
        uploads.push(`setData ${id}`);
        return setData(data);
      };
    }
    (window as unknown as { __mapInstance: unknown }).__mapInstance = map;
  });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function store<T>(action: string): Promise<T> {
  return page.evaluate(`(() => { const state = window.__qmStore.getState(); return (${action}); })()`);
}
const series = () =>
  byTestId(page, 'detail-trend')
    .locator('path[data-series]')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-series')));

it('shows both selected areas, their districts and the city in the time series', async () => {
  await store(`state.selectArea('0101')`);
  await store(`state.selectArea('0205', 'toggle')`);
  // 0101 Altstadt lies in Mitte, 0205 Walkmühle in Nordstadt; the SGB-II-Quote's threshold that the
  // Handlungsbedarf rule uses (1.5 × city) is drawn.
  await expect
    .poll(series)
    .toEqual(['threshold-0', 'area:0101', 'area:0205', 'parent:01', 'parent:02', 'city']);
  const paths = await byTestId(page, 'detail-trend')
    .locator('path[data-series^="area"], path[data-series="city"]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('d') ?? ''));
  // Ten years each, drawn as lines (M + 9 × L) where there is no gap.
  for (const d of paths) expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+/);
  const keyText = await byTestId(page, 'detail-trend').locator('.ts-key').allTextContents();
  expect(keyText).toEqual(expect.arrayContaining(['Altstadt', 'Walkmühle']));
  expect(keyText.some((text) => text.startsWith('Neustadt'))).toBe(true);
  // the threshold's key entry says its value in the shown year, as the Handlungsbedarf panel does
  expect(keyText.some((text) => /Schwelle ≥ \d+,\d\s%$/.test(text))).toBe(true);
  await screenshot(page, 'charts-time-series-page');
  await byTestId(page, 'detail-trend').screenshot({
    path: path.join(SCREENSHOT_DIR, 'charts-time-series.png'),
  });
});

it('sets the year when a year is clicked in the time series', async () => {
  await byTestId(page, 'detail-trend').locator('rect[data-year="2018"]').click();
  await expect.poll(() => store<number>('state.year')).toBe(2018);
  await expect.poll(() => page.locator('.ts-year-current').textContent()).toBe('2018');
  // Pointing at a year lists each line's value there with its unit, names whole.
  const tooltip = byTestId(page, 'detail-trend').locator('.ts-tooltip text');
  await expect.poll(() => tooltip.count()).toBeGreaterThan(3);
  const tooltipLines = await tooltip.allTextContents();
  expect(tooltipLines[0]).toBe('2018');
  expect(tooltipLines).toContainEqual(expect.stringMatching(/^Altstadt: \d+,\d\s%$/));
  expect(tooltipLines).toContainEqual(expect.stringMatching(/^Neustadt an der Aue \(fiktiv\): \d+,\d\s%$/));
  await byTestId(page, 'detail-trend').locator('svg').press('ArrowRight');
  await expect.poll(() => store<number>('state.year')).toBe(2019);
  await store('state.setYear(2024)');
});

it('ranks all areas with a value, coloured by class, and selects an area from a bar', async () => {
  await byTestId(page, 'view-ranking').click();
  const bars = byTestId(page, 'ranking-chart').locator('rect.ranking-bar');
  // 99 Sozialräume, 2 excluded (below the minimum population) in 2024.
  await expect.poll(() => bars.count()).toBe(97);
  const values = await store<number[]>(
    `[...document.querySelectorAll('rect.ranking-bar')].map((bar) => Number(bar.getAttribute('y')))`,
  );
  // Highest first: the bar tops go down from left to right.
  expect(values).toEqual([...values].sort((a, b) => a - b));
  expect(
    await bars.evaluateAll((elements) => new Set(elements.map((bar) => bar.getAttribute('fill'))).size),
  ).toBe(5);
  expect(await byTestId(page, 'ranking-chart').locator('.ranking-city').count()).toBe(1);
  expect(await byTestId(page, 'ranking-chart').locator('.ranking-parent').count()).toBe(1);
  expect(await byTestId(page, 'ranking-chart').locator('.ranking-bar-chosen').count()).toBe(2);
  // Pointing at a bar previews that area's line in the time series beside the chosen ones.
  await bars.nth(3).hover();
  const hovered = await bars.nth(3).getAttribute('data-area-id');
  await expect
    .poll(() => byTestId(page, 'detail-trend').locator(`path[data-series="preview:${hovered}"]`).count())
    .toBe(1);
  await screenshot(page, 'charts-ranking');
  await bars.nth(0).click();
  const first = await bars.nth(0).getAttribute('data-area-id');
  await expect.poll(() => store<string>('state.selectedId')).toBe(first);
  await expect.poll(() => page.url()).toContain('v=ranking');
});

it('plots two indicators with r and the regression line, linked to the selection', async () => {
  await byTestId(page, 'view-scatter').click();
  await byTestId(page, 'scatter-x').selectOption('kinderarmut');
  const points = byTestId(page, 'scatter-chart').locator('circle.scatter-point');
  // Both values are missing for the two excluded areas.
  await expect.poll(() => points.count()).toBe(97);
  expect(await byTestId(page, 'scatter-r').textContent()).toMatch(/^Pearson r = 0,\d\d \(n = 97\)$/);
  expect(await byTestId(page, 'scatter-chart').locator('line.scatter-regression').count()).toBe(1);
  await points.first().click({ modifiers: ['Shift'] });
  await expect.poll(() => store<number>('state.comparisonIds.length')).toBe(1);
  await expect.poll(() => byTestId(page, 'scatter-chart').locator('.scatter-point-chosen').count()).toBe(2);
  await expect.poll(() => page.url()).toMatch(/sx=kinderarmut/);
  await screenshot(page, 'charts-scatter');

  // "Klasse (Karte)" with a third indicator on the map: the points take its colours, and a note names it.
  const yAxis = await byTestId(page, 'scatter-y').inputValue();
  await store(`state.setIndicator('gesamtindex')`);
  await byTestId(page, 'scatter-y').selectOption(yAxis);
  await expect
    .poll(() => textOf(page, 'scatter-class-note'))
    .toBe('Punktfarben wie auf der Karte: Klassen von „Gesamtindex“.');
  await expect.poll(() => page.evaluate(() => window.__qm!.classes!.indicatorId)).toBe('gesamtindex');
  const mapColours = new Set(
    await page.evaluate(() => window.__qm!.classes!.colors.map((colour) => colour.toLowerCase())),
  );
  const fills = await points.evaluateAll((circles) =>
    circles.map((circle) => circle.getAttribute('fill') ?? ''),
  );
  expect(fills.filter((fill) => mapColours.has(fill.toLowerCase())).length).toBe(97);
  await store(`state.setIndicator('${yAxis}')`);
});

it('shows a Steckbrief of the chosen areas across all indicators against the city', async () => {
  await store(`state.selectArea('0101')`);
  await store(`state.selectArea('0205', 'toggle')`);
  await store(`state.selectArea('0302', 'toggle')`);
  await byTestId(page, 'view-profile').click();
  const table = byTestId(page, 'profile-table');
  await expect.poll(() => table.locator('thead th[data-area-id]').count()).toBe(3);
  const indicatorCount = await store<number>('state.dataset.data.manifest.indicators.length');
  expect(await table.locator('tbody tr').count()).toBe(indicatorCount);
  expect(await byTestId(page, 'profile-chart').locator('.profile-row').count()).toBe(indicatorCount);
  expect(await table.locator('td.judged-worse, td.judged-better').count()).toBeGreaterThan(0);
  // indices have no city value: compared with the mean of the areas, and the page says so; the
  // status × dynamics matrix shows its class label instead of a bar
  await expect.poll(() => byTestId(page, 'profile-mean-note').count()).toBe(1);
  const chart = byTestId(page, 'profile-chart');
  expect(await chart.locator('.profile-row[data-indicator-id="status_index"] .profile-bar').count()).toBe(3);
  expect(await chart.locator('.profile-row[data-indicator-id="gesamtindex"] .profile-bar').count()).toBe(0);
  expect(
    await chart
      .locator('.profile-row[data-indicator-id="gesamtindex"] .profile-category')
      .first()
      .textContent(),
  ).toContain('■ Status ');
  expect(await chart.locator('.profile-axis-label').textContent()).toMatch(/Standardabweichungen/);
  // Long indicator names ("… : Veränderung über 5 Jahre") go on two lines, whole.
  const labelLines = await chart.locator('.profile-label tspan').allTextContents();
  expect(labelLines).toContain('Veränderung über 5 Jahre');
  expect(labelLines.filter((line) => line.includes('…'))).toEqual([]);
  await screenshot(page, 'charts-profile');
  // The key names each area whole, also a long name beside three others.
  await store(`state.selectArea('0901', 'toggle')`);
  await expect
    .poll(() => chart.locator('.profile-key text').allTextContents())
    .toEqual(['Altstadt', 'Walkmühle', 'Straßenbahnhof', 'Gründerzeitviertel Nord']);
  await store(`state.selectArea('0901', 'toggle')`);
  await expect.poll(() => chart.locator('.profile-key text').count()).toBe(3);
});

it('takes stock of the change between two years as a map and a list', async () => {
  await byTestId(page, 'view-change').click();
  await byTestId(page, 'change-from').selectOption('2019');
  const rows = byTestId(page, 'change-list').locator('tbody tr[data-area-id]');
  await expect.poll(() => rows.count()).toBe(99);
  await expect.poll(() => page.evaluate(() => window.__qm?.classes?.diverging?.reference)).toBe('zero');
  // The classes mirror about 0, so a rise is as dark as a fall of its size: the largest rise (first
  // row) takes the top class's colour, "von −a bis −b … über b bis a".
  const ranges = await page.locator('[data-testid^="legend-class-"] .legend-range').allTextContents();
  const bounds = ranges.map((text) => (text.match(/−?[\d.]+,\d+/g) ?? []).map((n) => n.replace('−', '')));
  expect(bounds.length).toBe(5);
  expect(bounds[0]).toEqual([...bounds[4]!].reverse());
  expect(bounds[1]).toEqual([...bounds[3]!].reverse());
  const swatches = page.locator('[data-testid^="legend-class-"] .legend-swatch');
  const colorOf = (locator: Locator) =>
    locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await colorOf(rows.first().locator('.class-swatch'))).toBe(await colorOf(swatches.last()));
  // Largest increase first; the city row says the same change as its two values.
  const city = await byTestId(page, 'change-city').locator('td').allTextContents();
  const number = (text: string) => Number(text.replace('±', '').replace('−', '-').replace(',', '.'));
  expect(number(city[2]!)).toBeCloseTo(number(city[1]!) - number(city[0]!), 1);
  await expect.poll(() => page.url()).toMatch(/v=change.*cf=2019/);
  await screenshot(page, 'charts-change');
  // The detail panel's class is the class of the value it shows, not of the change the map colours.
  const selectedBefore = await page.evaluate(() => window.__qmStore!.getState().selectedId);
  await page.evaluate(() => window.__qmStore!.getState().selectArea('0101'));
  const changeViewClass = await textOf(page, 'detail-class');
  expect(changeViewClass).toMatch(/^Klasse \d von \d/);
  await byTestId(page, 'view-map').click();
  expect(await textOf(page, 'detail-class')).toBe(changeViewClass);
  await byTestId(page, 'view-change').click();
  await expect.poll(() => rows.count()).toBe(99);
  await page.evaluate((id) => window.__qmStore!.getState().selectArea(id), selectedBefore);
  // The map's tooltip gives the change it colours, as the list does, not the later year's value.
  const tooltipName = byTestId(page, 'map-tooltip-name');
  for (const point of await areaPoints(page, 40)) {
    await hoverMap(page, point);
    if ((await tooltipName.isVisible()) && (await tooltipName.textContent()) === point.name) {
      const row = byTestId(page, 'change-list').locator(`tbody tr[data-area-id="${point.id}"]`);
      const absolute = (await row.locator('td').allTextContents()).find((text) => /^[+−±]/.test(text.trim()));
      expect(await textOf(page, 'map-tooltip-value')).toBe(
        `${absolute!.trim()}\u00a0Prozentpunkte, 2019–2024`,
      );
      return;
    }
  }
  throw new Error('no area of the change map could be hovered');
});

it('gives the Bilanzierung map the larger share at 1280 × 800, and maps no change for one year against itself', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  try {
    const widthOf = (selector: string) =>
      page.locator(selector).evaluate((element) => element.getBoundingClientRect().width);
    await expect
      .poll(async () => (await widthOf('.map-area')) / (await widthOf('main.centre')))
      .toBeGreaterThan(0.5);
    // every column of the list stays inside the panel
    const panel = await byTestId(page, 'change-view').boundingBox();
    const lastHeader = await byTestId(page, 'change-list').locator('thead th').last().boundingBox();
    expect(lastHeader!.x + lastHeader!.width).toBeLessThanOrEqual(panel!.x + panel!.width + 1);
    await screenshot(page, 'charts-change-1280');
    // 2024 against 2024: a hint instead of a list of zeros, and no area coloured
    await byTestId(page, 'change-from').selectOption('2024');
    await expect.poll(() => byTestId(page, 'change-same-year').isVisible()).toBe(true);
    expect(await byTestId(page, 'change-list').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => window.__qm?.classes?.counts.reduce((sum, count) => sum + count, 0)))
      .toBe(0);
    await byTestId(page, 'change-from').selectOption('2019');
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
  }
});

it('classifies the Bilanzierung with the method and number of classes chosen in its legend', async () => {
  await byTestId(page, 'view-change').click();
  await expect.poll(() => page.evaluate(() => window.__qm?.classes?.diverging?.reference)).toBe('zero');
  const legendToggle = page.locator('[data-testid="legend"] button[aria-expanded="false"]');
  if (await legendToggle.count()) await legendToggle.first().click();
  await page.locator('[data-testid="classify"] summary').click();
  // Typed breaks are values of the indicator, the scope and centre have no meaning for one change.
  const methods = await byTestId(page, 'classify-method')
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(methods).toEqual(['quantile', 'equal-interval', 'natural-breaks', 'std-dev']);
  expect(await byTestId(page, 'classify-scope').count()).toBe(0);
  expect(await byTestId(page, 'classify-centre').count()).toBe(0);
  await byTestId(page, 'classify-method').selectOption('equal-interval');
  await byTestId(page, 'classify-classes').selectOption('4');
  await expect.poll(() => page.url()).toMatch(/c=equal-interval.*k=4|k=4.*c=equal-interval/);
  // Four equal steps of change, two falls and two rises, mirrored about 0.
  const ranges = page.locator('[data-testid^="legend-class-"] .legend-range');
  await expect.poll(() => ranges.count()).toBe(4);
  const bounds = (await ranges.allTextContents()).map((text) => text.match(/−?[\d.]+,\d+/g) ?? []);
  expect(bounds[1]![1]).toBe('0,0');
  expect(bounds[0]![0]).toBe(`−${bounds[3]![1]}`);
  expect(bounds[0]![1]).toBe(`−${bounds[2]![1]}`);
  await screenshot(page, 'charts-change-classes');
  // The same choice in the map view; back to the indicator's own for the tests after this one.
  await byTestId(page, 'view-map').click();
  await expect.poll(() => byTestId(page, 'classify-method').inputValue()).toBe('equal-interval');
  await store('state.setClassification({ method: null, classes: null })');
  await byTestId(page, 'view-change').click();
  await expect.poll(() => ranges.count()).toBe(5);
});

it('does no arithmetic on a category: no change, ranking or scatter axis for the Gesamtindex', async () => {
  const indicatorBefore = await store<string>('state.indicatorId');
  // The status × dynamics matrix: cell numbers are labels, not quantities.
  await store(`state.setIndicator('gesamtindex')`);
  await byTestId(page, 'view-change').click();
  await expect
    .poll(() => textOf(page, 'change-category'))
    .toMatch(/^Gesamtindex \(Status × Dynamik\) ist eine Einstufung, keine Zahl/);
  expect(await byTestId(page, 'change-list').count()).toBe(0);
  // The map shows the classification itself, not a change of cell numbers.
  await expect.poll(() => page.evaluate(() => window.__qm?.classes?.indicatorId)).toBe('gesamtindex');
  expect(await page.evaluate(() => window.__qm?.classes?.diverging ?? null)).toBeNull();
  await byTestId(page, 'view-ranking').click();
  await expect.poll(() => textOf(page, 'ranking-category')).toMatch(/keine Rangfolge/);
  expect(await byTestId(page, 'ranking-chart').count()).toBe(0);
  await byTestId(page, 'view-scatter').click();
  const axisOptions = await byTestId(page, 'scatter-y')
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(axisOptions).not.toContain('gesamtindex');
  expect(axisOptions).toContain('status_index');
  // A z-score index has a change, but no relative change ("+2.901 %" from 0,05 to 1,5).
  await store(`state.setIndicator('status_index')`);
  await byTestId(page, 'view-change').click();
  await expect.poll(() => byTestId(page, 'change-list').locator('tbody tr[data-area-id]').count()).toBe(99);
  expect(await byTestId(page, 'change-list').locator('thead th').allTextContents()).not.toContainEqual(
    expect.stringMatching(/^relativ/),
  );
  expect(
    await byTestId(page, 'change-sort')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
  ).toEqual(['absolute', 'name']);
  await store(`state.setIndicator('${indicatorBefore}')`);
  await byTestId(page, 'view-map').click();
});

it('filters the data table by name and district', async () => {
  await byTestId(page, 'view-table').click();
  await byTestId(page, 'table-filter-parent').selectOption('02');
  const rows = byTestId(page, 'indicator-table').locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(8);
  await byTestId(page, 'table-filter-text').fill('muehle');
  await expect.poll(() => rows.count()).toBe(1);
  const header = rows.first().locator('th');
  await header.focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TD');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect.poll(() => store<string>('state.selectedId')).toBe('0205');
  await screenshot(page, 'charts-table-filtered');
  // By Handlungsbedarf: the demo flags 15 Sozialräume in 2024, and every row shown says "ja".
  await byTestId(page, 'table-filter-text').fill('');
  await byTestId(page, 'table-filter-parent').selectOption('');
  await byTestId(page, 'table-filter-flag').selectOption('yes');
  await expect.poll(() => rows.count()).toBe(15);
  expect(new Set(await rows.locator('td.flag-cell-yes').allTextContents())).toEqual(new Set(['ja']));
  await expect.poll(() => rows.locator('td.flag-cell-yes').count()).toBe(15);
  await expect.poll(() => page.url()).toMatch(/qf=yes/);
  // The export menu says its files hold every area, not the filtered rows.
  await byTestId(page, 'export-menu').click();
  expect(await textOf(page, 'export-filter-note')).toBe(
    'Der Tabellenfilter gilt nicht für die Exportdateien: Sie enthalten alle Gebiete.',
  );
  await byTestId(page, 'export-menu').click();
  await byTestId(page, 'table-filter-flag').selectOption('');
  await byTestId(page, 'export-menu').click();
  expect(await byTestId(page, 'export-filter-note').count()).toBe(0);
  await byTestId(page, 'export-menu').click();
});

it('never re-uploaded the map geometry while the charts were used, and logged no errors', async () => {
  await byTestId(page, 'view-map').click();
  await page.waitForFunction(() => window.__qm?.map.loaded());
  expect(
    await page.evaluate(() => (window as unknown as { __geometryUploads: string[] }).__geometryUploads),
  ).toEqual([]);
  expect(
    await page.evaluate(
      () => window.__qm?.map === (window as unknown as { __mapInstance: unknown }).__mapInstance,
    ),
  ).toBe(true);
  expect(app.externalRequests()).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});
