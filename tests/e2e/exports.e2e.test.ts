// Every export as an analyst uses it: download from the menu (or a chart's buttons), parse the
// file back and check its numbers against the CLI's table for the same level and year.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { main } from '../../src/cli/main';
import { byTestId, downloadFrom, exportFromMenu, type DownloadedFile } from './driver';
import { launchBrowser, openPage, screenshot, type Browser, type OpenedPage } from './helper';
import { boundaryDrawing, waitForMap } from './map-driver';

const OUTPUT = path.resolve(import.meta.dirname, '../output/exports');
const DATASET = 'neustadt-an-der-aue';

let browser: Browser;
let app: OpenedPage;
/** The CLI's table (`quartiersmonitor table --level stadtbezirk --year 2024`), German CSV. */
let cliRows: Record<string, string>[];
let today: string;

async function cli(...argv: string[]): Promise<string> {
  let out = '';
  const code = await main(argv, { out: (text) => (out += text), err: () => {} });
  expect(code).toBe(0);
  return out;
}

/** German CSV text (BOM, `;`) to rows keyed by header. */
function parseGermanCsv(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

const germanNumber = (text: string): number | null => (text === '' ? null : Number(text.replace(',', '.')));

function keep(file: DownloadedFile): void {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, file.fileName), file.bytes);
}

/** Width, height and pHYs of a PNG, read from its chunks. */
function pngInfo(bytes: Buffer): { width: number; height: number; pixelsPerMetre: number | null } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let pixelsPerMetre: number | null = null;
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('ascii', offset + 4, offset + 8) === 'pHYs')
      pixelsPerMetre = bytes.readUInt32BE(offset + 8);
    offset += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), pixelsPerMetre };
}

type Region = { x: number; y: number; width: number; height: number };

/**
 * Decodes a PNG in the page and reads a region of it (all of it by default): the colours of every
 * 4th pixel with their counts, sorted by count, and the leftmost and rightmost column with a pixel
 * in one of `colours` ("#rrggbb"; none given: Infinity and −Infinity).
 */
async function scanPng(
  bytes: Buffer,
  region?: Region,
  colours: readonly string[] = [],
): Promise<{ counts: [string, number][]; left: number; right: number }> {
  return app.page.evaluate(
    async ([base64, area, wanted]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { x, y, width, height } = area ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
      const pixels = context.getImageData(x, y, width, height).data;
      const set = new Set(wanted.map((colour) => colour.toLowerCase()));
      const counts = new Map<string, number>();
      let left = Infinity;
      let right = -Infinity;
      for (let offset = 0; offset < pixels.length; offset += 4) {
        const sampled = offset % 16 === 0;
        if (!sampled && set.size === 0) continue;
        const hex = `#${[pixels[offset]!, pixels[offset + 1]!, pixels[offset + 2]!]
          .map((channel) => channel.toString(16).padStart(2, '0'))
          .join('')}`;
        if (sampled) counts.set(hex, (counts.get(hex) ?? 0) + 1);
        if (!set.has(hex)) continue;
        const column = x + ((offset / 4) % width);
        left = Math.min(left, column);
        right = Math.max(right, column);
      }
      return { counts: [...counts].sort((a, b) => b[1] - a[1]), left, right };
    },
    [bytes.toString('base64'), region, colours] as const,
  );
}

/** The colours of a PNG (or a region of it): [colour "#rrggbb", pixels] sorted by count. */
async function pngColours(bytes: Buffer, region?: Region): Promise<[string, number][]> {
  return (await scanPng(bytes, region)).counts;
}

/** The leftmost and rightmost column of a PNG region with a pixel in one of `colours` ("#rrggbb"). */
async function columnsWith(
  bytes: Buffer,
  colours: readonly string[],
  region: Region,
): Promise<{ left: number; right: number }> {
  const { left, right } = await scanPng(bytes, region, colours);
  return { left, right };
}

