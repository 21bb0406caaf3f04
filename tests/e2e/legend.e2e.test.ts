// The legend and classification controls as a planner uses them: read the classes and counts,
// change method, class count and scope, highlight a class, type manual breaks, see a change map
// drawn diverging around 0 or the city value.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { byTestId, textOf, waitForApp } from './driver';
import { launchBrowser, openPage, screenshot, type Browser, type OpenedPage, type Page } from './helper';

let browser: Browser;
let app: OpenedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openPage(browser, inject('baseUrl'), { viewport: { width: 1400, height: 900 } });
  // The map sets data-ready; the legend only needs the dataset, so wait for the legend itself.
  await app.page.waitForSelector('[data-testid="legend"]', { timeout: 60_000 });
  // The classification section starts folded, so the legend covers little of the map.
  expect(await app.page.locator('[data-testid="classify"]').getAttribute('open')).toBeNull();
  await app.page.locator('[data-testid="classify"] summary').click();
});

/** A screenshot with the legend in view (the page is taller than the window). */
async function shoot(page: Page, name: string): Promise<void> {
  await byTestId(page, 'legend').scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const classRows = (page: Page) => page.locator('[data-testid^="legend-class-"]');
const labels = (page: Page) => page.locator('[data-testid^="legend-class-"] .legend-range').allInnerTexts();

/** Areas counted in the legend: classes plus the missing-value rows. */
async function legendTotal(page: Page): Promise<number> {
  const counts = await page.locator('.legend-rows .legend-count').allInnerTexts();
  return counts.reduce((sum, text) => sum + Number(text), 0);
}

const store = <T>(page: Page, read: string) =>
  page.evaluate((expression) => {
    const state = window.__qmStore!.getState() as unknown as Record<string, unknown>;
    return expression
      .split('.')
      .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], state);
  }, read) as Promise<T>;

it('shows 5 classes whose counts, with the missing rows, add up to the 99 Sozialräume', async () => {
  const { page } = app;
  await expect.poll(() => classRows(page).count()).toBe(5);
  expect(await textOf(page, 'legend')).toContain('SGB-II-Quote');
  expect(await legendTotal(page)).toBe(99);
  // Ranges in German number format, the first class from the minimum, the others "über … bis …".
  const texts = await labels(page);
  expect(texts[0]).toMatch(/^von \d+,\d bis \d+,\d$/);
  for (const text of texts.slice(1)) expect(text).toMatch(/^über \d+,\d bis \d+,\d$/);
  // The demo has an excluded Sozialraum (0401 Auenpark, too few inhabitants).
  expect(await byTestId(page, 'legend-missing-excluded').innerText()).toMatch(/Ausgeschlossen\s+\d+/);
  await shoot(page, 'legend-default');
});

it('updates the legend when method, class count and scope change', async () => {
  const { page } = app;
  const quantile = await labels(page);
  await byTestId(page, 'classify-classes').selectOption('7');
  await expect.poll(() => classRows(page).count()).toBe(7);
  expect(await legendTotal(page)).toBe(99);

  await byTestId(page, 'classify-method').selectOption('equal-interval');
  await expect.poll(() => labels(page)).not.toEqual(quantile);
  expect(await classRows(page).count()).toBe(7);
  expect(await store(page, 'classification.method')).toBe('equal-interval');
  const perYear = await labels(page);

  await byTestId(page, 'classify-scope').selectOption('all-years');
  await expect.poll(() => labels(page)).not.toEqual(perYear);
  expect(await legendTotal(page)).toBe(99);

  await byTestId(page, 'classify-method').selectOption('std-dev');
  await expect.poll(() => byTestId(page, 'classify-classes').isDisabled()).toBe(true);
  expect(await legendTotal(page)).toBe(99);
  await shoot(page, 'legend-std-dev-all-years');

  await byTestId(page, 'classify-method').selectOption('quantile');
  await byTestId(page, 'classify-classes').selectOption('5');
  await byTestId(page, 'classify-scope').selectOption('per-year');
  await expect.poll(() => labels(page)).toEqual(quantile);
});

it('highlights a class on click and clears it on a second click (keyboard too)', async () => {
  const { page } = app;
  const row = byTestId(page, 'legend-class-2');
  await row.click();
  await expect.poll(() => row.getAttribute('aria-pressed')).toBe('true');
  expect(await store(page, 'highlightedClass')).toBe(2);
  await row.click();
  await expect.poll(() => row.getAttribute('aria-pressed')).toBe('false');
  expect(await store(page, 'highlightedClass')).toBeNull();
  await byTestId(page, 'legend-class-4').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => store(page, 'highlightedClass')).toBe(4);
  await page.keyboard.press('Space');
  await expect.poll(() => store(page, 'highlightedClass')).toBeNull();
});

