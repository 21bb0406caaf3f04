// Domain actions for the e2e specs, over data-testid selectors. Specs talk to the app through
// these, so a changed selector is fixed here once. Playwright itself stays in helper.ts.
import type { Locator, Page } from './helper';

export function byTestId(page: Page, testId: string): Locator {
  return page.locator(`[data-testid="${testId}"]`);
}

/** Trimmed visible text of the first element with this data-testid. */
export async function textOf(page: Page, testId: string): Promise<string> {
  return (await byTestId(page, testId).first().innerText()).trim();
}

/**
 * Waits until the app has loaded and rendered its dataset: it sets data-ready="true" on <body>,
 * or data-ready="error" when loading failed, in which case we fail with the text the user sees.
 */
export async function waitForApp(page: Page, { timeout = 60_000 }: { timeout?: number } = {}): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const ready = document.body?.dataset.ready;
        return ready === 'true' || ready === 'error';
      },
      undefined,
      { timeout },
    );
  } catch (error) {
    const state = await page
      .evaluate(() => document.body?.dataset.ready ?? '(nicht gesetzt / not set)')
      .catch(() => '?');
    throw new Error(
      `App wurde nicht bereit (data-ready=${state}) / app did not become ready within ${timeout} ms.\n` +
        `Sichtbarer Text / visible text: ${await visibleErrorText(page)}`,
      { cause: error },
    );
  }
  if ((await page.evaluate(() => document.body.dataset.ready)) === 'error') {
    throw new Error(`App meldet einen Fehler / app reported an error: ${await visibleErrorText(page)}`);
  }
}

/** The app's error box if it has one, else the whole visible page text (shortened). */
async function visibleErrorText(page: Page): Promise<string> {
  const text = await page
    .evaluate(() => {
      const box = document.querySelector<HTMLElement>('[data-testid="app-error"], [role="alert"]');
      return (box ?? document.body)?.innerText ?? '';
    })
    .catch(() => '');
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine === '' ? '(leer / empty)' : oneLine.slice(0, 2000);
}

/** A file the app offered for download: its suggested name and its bytes. */
export interface DownloadedFile {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** Clicks an element that starts a download and returns the downloaded file. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { fileName: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Opens the header's export menu and downloads one of its entries (csv, xlsx, geojson, png). */
export async function exportFromMenu(page: Page, entry: string): Promise<DownloadedFile> {
  await byTestId(page, 'export-menu').click();
  return downloadFrom(page, () => byTestId(page, `export-${entry}`).click());
}

/**
 * Chooses a year on the year slider under every view (one change, as a drag to that year would
 * end), and waits until the slider shows it.
 */
export async function chooseYear(page: Page, year: number): Promise<void> {
  await byTestId(page, 'year-slider').evaluate((input, wanted) => {
    const slider = input as HTMLInputElement;
    const index = [...(slider.list?.options ?? [])].findIndex((option) => option.label === String(wanted));
    if (index < 0) throw new Error(`no year ${wanted} on the slider`);
    // React listens for the input event; the value is set as the browser would set it.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(slider, String(index));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }, year);
  await page.waitForFunction(
    (wanted) => document.querySelector('[data-testid="year-label"]')?.textContent?.trim() === wanted,
    String(year),
  );
}

/** The year the slider shows. */
export async function shownYear(page: Page): Promise<string> {
  return textOf(page, 'year-label');
}
