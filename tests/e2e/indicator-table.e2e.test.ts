// The indicator table page as a planner uses it: pick level and year, sort, switch language.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { byTestId, chooseYear, shownYear, waitForApp } from './driver';
import { launchBrowser, openPage, screenshot, type Browser, type OpenedPage } from './helper';

let browser: Browser;
let app: OpenedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openPage(browser, `${inject('baseUrl')}?v=table`, { viewport: { width: 1400, height: 900 } });
  await waitForApp(app.page);
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const rows = () => app.page.locator('[data-testid="indicator-table"] tbody tr');
const cellText = (areaId: string, column: number) =>
  app.page.locator(`tr[data-area-id="${areaId}"] td`).nth(column).innerText();

it('shows every Sozialraum of the newest year with German numbers', async () => {
  expect(await rows().count()).toBe(99);
  await expect.poll(() => shownYear(app.page)).toBe('2024');
  // One year control, the slider under every view: none in the header.
  expect(await app.page.locator('.app-header select').count()).toBe(1);
  // Column 0 is the parent district, column 1 the first indicator (SGB-II-Quote, one decimal).
  expect(await cellText('0101', 1)).toMatch(/^\d{1,2},\d$/);
  await screenshot(app.page, 'table-sozialraum-2024');
});

it('scrolls the table, never the page', async () => {
  // Screen-reader texts in the cells once stretched the page to 3,020 × 1,669 px, and a wheel over
  // the footnote moved the whole app off screen.
  const size = await app.page.evaluate(() => {
    const page = document.scrollingElement!;
    return { width: page.scrollWidth - innerWidth, height: page.scrollHeight - innerHeight };
  });
  expect(size).toEqual({ width: 0, height: 0 });
});

it('shows why a value is missing instead of a number', async () => {
  // 0401 Auenpark has fewer than 300 inhabitants: excluded, not 0.
  const cell = app.page.locator('tr[data-area-id="0401"] td').nth(1);
  expect(await cell.innerText()).toContain('ausgeschl.');
  expect(await cell.getAttribute('title')).toContain('ausgeschlossen');
});

it('selects an area by a click on its row, and compares one with Shift', async () => {
  const state = () =>
    app.page.evaluate(() => {
      const { selectedId, comparisonIds } = window.__qmStore!.getState();
      return { selectedId, comparisonIds };
    });
  await app.page.locator('tr[data-area-id="0101"] td').nth(1).click();
  await expect.poll(state).toEqual({ selectedId: '0101', comparisonIds: [] });
  await expect.poll(() => app.page.locator('tr[data-area-id="0101"]').getAttribute('class')).toBe('chosen');
  await expect.poll(() => byTestId(app.page, 'detail-name').innerText()).toContain('Altstadt');
  await app.page.locator('tr[data-area-id="0205"] th').click({ modifiers: ['Shift'] });
  await expect.poll(state).toEqual({ selectedId: '0101', comparisonIds: ['0205'] });
  await app.page.evaluate(() => window.__qmStore!.getState().selectArea(null));
});

it('changes values with the year', async () => {
  const before = await cellText('0101', 1);
  await chooseYear(app.page, 2015);
  await expect.poll(() => cellText('0101', 1)).not.toBe(before);
  await chooseYear(app.page, 2024);
});

it('switches to the Stadtbezirke and back', async () => {
  await byTestId(app.page, 'level-select').selectOption('stadtbezirk');
  await expect.poll(() => rows().count()).toBe(10);
  await screenshot(app.page, 'table-stadtbezirk-2024');
  await byTestId(app.page, 'level-select').selectOption('sozialraum');
  await expect.poll(() => rows().count()).toBe(99);
});

it('sorts by an indicator, missing values last, and reverses on a second click', async () => {
  const numbers = async () =>
    (
      await app.page.locator('[data-testid="indicator-table"] tbody tr td:nth-of-type(2)').allInnerTexts()
    ).map((text) => (/^-?[\d.]+,\d+$/.test(text) ? Number(text.replace(/\./g, '').replace(',', '.')) : null));
  await byTestId(app.page, 'sort-sgb2_quote').click();
  const ascending = await numbers();
  const present = ascending.filter((value): value is number => value !== null);
  expect(present).toEqual([...present].sort((a, b) => a - b));
  expect(ascending.slice(present.length).every((value) => value === null)).toBe(true);
  expect(await app.page.locator('th[aria-sort="ascending"]').count()).toBe(1);
  await byTestId(app.page, 'sort-sgb2_quote').click();
  const descending = (await numbers()).filter((value): value is number => value !== null);
  expect(descending).toEqual([...present].sort((a, b) => b - a));
  // The sort is part of the view: in the address, and back after a reload.
  await expect.poll(() => new URL(app.page.url()).searchParams.get('ts')).toBe('-sgb2_quote');
  await app.page.reload();
  await waitForApp(app.page);
  expect(await app.page.locator('th[aria-sort="descending"] [data-testid="sort-sgb2_quote"]').count()).toBe(
    1,
  );
  expect((await numbers()).filter((value): value is number => value !== null)).toEqual(descending);
});

it('speaks English on request, with English number format', async () => {
  await byTestId(app.page, 'locale-en').click();
  await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe('en');
  expect(await app.page.locator('caption').innerText()).toContain('Indicators by area');
  expect(await cellText('0101', 1)).toMatch(/^\d{1,2}\.\d$/);
  await screenshot(app.page, 'table-english');
  await byTestId(app.page, 'locale-de').click();
});

it('made no request to another origin and logged no errors', () => {
  expect(app.externalRequests()).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});
