// Smoke test: the built app loads its dataset in a real browser, logs no errors and fetches
// nothing from other origins (DESIGN.md: no request leaves the page's origin).
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { textOf, waitForApp } from './driver';
import { launchBrowser, openPage, screenshot } from './helper';
import type { Browser } from './helper';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('lädt den Datensatz ohne Fehler und ohne externe Anfragen', async () => {
  const app = await openPage(browser, inject('baseUrl'));
  try {
    await waitForApp(app.page);
    expect(await textOf(app.page, 'dataset-title')).not.toBe('');
    expect(app.externalRequests()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    // MapLibre's worker is started with the page and handed to MapLibre, not started a second time.
    expect(app.requests.filter((url) => url.includes('maplibre-gl-worker'))).toHaveLength(1);
    await screenshot(app.page, 'smoke');
  } finally {
    await app.close();
  }
});

it('zeigt ohne WebGL 2 einen Hinweis statt der Karte; die Tabelle geht', async () => {
  const app = await openPage(browser, inject('baseUrl'), {
    initScript: () => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      // @ts-expect-error -- one overload for all context types
      HTMLCanvasElement.prototype.getContext = function (type: string, ...rest: unknown[]) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    },
  });
  try {
    await waitForApp(app.page);
    const note = app.page.locator('.map-unavailable[role="alert"]');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/WebGL/);
    await app.page.locator('[data-testid="view-table"]').click();
    await app.page.locator('[data-testid="indicator-table"] tbody tr').first().waitFor();
    expect(await app.page.locator('[data-testid="indicator-table"] tbody tr').count()).toBeGreaterThan(50);
    expect(app.consoleErrors).toEqual([]);
    // The MapLibre worker started with the page was stopped and the page's Worker put back.
    expect(await app.page.evaluate(() => Worker.name)).toBe('Worker');
    await screenshot(app.page, 'no-webgl');
  } finally {
    await app.close();
  }
});
