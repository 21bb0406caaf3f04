// The view in the URL: reload restores it, back and forward walk through it, a bad parameter falls
// back with a note, other datasets load from the same origin only, and loading runs in the worker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import { byTestId, chooseYear, shownYear, textOf, waitForApp } from './driver';
import { launchBrowser, openPage, screenshot, type Browser, type OpenedPage, type Page } from './helper';
import { waitForMapSettled } from './map-driver';

const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'demo');

let browser: Browser;
let app: OpenedPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(async () => {
  await browser?.close();
});

/** What the URL decides, read from the app's store. */
interface ViewState {
  indicatorId: string | null;
  levelId: string | null;
  year: number | null;
  view: string;
  locale: string;
  selectedId: string | null;
  comparisonIds: readonly string[];
  classification: unknown;
  camera: unknown;
  title: string | null;
}

function viewState(page: Page): Promise<ViewState | null> {
  return page.evaluate(() => {
    const state = window.__qmStore?.getState();
    if (!state?.dataset) return null;
    const { indicatorId, levelId, year, view, locale, selectedId, comparisonIds, classification, camera } =
      state;
    const title = state.dataset.data.manifest.title;
    return {
      indicatorId,
      levelId,
      year,
      view,
      locale,
      selectedId,
      comparisonIds,
      classification,
      camera,
      title: typeof title === 'string' ? title : title.de,
    };
  });
}

/** Opens the app at `query` and waits until the dataset is on screen. */
async function open(query: string): Promise<OpenedPage> {
  app = await openPage(browser, inject('baseUrl') + query, { viewport: { width: 1400, height: 900 } });
  await settle(app.page);
  return app;
}

async function settle(page: Page): Promise<void> {
  if (new URL(page.url()).searchParams.get('v') === 'table') await waitForApp(page);
  else await byTestId(page, 'dataset-title').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.__qmStore?.getState().dataset != null);
}

const search = (page: Page) => page.evaluate(() => window.location.search);

/**
 * Serves data/demo under /test-data/ (as another dataset on the same origin would be served);
 * `editManifest` changes its manifest on the way.
 */