beforeAll(async () => {
  cliRows = parseGermanCsv(
    await cli('table', 'data/demo/manifest.json', '--level', 'stadtbezirk', '--year', '2024'),
  );
  browser = await launchBrowser();
  app = await openPage(browser, `${inject('baseUrl')}?l=stadtbezirk&y=2024`, {
    viewport: { width: 1400, height: 900 },
  });
  await waitForMap(app.page);
  today = await app.page.evaluate(() => {
    const now = new Date();
    return `${String(now.getDate()).padStart(2, '0')}.${String(now.getMonth() + 1).padStart(2, '0')}.${now.getFullYear()}`;
  });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

it('offers the exports in a keyboard-operable menu', async () => {
  const menu = byTestId(app.page, 'export-menu');
  await menu.focus();
  await app.page.keyboard.press('Enter');
  await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
  // Focus moves into the menu; Escape closes it and returns focus to the button.
  await expect
    .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('export-csv');
  await screenshot(app.page, 'export-menu');
  await app.page.keyboard.press('Escape');
  await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
  expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'export-menu',
  );
});

it('downloads the table as German CSV with title, source and date, and the CLI numbers', async () => {
  const file = await exportFromMenu(app.page, 'csv');
  keep(file);
  expect(file.fileName).toBe(`${DATASET}_stadtbezirk_2024_alle-indikatoren.csv`);
  const text = file.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toBe('Titel;Neustadt an der Aue (fiktiv): Indikatoren je Gebiet, Stadtbezirk, 2024');
  expect(lines[1]).toMatch(/^Quelle;Fiktiver Datensatz/);
  expect(lines[2]).toBe(`Exportiert am;${today}`);
  expect(lines[3]).toBe('');
  const rows = parseGermanCsv(lines.slice(4).join('\r\n'));
  expect(rows).toEqual(cliRows);
  // Read as numbers the way a spreadsheet does: decimal comma.
  const mitte = rows.find((row) => row['Schlüssel'] === '01')!;
  expect(germanNumber(mitte.sgb2_quote!)).toBeGreaterThan(0);
  expect(mitte.sgb2_quote).toMatch(/^\d+,\d$/);
});

it('downloads the table as XLSX with numbers as numbers, equal to the CLI table', async () => {
  const file = await exportFromMenu(app.page, 'xlsx');
  keep(file);
  expect(file.fileName).toBe(`${DATASET}_stadtbezirk_2024_alle-indikatoren.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.length) as ArrayBuffer,
  );
  const sheet = workbook.getWorksheet('Daten')!;
  expect(sheet.getCell('B1').value).toBe(
    'Neustadt an der Aue (fiktiv): Indikatoren je Gebiet, Stadtbezirk, 2024',
  );
  expect(sheet.getCell('B3').value).toBe(today);
  const header = (sheet.getRow(5).values as unknown[]).slice(1) as string[];
  expect(header).toEqual(Object.keys(cliRows[0]!));
  const textColumns = new Set([
    'Schlüssel',
    'Name',
    'Ebene',
    'Übergeordneter Schlüssel',
    'Übergeordnetes Gebiet',
  ]);
  cliRows.forEach((cliRow, index) => {
    const row = sheet.getRow(6 + index);
    header.forEach((column, columnIndex) => {
      const value = row.getCell(columnIndex + 1).value;
      const expected = cliRow[column]!;
      if (expected === '') expect(value).toBeNull();
      // Keys stay text ("01" keeps its zero); the rest that reads as a number is a number.
      else if (!textColumns.has(column) && /^-?\d+(,\d+)?$/.test(expected))
        expect(value).toBe(germanNumber(expected));
      else expect(value).toBe(expected);
    });
  });
  expect(sheet.getRow(6).getCell(header.indexOf('sgb2_quote') + 1).numFmt).toBe('0.0');
});

it('downloads the level as GeoJSON in WGS84 with the CLI values and the metadata', async () => {
  const file = await exportFromMenu(app.page, 'geojson');
  keep(file);
  expect(file.fileName).toBe(`${DATASET}_stadtbezirk_2024_alle-indikatoren.geojson`);
  const collection = JSON.parse(file.bytes.toString('utf8')) as GeoJSON.FeatureCollection & {
    title: string;
    source: string;
    date: string;
  };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.title).toBe('Neustadt an der Aue (fiktiv): Indikatoren je Gebiet, Stadtbezirk, 2024');
  expect(collection.source).toMatch(/^Fiktiver Datensatz/);
  expect(collection.date.split('-').reverse().join('.')).toBe(today);
  expect(collection.features).toHaveLength(cliRows.length);
  for (const cliRow of cliRows) {
    const feature = collection.features.find(
      (candidate) => candidate.properties!.id === cliRow['Schlüssel'],
    )!;
    expect(feature.properties!.name).toBe(cliRow.Name);
    for (const id of ['sgb2_quote', 'kinderarmut', 'einwohner', 'sgb2_quote_veraenderung_5j']) {
      expect(feature.properties![id]).toBe(germanNumber(cliRow[id]!));
      expect(feature.properties![`${id}_class`]).toBe(germanNumber(cliRow[`${id} Klasse`]!));
    }
    const [lon, lat] =
      (feature.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon).type === 'Polygon'
        ? (feature.geometry as GeoJSON.Polygon).coordinates[0]![0]!
        : (feature.geometry as GeoJSON.MultiPolygon).coordinates[0]![0]![0]!;
    expect(lon).toBeGreaterThan(5);
    expect(lon).toBeLessThan(16);
    expect(lat).toBeGreaterThan(47);
    expect(lat).toBeLessThan(56);
  }
});

it('downloads the map as an A4 PNG at 300 dpi with the map colours and the legend', async () => {
  const cameraBefore = await app.page.evaluate(() => window.__qmStore!.getState().camera);
  // The demo's boundaries are lines already (99 areas: map-style.ts boundaryModeFor).
  const boundariesBefore = await boundaryDrawing(app.page);
  expect(boundariesBefore).toEqual({ outline: 'visible', edge: false });
  const file = await exportFromMenu(app.page, 'png');
  keep(file);
  const indicator = await app.page.evaluate(() => window.__qmStore!.getState().indicatorId);
  expect(file.fileName).toBe(`${DATASET}_stadtbezirk_2024_${indicator}.png`);
  expect(pngInfo(file.bytes)).toEqual({ width: 3508, height: 2480, pixelsPerMetre: 11811 });
  const colours = await pngColours(file.bytes);
  expect(colours[0]![0]).toBe('#ffffff');
  // Every class colour the map shows is in the picture (legend swatches and areas).
  const classColours = await app.page.evaluate(() => [...window.__qm!.classes!.colors]);
  const found = new Map(colours);
  for (const colour of classColours) expect(found.get(colour.toLowerCase()) ?? 0).toBeGreaterThan(500);
  // The areas sit in the middle of the map's frame (118 px margin, 900 px legend and 80 px gap on
  // the right), not shifted right as on screen, where the view leaves room for the floating legend.
  const frame = { x: 118, y: 300, width: 3508 - 118 - 900 - 80 - 118, height: 1700 };
  const drawn = await columnsWith(file.bytes, classColours, frame);
  const middle = frame.x + frame.width / 2;
  expect(Math.abs((drawn.left + drawn.right) / 2 - middle)).toBeLessThan(120);
  // The map on screen is back at its own pixel ratio.
  const ratio = await app.page.evaluate(() => {
    const canvas = window.__qm!.map.getCanvas();
    return canvas.width / canvas.clientWidth;
  });
  expect(ratio).toBe(await app.page.evaluate(() => devicePixelRatio));
  // The picture drew the boundaries as lines (300 dpi); the screen draws them as before.
  expect(await boundaryDrawing(app.page)).toEqual(boundariesBefore);
  // And at the camera it had: the URL's view did not move.
  expect(await app.page.evaluate(() => window.__qmStore!.getState().camera)).toEqual(cameraBefore);
  await expect.poll(() => byTestId(app.page, 'export-status').innerText()).toContain(file.fileName);
});

it('prints a fixed-class matrix index with its grid, the Handlungsbedarf entry and no selection outlines', async () => {
  // Gesamtindex (12 fixed matrix classes) with a selected area and two compared ones.
  const indexPage = await openPage(browser, `${inject('baseUrl')}?i=gesamtindex&a=0302&cmp=0101,0102`, {
    viewport: { width: 1400, height: 900 },
  });
  try {
    await waitForMap(indexPage.page);
    const highlight = 'qm-sozialraum-highlight-casing';
    const visibility = () =>
      indexPage.page.evaluate(
        (id) => window.__qm!.map.getLayoutProperty(id, 'visibility') as string,
        highlight,
      );
    expect(await visibility()).toBe('visible');
    const file = await exportFromMenu(indexPage.page, 'png');
    keep(file);
    expect(file.fileName).toBe(`${DATASET}_sozialraum_2024_gesamtindex.png`);
    // The outlines are back on screen after the export …
    expect(await visibility()).toBe('visible');
    // … but not in the picture: none of the three chosen areas' outline colours (the charts' first
    // three, areaColour) nor the hover black in the map's part.
    const mapPart = await pngColours(file.bytes, { x: 0, y: 0, width: 3508 - 118 - 900 - 40, height: 2480 });
    const inMap = new Map(mapPart);
    for (const colour of ['#4e79a7', '#f28e2c', '#76b7b2', '#000000']) expect(inMap.get(colour) ?? 0).toBe(0);
    // The legend shows the flag hatch (its ink #1d2733 appears nowhere else in the legend) and
    // every matrix cell's colour as a grid cell.
    const legendPart = new Map(
      await pngColours(file.bytes, { x: 3508 - 118 - 900, y: 0, width: 900, height: 2480 }),
    );
    expect(legendPart.get('#1d2733') ?? 0).toBeGreaterThan(100);
    const classColours = await indexPage.page.evaluate(() => [...window.__qm!.classes!.colors]);
    expect(classColours).toHaveLength(12);
    for (const colour of new Set(classColours))
      expect(legendPart.get(colour.toLowerCase()) ?? 0).toBeGreaterThan(300);
  } finally {
    await indexPage.close();
  }
});

it('exports the trend chart as standalone SVG and as PNG', async () => {
  const trend = byTestId(app.page, 'detail-trend');
  const svgFile = await downloadFrom(app.page, () => trend.getByTestId('chart-export-svg').click());
  keep(svgFile);
  expect(svgFile.fileName).toMatch(new RegExp(`^${DATASET}_[a-z]+_2015-2024_zeitreihe_[a-z0-9_]+\\.svg$`));
  const svgText = svgFile.bytes.toString('utf8');
  const parsed = await app.page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = document.querySelector('parsererror');
    const texts = [...document.querySelectorAll('text')].map((element) => element.textContent ?? '');
    const series = document.querySelector('path[style*="stroke"]');
    return {
      error: error?.textContent ?? null,
      root: document.documentElement.nodeName,
      texts,
      hasClass: document.querySelector('[class]') !== null,
      stroke: series?.getAttribute('style') ?? '',
    };
  }, svgText);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.texts.some((text) => /2015–2024/.test(text))).toBe(true);
  expect(parsed.texts.some((text) => text.startsWith('Quelle:'))).toBe(true);
  expect(parsed.texts).toContain(`Exportiert am ${today} mit Quartiersmonitor`);
  // The key names every line whole: a name too long for half the chart takes a row of its own.
  expect(parsed.texts).toContain('Neustadt an der Aue (fiktiv)');
  expect(parsed.texts.filter((text) => text.endsWith('…'))).toEqual([]);
  // Styles are inline, so the file looks the same outside the page.
  expect(parsed.hasClass).toBe(false);
  expect(parsed.stroke).toMatch(/stroke:rgb/);

  const pngFile = await downloadFrom(app.page, () => trend.getByTestId('chart-export-png').click());
  keep(pngFile);
  expect(pngFile.fileName).toBe(svgFile.fileName.replace(/\.svg$/, '.png'));
  const info = pngInfo(pngFile.bytes);
  expect(info.width).toBe(2362);
  expect(info.pixelsPerMetre).toBe(11811);
  const colours = await pngColours(pngFile.bytes);
  expect(colours[0]![0]).toBe('#ffffff');
  expect(colours.length).toBeGreaterThan(20);
  expect(app.consoleErrors).toEqual([]);
  // Everything was made in the page: nothing went to another origin.
  expect(app.externalRequests()).toEqual([]);
});
