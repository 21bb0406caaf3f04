// The only file that imports Playwright (STYLE.md §7): launching Debian's Chromium, opening pages
// that record what they fetch and log, and screenshots. Domain actions live in driver.ts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export type { Browser, Locator, Page };

/** Debian's package; Playwright's own browser downloads do not work here (TOOLCHAIN.md §2). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * --disable-gpu still gives WebGL2 through SwiftShader and was the fastest option measured;
 * --disable-quic keeps Chromium off UDP. No --user-data-dir: Playwright refuses it in args and
 * already uses a fresh temporary profile per launch.
 */
export const CHROMIUM_ARGS: readonly string[] = ['--disable-gpu', '--disable-quic'];

export const SCREENSHOT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'output',
  'screenshots',
);

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

export interface OpenPageOptions {
  viewport?: { width: number; height: number };
  /** Abort requests to other origins so a test can never reach the network (default true). */
  blockExternal?: boolean;
  /** Runs in the page before any of its scripts (e.g. to take a browser feature away). */
  initScript?: () => void;
  /** Device pixels per CSS pixel (default 1), e.g. 2 for a high-density screen. */
  deviceScaleFactor?: number;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request URL, in order, including workers of this page. */
  requests: string[];
  /** console.error messages and uncaught page errors, as readable lines. */
  consoleErrors: string[];
  /** Requests that failed (network error, aborted), as "url – reason". */
  failedRequests: string[];
  /** Requests whose origin differs from the page's; data: and blob: URLs are fine. */
  externalRequests(): string[];
  close(): Promise<void>;
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function isExternal(url: string, pageOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return parsed.origin !== pageOrigin;
}

/**
 * Opens url in a fresh context (German locale, Berlin time zone, for deterministic formatting)
 * and waits for the load event. Listeners are attached before navigation so nothing is missed.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const pageOrigin = new URL(url).origin;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];

  context.on('request', (request) => requests.push(request.url()));
  context.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()} – ${request.failure()?.errorText ?? 'failed'}`),
  );
  if (options.blockExternal ?? true) {
    await context.route(
      (u) => isExternal(u.href, pageOrigin),
      (route) => route.abort('blockedbyclient'),
    );
  }

  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url: where, lineNumber } = message.location();
    consoleErrors.push(
      where
        ? `console.error: ${message.text()} (${where}:${lineNumber})`
        : `console.error: ${message.text()}`,
    );
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.stack ?? error.message}`));

  await page.goto(url, { waitUntil: 'load' });

  return {
    page,
    context,
    requests,
    consoleErrors,
    failedRequests,
    externalRequests: () => requests.filter((r) => isExternal(r, pageOrigin)),
    close: () => context.close(),
  };
}

/** Writes tests/output/screenshots/<name>.png (gitignored) and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}
