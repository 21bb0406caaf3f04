// Map actions and readings for the e2e specs: wait for the first coloured choropleth, read the
// canvas pixels, find the area under a point, move and click on the map. Reads window.__qm (the
// map component's probe) and window.__qmStore (the app store).
//
// Pixels: the WebGL canvas has no preserveDrawingBuffer, so we read it inside MapLibre's 'render'
// event, right after the frame is drawn and before the browser composites (and clears) it:
// triggerRepaint() → once('render') → gl.readPixels on the whole drawing buffer.
import { byTestId, waitForApp } from './driver';
import type { Locator, Page } from './helper';

/** Waits for the app and for the map's first coloured paint. */
export async function waitForMap(page: Page, { timeout = 60_000 } = {}): Promise<void> {
  await waitForApp(page, { timeout });
  await page.waitForFunction(() => window.__qm?.paintedAt != null, undefined, { timeout });
}

/**
 * The map has stopped moving and has the tiles of what it shows (MapLibre's `loaded()`): what is
 * queried on screen is then what the user sees, not the tiles of the previous zoom.
 */
export async function waitForMapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__qm!.map.isMoving() && window.__qm!.map.loaded());
}

/** The map canvas (the element the user points at). */
export function mapCanvas(page: Page): Locator {
  return byTestId(page, 'map').locator('canvas.maplibregl-canvas');
}

/** Colour histogram of the map's drawing buffer: "#rrggbb" → pixel count. */
export async function mapHistogram(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve) => {
        const map = window.__qm!.map;
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = canvas.getContext('webgl2')!;
          const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
          const pixels = new Uint8Array(width * height * 4);
          gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          const histogram: Record<string, number> = {};
          for (let offset = 0; offset < pixels.length; offset += 4) {
            const hex =
              '#' +
              [pixels[offset]!, pixels[offset + 1]!, pixels[offset + 2]!]
                .map((channel) => channel.toString(16).padStart(2, '0'))
                .join('');
            histogram[hex] = (histogram[hex] ?? 0) + 1;
          }
          resolve(histogram);
        });
        map.triggerRepaint();
      }),
  );
}

/** The class colours the map shows now (from the selector it paints from). */
export async function mapColors(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__qm?.classes?.colors ?? [])].map((color) => color.toLowerCase()));
}

/** Runs a store action in the page, then waits for the map's next repaint to finish ('idle'). */
export async function changeAndWaitForRepaint(page: Page, action: string, ...args: unknown[]): Promise<void> {
  const before = await page.evaluate(() => window.__qm!.repaintCount);
  await page.evaluate(
    ({ action, args }) => {
      const state = window.__qmStore!.getState() as unknown as Record<string, (...values: unknown[]) => void>;
      state[action]!(...args);
    },
    { action, args },
  );
  await page.waitForFunction((count) => window.__qm!.repaintCount > count, before, { timeout: 30_000 });
}

/** A point inside an area, relative to the map canvas, with that area's id and name. */
export interface AreaPoint {
  readonly x: number;
  readonly y: number;
  readonly index: number;
  readonly id: string;
  readonly name: string;
}

/**
 * Scans a grid over the map for areas (queryRenderedFeatures on the shown fill layer) and returns
 * one point per distinct area, the first `count` found from the centre outwards; points under the
 * legend are skipped.
 */
export async function areaPoints(page: Page, count: number): Promise<AreaPoint[]> {
  return page.evaluate((count) => {
    const map = window.__qm!.map;
    const state = window.__qmStore!.getState();
    const levels = state.dataset!.data.levels;
    const levelIndex = Math.max(
      0,
      levels.findIndex((level) => level.id === state.levelId),
    );
    const level = levels[levelIndex]!;
    const fill = map.getStyle().layers.find((layer) => layer.id === `qm-${level.id}-fill`)!.id;
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    // Points under the floating legend (or another overlay) cannot be clicked or hovered.
    const canvas = map.getCanvas();
    const origin = canvas.getBoundingClientRect();
    const uncovered = (x: number, y: number) =>
      document.elementFromPoint(origin.left + x, origin.top + y) === canvas;
    const points: { x: number; y: number; index: number; id: string; name: string }[] = [];
    const seen = new Set<number>();
    const candidates: [number, number][] = [];
    for (let y = 30; y < height - 30; y += 20)
      for (let x = 60; x < width - 60; x += 20) candidates.push([x, y]);
    // Nearest the data's centre on screen first (the fit leaves room for the legend on the left, so
    // the map's own centre can lie at the data's edge, where the chosen areas would crowd together).
    const [west, south, east, north] = state.dataset!.geometry[levelIndex]!.bbox;
    const centre = map.project([(west + east) / 2, (south + north) / 2]);
    const cx = Math.min(Math.max(centre.x, 0), width);
    const cy = Math.min(Math.max(centre.y, 0), height);
    candidates.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    for (const [x, y] of candidates) {
      // The point and its neighbours must hit the same area, so a click is not on an edge.
      const ids = [
        [0, 0],
        [6, 0],
        [-6, 0],
        [0, 6],
        [0, -6],
      ].map(([dx, dy]) => map.queryRenderedFeatures([x + dx!, y + dy!], { layers: [fill] })[0]?.id);
      const index = ids[0];
      if (typeof index !== 'number' || seen.has(index) || ids.some((id) => id !== index)) continue;
      if (!uncovered(x, y)) continue;
      seen.add(index);
      points.push({ x, y, index, id: level.areaIds[index]!, name: level.names[index]! });
      if (points.length >= count) break;
    }
    return points;
  }, count);
}

/** Hovers the map at a canvas-relative point. */
export async function hoverMap(page: Page, point: { x: number; y: number }): Promise<void> {
  await mapCanvas(page).hover({ position: { x: point.x, y: point.y } });
}

/** Clicks the map at a canvas-relative point, optionally with modifier keys. */
export async function clickMap(
  page: Page,
  point: { x: number; y: number },
  modifiers: ('Shift' | 'Control' | 'Meta')[] = [],
): Promise<void> {
  await mapCanvas(page).click({ position: { x: point.x, y: point.y }, modifiers });
}

/** How the shown level's boundaries are drawn: the outline layer's visibility and the fill's edge pass. */
export function boundaryDrawing(page: Page): Promise<{ outline: unknown; edge: unknown }> {
  return page.evaluate(() => {
    const map = window.__qm!.map;
    const levelId = window.__qmStore!.getState().levelId;
    return {
      outline: map.getLayoutProperty(`qm-${levelId}-outline`, 'visibility'),
      edge: map.getPaintProperty(`qm-${levelId}-fill`, 'fill-antialias'),
    };
  });
}