it('takes manual breaks in German format and rejects bad input, keeping the last valid breaks', async () => {
  const { page } = app;
  const classesOnMap = () => page.evaluate(() => [...window.__qm!.classes!.classes].join(','));
  const before = await classesOnMap();
  await byTestId(page, 'classify-method').selectOption('manual');
  await expect.poll(() => byTestId(page, 'breaks-editor').isVisible()).toBe(true);
  // It starts from the breaks the map showed: 4 inner breaks of the 5 quantile classes, with the
  // decimals it takes to keep every area in its class.
  expect(await page.locator('[data-testid^="breaks-input-"]').count()).toBe(4);
  await expect.poll(() => store(page, 'classification.method')).toBe('manual');
  expect(await classesOnMap()).toBe(before);
  const started = await labels(page);

  await byTestId(page, 'breaks-input-1').fill('zwölf');
  await byTestId(page, 'breaks-apply').click();
  await expect.poll(() => byTestId(page, 'breaks-error').isVisible()).toBe(true);
  expect(await textOf(page, 'breaks-error')).toContain('„zwölf“ ist keine Zahl');
  expect(await byTestId(page, 'breaks-input-1').getAttribute('aria-invalid')).toBe('true');
  expect(await labels(page)).toEqual(started);

  await byTestId(page, 'breaks-input-0').fill('20');
  await byTestId(page, 'breaks-input-1').fill('10');
  await byTestId(page, 'breaks-apply').click();
  await expect.poll(() => textOf(page, 'breaks-error')).toContain('aufsteigend');
  await byTestId(page, 'breaks-input-0').fill('99,5');
  await byTestId(page, 'breaks-apply').click();
  await expect.poll(() => textOf(page, 'breaks-error')).toContain('außerhalb');
  expect(await labels(page)).toEqual(started);
  await shoot(page, 'legend-manual-error');

  // Valid: 5 | 7,5 | 10 | 12,5 (Enter submits too); the map gets 5 classes with these bounds.
  for (const [index, text] of ['5', '7,5', '10', '12,5'].entries())
    await byTestId(page, `breaks-input-${index}`).fill(text);
  await byTestId(page, 'breaks-input-3').press('Enter');
  await expect.poll(() => store(page, 'classification.breaks')).toEqual([5, 7.5, 10, 12.5]);
  await expect.poll(() => byTestId(page, 'breaks-error').count()).toBe(0);
  const manual = await labels(page);
  expect(manual).toHaveLength(5);
  expect(manual[0]).toMatch(/^von \d+,\d bis 5,0$/);
  expect(manual.slice(1, 4)).toEqual(['über 5,0 bis 7,5', 'über 7,5 bis 10,0', 'über 10,0 bis 12,5']);
  expect(await legendTotal(page)).toBe(99);

  // Removing a break gives 4 classes.
  await page.getByRole('button', { name: 'Grenze 4 entfernen' }).click();
  await byTestId(page, 'breaks-apply').click();
  await expect.poll(() => classRows(page).count()).toBe(4);
  // The address says 4 classes with the 3 breaks, so the link (and a reload) keeps them.
  await expect
    .poll(() => new URL(page.url()).searchParams.toString())
    .toMatch(/(^|&)k=4(&|$).*(^|&)b=5%3B7\.5%3B10(&|$)|(^|&)b=5%3B7\.5%3B10(&|$).*(^|&)k=4(&|$)/);
  await shoot(page, 'legend-manual');
  // A break with more decimals than the indicator stays as typed, in the legend and the field, and
  // applying again (another break changed) keeps it.
  await byTestId(page, 'breaks-input-1').fill('7,25');
  await byTestId(page, 'breaks-apply').click();
  await expect.poll(() => store(page, 'classification.breaks')).toEqual([5, 7.25, 10]);
  await expect.poll(async () => (await labels(page))[1]).toBe('über 5,00 bis 7,25');
  expect(await byTestId(page, 'breaks-input-1').inputValue()).toBe('7,25');
  await byTestId(page, 'breaks-input-2').fill('11');
  await byTestId(page, 'breaks-apply').click();
  await expect.poll(() => store(page, 'classification.breaks')).toEqual([5, 7.25, 11]);
  // Back to quantiles: with the 4 classes the planner had last (the class select says so too).
  await byTestId(page, 'classify-method').selectOption('quantile');
  await expect.poll(() => byTestId(page, 'classify-classes').inputValue()).toBe('4');
  await expect.poll(() => classRows(page).count()).toBe(4);
  await byTestId(page, 'classify-classes').selectOption('5');
  await expect.poll(() => classRows(page).count()).toBe(5);
});

