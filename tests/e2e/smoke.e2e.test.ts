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
    await screenshot(app.page, 'smoke');
  } finally {
    await app.close();
  }
});