async function serveTestDataset(
  opened: OpenedPage,
  editManifest: (manifest: Record<string, unknown>) => void = () => {},
  editCsv: (text: string) => string = (text) => text,
): Promise<void> {
  await opened.context.route(/\/test-data\//, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const file = path.join(DEMO_DIR, name);
    if (!/^[\w.-]+$/.test(name)) return route.fulfill({ status: 404 });
    try {
      let body = readFileSync(file);
      if (name === 'manifest.json') {
        const manifest = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        editManifest(manifest);
        body = Buffer.from(JSON.stringify(manifest));
      } else if (name === 'sozialraum_daten.csv') body = Buffer.from(editCsv(body.toString('utf8')));
      return route.fulfill({
        status: 200,
        body,
        contentType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

function expectClean(opened: OpenedPage, allowedErrors: RegExp[] = []): void {
  expect(opened.externalRequests()).toEqual([]);
  expect(opened.consoleErrors.filter((line) => !allowedErrors.some((pattern) => pattern.test(line)))).toEqual(
    [],
  );
}

it('restores indicator, year, level and view after a reload, and loads in the worker', async () => {
  const { page } = await open('?v=table');
  expect(await page.evaluate(() => window.__qmLoadedInWorker)).toBe(true);
  // Opened on the table, the page starts no map and so no MapLibre worker.
  expect(app!.requests.filter((url) => url.includes('maplibre-gl-worker'))).toEqual([]);
  await chooseYear(page, 2019);
  await byTestId(page, 'level-select').selectOption('stadtbezirk');
  await page.evaluate(() => window.__qmStore!.getState().setIndicator('kinderarmut'));
  await page.evaluate(() => window.__qmStore!.getState().selectArea('03'));
  await expect.poll(() => search(page)).toBe('?i=kinderarmut&l=stadtbezirk&y=2019&v=table&a=03');
  const before = await viewState(page);

  await page.reload();
  await settle(page);
  expect(await viewState(page)).toEqual(before);
  expect(await shownYear(page)).toBe('2019');
  expect(await byTestId(page, 'level-select').inputValue()).toBe('stadtbezirk');
  expect(await page.locator('[data-testid="indicator-table"] tbody tr').count()).toBe(10);
  expect(await search(page)).toBe('?i=kinderarmut&l=stadtbezirk&y=2019&v=table&a=03');
  await screenshot(page, 'url-restored-after-reload');
  expectClean(app!);
});

it('writes no camera when the map is only resized or shown again (Bilanzierung, another view)', async () => {
  const cameraOf = (page: Page) => page.evaluate(() => window.__qmStore!.getState().camera);
  // Opened on the Bilanzierung: its map is narrower than the map view's, and refitted.
  const { page } = await open('?v=change');
  await page.waitForFunction(() => window.__qm?.presentedAt != null, undefined, { timeout: 60_000 });
  await byTestId(page, 'view-map').click();
  await byTestId(page, 'view-profile').click();
  await byTestId(page, 'view-map').click();
  await waitForMapSettled(page);
  // A write would come once the browser is idle: wait for one, then look.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
  expect(await cameraOf(page)).toBeNull();
  expect(new URL(page.url()).searchParams.has('m')).toBe(false);
  expectClean(app!);
});

it('says so where the map would be when a level has no geometry', async () => {
  const opened = await open('?v=table');
  await serveTestDataset(opened, (manifest) => {
    const levels = manifest.levels as { id: string; geometry?: unknown }[];
    delete levels.find((level) => level.id === 'stadtbezirk')!.geometry;
  });
  const { page } = opened;
  await page.goto(`${inject('baseUrl')}?dataset=test-data/manifest.json&l=stadtbezirk`);
  await settle(page);
  await expect
    .poll(() => textOf(page, 'map-no-geometry'))
    .toBe(
      'Für die Ebene „Stadtbezirk“ enthält der Datensatz keine Geometrie: Die Karte bleibt leer. Ihre Werte zeigen Tabelle, Rangfolge und Steckbrief.',
    );
  await screenshot(page, 'map-level-without-geometry');
  await byTestId(page, 'level-select').selectOption('sozialraum');
  await expect.poll(() => byTestId(page, 'map-no-geometry').count()).toBe(0);
  expectClean(opened);
});

it('says over the view when the files had problems, each broken row once, and keeps the rest', async () => {
  const opened = await open('?v=map');
  // The demo's own note (a gap in a series) is what the data says, not a broken file: it is listed
  // in the footer (the same module draws both), with no note over the map.
  await byTestId(opened.page, 'issues').waitFor();
  expect(await byTestId(opened.page, 'file-problems').count()).toBe(0);
  await serveTestDataset(opened, undefined, (text) => {
    const lines = text.split('\r\n');
    lines[5] = lines[5]!.replaceAll(';', ','); // line 6 written with commas: one field
    lines[10] = lines[10]!.replace(/;\d+;/, ';viele;'); // line 11: a count that is no number
    return lines.join('\r\n');
  });
  const { page } = opened;
  await page.goto(`${inject('baseUrl')}?dataset=test-data/manifest.json`);
  await settle(page);
  await expect
    .poll(() => textOf(page, 'file-problems'))
    .toContain(
      '2 Probleme beim Lesen der Dateien, zuerst: sozialraum_daten.csv, Zeile 6: CSV fehlerhaft: Zeile hat 1 statt 13 Felder',
    );
  await screenshot(page, 'file-problems');
  // Line 6 is listed once (its empty year follows from it), and the map is there with the other rows.
  const notes = await byTestId(page, 'issues').locator('li').allTextContents();
  expect(notes.filter((note) => note.includes('Zeile 6'))).toHaveLength(1);
  expect(await page.evaluate(() => window.__qm?.classes?.counts.reduce((a, b) => a + b, 0))).toBeGreaterThan(
    90,
  );
  await byTestId(page, 'file-problems-show').click();
  expect(await byTestId(page, 'issues').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(
    true,
  );
  await expect.poll(() => byTestId(page, 'file-problems').count()).toBe(0);
  expectClean(opened);
});

it('walks back and forward through the choices', async () => {
  const { page } = await open('?v=table');
  const start = await page.evaluate(() => history.length);
  await chooseYear(page, 2017);
  await byTestId(page, 'level-select').selectOption('stadtbezirk');
  await byTestId(page, 'locale-en').click();
  await expect.poll(() => search(page)).toBe('?l=stadtbezirk&y=2017&v=table&lang=en');
  expect(await page.evaluate(() => history.length)).toBe(start + 3);

  const state = () =>
    page.evaluate(() => {
      const { year, levelId, locale } = window.__qmStore!.getState();
      return `${year} ${levelId} ${locale}`;
    });
  await page.goBack();
  await expect.poll(state).toBe('2017 stadtbezirk de');
  await expect.poll(() => byTestId(page, 'locale-de').getAttribute('aria-pressed')).toBe('true');
  await page.goBack();
  await expect.poll(state).toBe('2017 sozialraum de');
  await page.goBack();
  await expect.poll(state).toBe('2024 sozialraum de');
  await expect.poll(() => shownYear(page)).toBe('2024');
  await page.goForward();
  await page.goForward();
  await expect.poll(state).toBe('2017 stadtbezirk de');
  await expect.poll(() => page.locator('[data-testid="indicator-table"] tbody tr').count()).toBe(10);
  // Walking the history adds no entries of its own.
  expect(await page.evaluate(() => history.length)).toBe(start + 3);
  expectClean(app!);
});

it('shows a note for each unusable parameter, uses the defaults and keeps working', async () => {
  const { page } = await open('?v=table&y=1999&i=nope&k=12&a=0101');
  const notes = byTestId(page, 'note');
  await expect.poll(() => notes.count()).toBe(3);
  const text = await textOf(page, 'notes-bar');
  expect(text).toContain('Parameter „y=1999“ ist ungültig; gezeigt wird stattdessen: 2024');
  expect(text).toContain(
    'Parameter „i=nope“ ist ungültig; gezeigt wird stattdessen: SGB-II-Quote (sgb2_quote)',
  );
  expect(text).toContain(
    'Parameter „k=12“ ist ungültig und wird nicht verwendet; es gilt die Voreinstellung',
  );
  expect(await byTestId(page, 'notes-bar').getAttribute('role')).toBe('status');
  const state = await viewState(page);
  expect(state).toMatchObject({ year: 2024, indicatorId: 'sgb2_quote', selectedId: '0101', view: 'table' });
  // The address keeps what was usable, so a reload does not repeat the notes.
  await expect.poll(() => search(page)).toBe('?v=table&a=0101');
  expect(await page.locator('[data-testid="indicator-table"] tbody tr').count()).toBe(99);
  await screenshot(page, 'url-invalid-parameter-notes');

  await byTestId(page, 'locale-en').click();
  await expect
    .poll(() => textOf(page, 'notes-bar'))
    .toContain('Parameter "y=1999" is invalid; showing instead: 2024');
  await byTestId(page, 'notes-dismiss').click();
  await expect.poll(() => notes.count()).toBe(0);
  expectClean(app!);
});

it('walks back and forward between two datasets without adding or cutting off entries', async () => {
  const opened = await open('?v=table');
  await serveTestDataset(opened);
  const { page } = opened;
  await page.goto(`${inject('baseUrl')}?v=table&y=2020&dataset=test-data/manifest.json`);
  await settle(page);
  const sourceOf = () =>
    page.evaluate(() => {
      const state = window.__qmStore!.getState();
      return `${window.location.search} ${state.year} ${state.loadProgress === 1 ? 'loaded' : 'loading'}`;
    });
  await expect.poll(sourceOf).toBe('?dataset=test-data/manifest.json&y=2020&v=table 2020 loaded');
  // A second entry for the demo, as a link inside a report would make it, then back and forward.
  await page.evaluate(() => {
    history.pushState(null, '', '?y=2017&v=table&lang=en');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect.poll(sourceOf).toBe('?y=2017&v=table&lang=en 2017 loaded');
  const length = await page.evaluate(() => history.length);
  await page.goBack();
  await expect.poll(sourceOf).toBe('?dataset=test-data/manifest.json&y=2020&v=table 2020 loaded');
  await page.goForward();
  await expect.poll(sourceOf).toBe('?y=2017&v=table&lang=en 2017 loaded');
  // Loading the other dataset wrote no entry of its own, so forward history survived the way back.
  expect(await page.evaluate(() => history.length)).toBe(length);
  expectClean(opened);
});

it('refuses a dataset from another origin with a note and loads the demo', async () => {
  const { page } = await open('?v=table&dataset=https%3A%2F%2Fevil.example%2Fmanifest.json');
  await expect.poll(() => textOf(page, 'notes-bar')).toContain('https://evil.example/manifest.json');
  expect((await viewState(page))?.title).toContain('Neustadt an der Aue');
  expect(app!.requests.filter((url) => new URL(url).hostname === 'evil.example')).toEqual([]);
  await expect.poll(() => search(page)).toBe('?v=table');
  expectClean(app!);
});

it('opens another dataset of the same origin with ?dataset=, shows progress, keeps it on a failed switch', async () => {
  const opened = await open('?v=table');
  await serveTestDataset(opened);
  const { page } = opened;
  // Record whether the progress bar was ever on screen (loads are quick here).
  await page.addInitScript(() => {
    const seen = () => {
      if (document.querySelector('[role="progressbar"][data-testid="load-progress"]'))
        (window as unknown as { __progressSeen: boolean }).__progressSeen = true;
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${inject('baseUrl')}?v=table&y=2020&dataset=test-data/manifest.json`);
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as { __progressSeen?: boolean }).__progressSeen)).toBe(
    true,
  );
  expect(opened.requests.some((url) => url.endsWith('/test-data/sozialraum_daten.csv'))).toBe(true);
  expect(await page.evaluate(() => window.__qmLoadedInWorker)).toBe(true);
  expect(await viewState(page)).toMatchObject({ year: 2020, view: 'table' });
  await expect.poll(() => search(page)).toBe('?dataset=test-data/manifest.json&y=2020&v=table');

  // Back/forward to a URL naming a dataset that does not exist: the loaded one stays, with the issue shown.
  const dataset = await page.evaluate(() => {
    (window as unknown as { __before: unknown }).__before = window.__qmStore!.getState().dataset;
    history.pushState(null, '', '?dataset=test-data/missing.json&v=table');
    window.dispatchEvent(new PopStateEvent('popstate'));
    return true;
  });
  expect(dataset).toBe(true);
  await expect.poll(() => page.evaluate(() => window.__qmStore!.getState().issues.length)).toBeGreaterThan(0);
  expect(
    await page.evaluate(
      () => window.__qmStore!.getState().dataset === (window as unknown as { __before: unknown }).__before,
    ),
  ).toBe(true);
  await expect.poll(() => byTestId(page, 'load-progress').count()).toBe(0);
  // …and the address names the dataset on screen again.
  await expect.poll(() => search(page)).toBe('?dataset=test-data/manifest.json&y=2020&v=table');
  expect(await page.locator('[data-testid="indicator-table"] tbody tr').count()).toBe(99);
  await screenshot(page, 'url-failed-dataset-switch');
  expectClean(opened, [/status of 404/]);
});

it('puts the map camera and selection in the URL without a history entry per camera move', async () => {
  const { page } = await open('?m=10.2,53.1,11&a=0101&cmp=0102');
  const state = await viewState(page);
  expect(state).toMatchObject({ selectedId: '0101', comparisonIds: ['0102'] });
  expect(state?.camera).toEqual({ center: [10.2, 53.1], zoom: 11 });
  const length = await page.evaluate(() => history.length);
  await page.evaluate(() => {
    const store = window.__qmStore!;
    store.getState().setCamera({ center: [10.25, 53.15], zoom: 12 }, 'map');
    store.getState().setCamera({ center: [10.3, 53.2], zoom: 12.5 }, 'map');
  });
  await expect.poll(() => search(page)).toContain('m=10.3,53.2,12.5');
  expect(await page.evaluate(() => history.length)).toBe(length);
  // While playing, the year replaces the entry instead of adding one per frame.
  await page.evaluate(() => {
    const state = window.__qmStore!.getState();
    state.setPlaying(true);
    state.setYear(2016);
    state.setYear(2017);
    state.setPlaying(false);
  });
  await expect.poll(() => search(page)).toContain('y=2017');
  expect(await page.evaluate(() => history.length)).toBe(length);
  await screenshot(page, 'url-map-camera');
  expectClean(app!);
});

it('loads on the main thread where workers are unavailable', async () => {
  const opened = await open('?v=table');
  await opened.page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  await opened.page.reload();
  await settle(opened.page);
  expect(await opened.page.evaluate(() => window.__qmLoadedInWorker)).toBe(false);
  expect(await opened.page.locator('[data-testid="indicator-table"] tbody tr').count()).toBe(99);
  expectClean(opened);
});