it('draws a change indicator diverging around 0 or the city value, classes split at the centre', async () => {
  const { page } = app;
  await page.evaluate(() => window.__qmStore!.getState().setIndicator('sgb2_quote_veraenderung_5j'));
  await expect.poll(() => byTestId(page, 'classify-centre').isVisible()).toBe(true);
  expect(await textOf(page, 'legend')).toContain('Farben zentriert um 0');
  // No class straddles 0: each range lies wholly at or below 0, or above it.
  const straddles = (texts: string[]) =>
    texts.some((text) => {
      const [lower, upper] = (text.match(/-?[\d.]+,\d+/g) ?? []).map((n) =>
        Number(n.replace(/\./g, '').replace(',', '.')),
      );
      return lower! < 0 && upper! > 0;
    });
  expect(straddles(await labels(page))).toBe(false);
  expect(await legendTotal(page)).toBe(99);
  await shoot(page, 'legend-diverging-zero');

  await page.getByLabel('Stadtwert').check();
  await expect.poll(() => textOf(page, 'legend')).toContain('zentriert um den Stadtwert');
  await shoot(page, 'legend-diverging-city');
  await page.getByLabel('0 (keine Veränderung)').check();

  // Palettes of the indicator's kind only, colour-blind-safe ones marked.
  await byTestId(page, 'palette-PuOr').check();
  await expect.poll(() => store(page, 'palette')).toBe('PuOr');
  expect(await byTestId(page, 'palette-YlOrRd').count()).toBe(0);
  await page.evaluate(() => window.__qmStore!.getState().setIndicator('sgb2_quote'));
  await expect.poll(() => byTestId(page, 'classify-centre').count()).toBe(0);
  await expect.poll(() => byTestId(page, 'palette-YlOrRd').isChecked()).toBe(true);
});

it('notes fixed breaks while the years play', async () => {
  const { page } = app;
  await page.evaluate(() => window.__qmStore!.getState().setPlaying(true));
  await expect.poll(() => byTestId(page, 'classify-playing-note').isVisible()).toBe(true);
  expect(await byTestId(page, 'classify-scope').inputValue()).toBe('all-years');
  expect(await byTestId(page, 'classify-scope').isDisabled()).toBe(true);
  await page.evaluate(() => window.__qmStore!.getState().setPlaying(false));
  await expect.poll(() => byTestId(page, 'classify-playing-note').count()).toBe(0);
});

it('follows the language and folds away', async () => {
  const { page } = app;
  await page.evaluate(() => window.__qmStore!.getState().setLocale('en'));
  await expect.poll(() => labels(page).then((texts) => texts[0])).toMatch(/^from \d+\.\d to \d+\.\d$/);
  await page.evaluate(() => window.__qmStore!.getState().setLocale('de'));
  const toggle = page.locator('.legend-toggle');
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await expect.poll(() => classRows(page).first().isVisible()).toBe(false);
  await toggle.click();
  await expect.poll(() => classRows(page).first().isVisible()).toBe(true);
});

it('made no request outside the page origin and logged no errors', () => {
  expect(app.externalRequests()).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

it('folds the legend over a narrow map (the Bilanzierung beside its list) and keeps the city in view', async () => {
  const opened = await openPage(browser, inject('baseUrl'), { viewport: { width: 1280, height: 800 } });
  try {
    const { page } = opened;
    await waitForApp(page);
    const toggle = page.locator('[data-testid="legend"] .legend-header button');
    expect(await toggle.getAttribute('aria-label')).toBe('Legende ausblenden');
    await byTestId(page, 'view-change').click();
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Legende anzeigen');
    // Fitted anew for the narrower map: the data's bounds lie inside the canvas.
    const inside = () =>
      page.evaluate(() => {
        const map = window.__qm!.map;
        const canvas = map.getContainer();
        const bounds = map.getBounds();
        const store = window.__qmStore!.getState();
        const geometry = store.dataset!.geometry[0]!;
        const [west, south, east, north] = geometry.bbox;
        return (
          canvas.clientWidth < 560 &&
          bounds.getWest() <= west &&
          bounds.getEast() >= east &&
          bounds.getSouth() <= south &&
          bounds.getNorth() >= north
        );
      });
    await expect.poll(inside).toBe(true);
    await screenshot(page, 'legend-folded-bilanzierung');
    // The reader's own choice stays: opened here, it is still open on the wide map and back.
    await toggle.click();
    expect(await toggle.getAttribute('aria-label')).toBe('Legende ausblenden');
    await byTestId(page, 'view-map').click();
    await byTestId(page, 'view-change').click();
    expect(await toggle.getAttribute('aria-label')).toBe('Legende ausblenden');
    expect(opened.consoleErrors).toEqual([]);
  } finally {
    await opened.close();
  }
});
