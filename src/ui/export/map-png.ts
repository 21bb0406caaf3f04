/**
 * The map as a print image: the map on screen rendered again at print resolution, with title,
 * legend, source and date drawn around it on an A4-landscape canvas at 300 dpi.
 *
 * MapLibre's WebGL canvas keeps no drawing buffer (preserveDrawingBuffer is off, which keeps the
 * map fast), so the picture is read inside a `render` event, right after MapLibre has drawn the
 * frame and before the browser clears it.
 */
import type * as maplibregl from 'maplibre-gl';
import type { LegendModel } from '../legend/legend-model';
import { inkOn } from '../legend/matrix-colors';
import type { MissingStyle } from '../legend/missing-style';
import { FLAG_INK } from '../map/flag-style';
import { visibleMiddle, visibleMiddleOffset } from '../map/legend-clearance';
import type { LayerChange } from '../map/map-style';
import { OWN_MOVE } from '../map/own-move';
import type { MapFlagEntry } from './map-flag-entry';

/** A4 landscape at 300 dpi. */
export const PRINT_PAGE = { width: 3508, height: 2480, dpi: 300 } as const;

/** What the image says besides the map. */
export interface MapImageText {
  /** "Neustadt an der Aue (fiktiv): SGB-II-Quote, Sozialraum, 2024". */
  readonly title: string;
  /** Indicator label for the legend's head. */
  readonly legendTitle: string;
  /** Unit and classification under it, e.g. "% · Quantile, 5 Klassen". */
  readonly legendSubtitle: string;
  readonly legend: LegendModel;
  /** For a status × dynamics matrix: "Zeilen: …, Spalten: …" above the grid (else null). */
  readonly matrixCaption: string | null;
  /** Under the grid: what the numbers in its cells are. */
  readonly matrixNote: string | null;
  /**
   * The Handlungsbedarf entry when flags are drawn on the map ("Handlungsbedarf", 15 areas, and as
   * a note under it the people living there and the open areas), else null.
   */
  readonly flags: MapFlagEntry | null;
  /** "{n} Gebiete" template for the counts. */
  readonly countLabel: (count: number) => string;
  /** "Quelle: …". */
  readonly sourceLine: string;
  /** "Exportiert am 25.11.2026 mit Quartiersmonitor". */
  readonly dateLine: string;
}

const MARGIN = 118; // 1 cm
const LEGEND_WIDTH = 900;
const GAP = 80;
const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = '#1f2933';
const MUTED = '#52606d';

function waitFor(map: maplibregl.Map, event: 'idle' | 'render', timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      map.off(event, done);
      resolve();
    }
    map.on(event, done);
  });
}

/** An area label as shown on the map: its text and centre in CSS px of the map container. */
export interface CapturedLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** The map's picture and what the page draws over it (area labels are HTML, not in the canvas). */
export interface MapCapture {
  readonly canvas: HTMLCanvasElement;
  /** The map container's width in CSS px (labels are placed relative to it). */
  readonly cssWidth: number;
  readonly labels: readonly CapturedLabel[];
}

/** The area labels on screen (AreaLabels' overlay), read where they are drawn, moved `shift` px left. */
function labelsOver(container: HTMLElement, shift: number): CapturedLabel[] {
  const origin = container.getBoundingClientRect();
  const scope = container.parentElement ?? container;
  return [...scope.querySelectorAll<HTMLElement>('.map-label')].map((element) => {
    const rect = element.getBoundingClientRect();
    return {
      text: element.textContent ?? '',
      x: rect.left + rect.width / 2 - origin.left - shift,
      y: rect.top + rect.height / 2 - origin.top,
    };
  });
}

/**
 * The map drawn at a pixel ratio that fills `width` × `height` (within MapLibre's maximum canvas
 * size), copied into a 2D canvas, with the area labels shown over it. `changes` apply to the
 * picture only (e.g. selection hidden, boundaries as lines); the map on screen returns to its own
 * pixel ratio and layers afterwards.
 */
export async function captureMap(
  map: maplibregl.Map,
  width: number,
  height: number,
  changes: readonly LayerChange[] = [],
): Promise<MapCapture> {
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  // On screen the view is fitted beside the floating legend; the print draws the legend beside the
  // map, so the picture is centred on what is visible beside it (else the left part stays empty).
  const shift = visibleMiddleOffset(container);
  const labels = labelsOver(container, shift);
  const center = map.getCenter();
  const ratio = Math.min(width / container.clientWidth, height / container.clientHeight);
  const copy = document.createElement('canvas');
  // Each change made while drawing, with the value it replaced, to put back afterwards.
  const made = changes
    .filter((change) => map.getLayer(change.layer) !== undefined)
    .map((change) => ({
      ...change,
      before:
        change.kind === 'layout'
          ? map.getLayoutProperty(change.layer, change.property)
          : map.getPaintProperty(change.layer, change.property),
    }));
  const set = (change: LayerChange, value: unknown) => {
    // The values come from our own style module: MapLibre checks them (validate) as it sets them.
    if (change.kind === 'layout') map.setLayoutProperty(change.layer, change.property, value as never);
    else map.setPaintProperty(change.layer, change.property, value as never);
  };
  try {
    for (const change of made) set(change, change.value);
    const idle = waitFor(map, 'idle', 15_000);
    if (shift > 0) map.jumpTo({ center: visibleMiddle(map) }, OWN_MOVE);
    map.setPixelRatio(ratio);
    await idle;
    await new Promise<void>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve();
      });
      map.triggerRepaint();
    });
  } finally {
    // null: follow the device's pixel ratio again, as before (MapLibre's documented reset).
    map.setPixelRatio(null as unknown as number);
    if (shift > 0) map.jumpTo({ center }, OWN_MOVE);
    for (const change of made)
      set(
        change,
        // Visibility unset means visible; undefined resets any other property to its default.
        change.property === 'visibility' ? (change.before === 'none' ? 'none' : 'visible') : change.before,
      );
  }
  return { canvas: copy, cssWidth, labels };
}

/** Breaks text into lines no wider than `width` at the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut with "…" to fit `width` at the context's current font (for a single word wider than a line). */
function fitLine(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 1 && context.measureText(`${text.slice(0, end)}…`).width > width) end--;
  return `${text.slice(0, end)}…`;
}

/** wrap(), with every line fitted to the width (a word longer than a line is cut). */
function wrapFitted(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  return wrap(context, text, width).map((line) => fitLine(context, line, width));
}

function drawLines(
  context: CanvasRenderingContext2D,
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
): number {
  lines.forEach((line, index) => context.fillText(line, x, y + index * lineHeight));
  return y + lines.length * lineHeight;
}

/** A legend swatch for areas without a class: hatched, dotted or plain, as on the map. */
function drawMissingSwatch(
  context: CanvasRenderingContext2D,
  style: MissingStyle,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  context.save();
  context.fillStyle = style.background;
  context.fillRect(x, y, width, height);
  context.beginPath();
  context.rect(x, y, width, height);
  context.clip();
  context.strokeStyle = style.ink;
  context.fillStyle = style.ink;
  if (style.pattern === 'hatch') {
    context.lineWidth = 5;
    for (let offset = -height; offset < width; offset += 18) {
      context.beginPath();
      context.moveTo(x + offset, y + height);
      context.lineTo(x + offset + height, y);
      context.stroke();
    }
  } else if (style.pattern === 'dots') {
    for (let dy = 7; dy < height; dy += 14)
      for (let dx = 7; dx < width; dx += 14) {
        context.beginPath();
        context.arc(x + dx, y + dy, 3.2, 0, 2 * Math.PI);
        context.fill();
      }
  }
  context.restore();
}

/** The Handlungsbedarf swatch as on the map: the flag hatch (top-left to bottom-right) with a double outline. */
function drawFlagSwatch(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  context.save();
  context.fillStyle = '#ffffff';
  context.fillRect(x, y, width, height);
  context.beginPath();
  context.rect(x, y, width, height);
  context.clip();
  context.strokeStyle = FLAG_INK;
  context.lineWidth = 4;
  for (let offset = -height; offset < width; offset += 20) {
    context.beginPath();
    context.moveTo(x + offset, y);
    context.lineTo(x + offset + height, y + height);
    context.stroke();
  }
  context.restore();
  context.strokeStyle = '#ffffff';
  context.lineWidth = 10;
  context.strokeRect(x + 5, y + 5, width - 10, height - 10);
  context.strokeStyle = FLAG_INK;
  context.lineWidth = 4;
  context.strokeRect(x + 2, y + 2, width - 4, height - 4);
  context.strokeRect(x + 9, y + 9, width - 18, height - 18);
}

/**
 * Draws the page: title on top, the map (fitted, framed) on the left, the legend on the right,
 * source and date at the bottom.
 */
export function composeMapImage(capture: MapCapture, text: MapImageText): HTMLCanvasElement {
  const map = capture.canvas;
  const { width, height } = PRINT_PAGE;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.textBaseline = 'alphabetic';
  context.fillStyle = INK;

  // Title (20 pt).
  context.font = `600 84px ${FONT}`;
  const titleBottom = drawLines(
    context,
    wrap(context, text.title, width - 2 * MARGIN),
    MARGIN,
    MARGIN + 70,
    100,
  );

  // Footer (9 pt): source, then date; measured first so the map knows its room.
  context.font = `38px ${FONT}`;
  const sourceLines = wrap(context, text.sourceLine, width - 2 * MARGIN);
  const footerHeight = (sourceLines.length + 1) * 50;
  const footerTop = height - MARGIN - footerHeight;

  // Map, fitted into its box and framed.
  const box = {
    x: MARGIN,
    y: titleBottom + 30,
    width: width - 2 * MARGIN - LEGEND_WIDTH - GAP,
    height: footerTop - 40 - (titleBottom + 30),
  };
  const scale = Math.min(box.width / map.width, box.height / map.height);
  const drawn = { width: map.width * scale, height: map.height * scale };
  const mapX = box.x + (box.width - drawn.width) / 2;
  const mapY = box.y + (box.height - drawn.height) / 2;
  context.imageSmoothingQuality = 'high';
  context.drawImage(map, mapX, mapY, drawn.width, drawn.height);
  // Area labels as on screen (12 px with a white halo), scaled with the map.
  const labelScale = drawn.width / capture.cssWidth;
  context.save();
  context.beginPath();
  context.rect(mapX, mapY, drawn.width, drawn.height);
  context.clip();
  context.font = `${12 * labelScale}px ${FONT}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 3 * labelScale;
  context.strokeStyle = '#ffffff';
  context.fillStyle = INK;
  for (const label of capture.labels) {
    const x = mapX + label.x * labelScale;
    const y = mapY + label.y * labelScale;
    context.strokeText(label.text, x, y);
    context.fillText(label.text, x, y);
  }
  context.restore();
  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  context.strokeStyle = '#9aa5b1';
  context.lineWidth = 3;
  context.strokeRect(mapX, mapY, drawn.width, drawn.height);

  // Legend (11 pt rows).
  const legendX = width - MARGIN - LEGEND_WIDTH;
  let y = box.y + 50;
  context.fillStyle = INK;
  context.font = `600 50px ${FONT}`;
  y = drawLines(context, wrap(context, text.legendTitle, LEGEND_WIDTH), legendX, y, 62);
  context.fillStyle = MUTED;
  context.font = `40px ${FONT}`;
  y = drawLines(context, wrap(context, text.legendSubtitle, LEGEND_WIDTH), legendX, y + 4, 52) + 30;
  const swatch = { width: 110, height: 66 };
  const rowHeight = 92;
  const labelLineHeight = 52;
  const labelX = legendX + swatch.width + 30;
  // One legend entry: swatch, label (wrapped, never into the count column), count at the right.
  const row = (draw: (top: number) => void, label: string, count: number) => {
    const countText = text.countLabel(count);
    context.font = `38px ${FONT}`;
    const countWidth = context.measureText(countText).width;
    context.font = `42px ${FONT}`;
    const lines = wrapFitted(context, label, legendX + LEGEND_WIDTH - countWidth - 28 - labelX);
    draw(y);
    context.fillStyle = INK;
    context.textAlign = 'left';
    drawLines(context, lines, labelX, y + 47, labelLineHeight);
    context.fillStyle = MUTED;
    context.font = `38px ${FONT}`;
    context.textAlign = 'right';
    context.fillText(countText, legendX + LEGEND_WIDTH, y + 47);
    context.textAlign = 'left';
    y += Math.max(rowHeight, (lines.length - 1) * labelLineHeight + rowHeight);
  };
  const framed = (top: number) => {
    context.strokeStyle = 'rgba(0, 0, 0, 0.25)';
    context.lineWidth = 2;
    context.strokeRect(legendX, top, swatch.width, swatch.height);
  };
  const { matrix } = text.legend;
  if (matrix) y = drawMatrix(context, text, legendX, y);
  else
    for (const item of text.legend.classes)
      row(
        (top) => {
          context.fillStyle = item.color;
          context.fillRect(legendX, top, swatch.width, swatch.height);
          framed(top);
        },
        item.label,
        item.count,
      );
  if (text.legend.missing.length > 0) y += 24;
  for (const item of text.legend.missing)
    row(
      (top) => {
        drawMissingSwatch(context, item.style, legendX, top, swatch.width, swatch.height);
        framed(top);
      },
      item.label,
      item.count,
    );
  if (text.flags) {
    y += 24;
    row(
      (top) => drawFlagSwatch(context, legendX, top, swatch.width, swatch.height),
      text.flags.label,
      text.flags.count,
    );
    if (text.flags.note) {
      // Under the label, as the on-screen legend prints it.
      context.fillStyle = MUTED;
      context.font = `38px ${FONT}`;
      const noteLines = wrap(context, text.flags.note, legendX + LEGEND_WIDTH - labelX);
      y = drawLines(context, noteLines, labelX, y + 5, 50) - 20;
    }
  }
  if (text.legend.centreNote) {
    context.fillStyle = MUTED;
    context.font = `38px ${FONT}`;
    drawLines(context, wrap(context, text.legend.centreNote, LEGEND_WIDTH), legendX, y + 40, 50);
  }

  // Footer.
  context.fillStyle = MUTED;
  context.font = `38px ${FONT}`;
  const afterSource = drawLines(context, sourceLines, MARGIN, footerTop + 38, 50);
  context.fillText(text.dateLine, MARGIN, afterSource);
  return canvas;
}

/**
 * The legend of a status × dynamics matrix as a grid, like the app's LegendMatrix: caption, the
 * dynamics classes as column heads, the status classes as row heads, each cell in its colour with
 * its number of areas. Returns the y below the grid.
 */
function drawMatrix(context: CanvasRenderingContext2D, text: MapImageText, x: number, top: number): number {
  const matrix = text.legend.matrix!;
  const cells = text.legend.classes;
  let y = top;
  if (text.matrixCaption) {
    context.fillStyle = MUTED;
    context.font = `600 36px ${FONT}`;
    y = drawLines(context, wrapFitted(context, text.matrixCaption, LEGEND_WIDTH), x, y + 34, 46) + 10;
  }
  context.font = `40px ${FONT}`;
  const rowHeadWidth = Math.min(
    360,
    Math.max(...matrix.rows.map((label) => context.measureText(label).width)) + 30,
  );
  const gap = 14;
  const columns = matrix.columns.length;
  const cellWidth = (LEGEND_WIDTH - rowHeadWidth - gap * (columns - 1)) / columns;
  const cellHeight = 80;
  // Column heads, wrapped within their cell, centred.
  context.fillStyle = INK;
  context.font = `36px ${FONT}`;
  context.textAlign = 'center';
  const heads = matrix.columns.map((label) => wrapFitted(context, label, cellWidth - 8));
  const headLines = Math.max(1, ...heads.map((lines) => lines.length));
  heads.forEach((lines, column) => {
    const centre = x + rowHeadWidth + column * (cellWidth + gap) + cellWidth / 2;
    drawLines(context, lines, centre, y + 36, 44);
  });
  y += headLines * 44 + 16;
  matrix.rows.forEach((rowLabel, row) => {
    context.textAlign = 'left';
    context.textBaseline = 'middle';
    context.fillStyle = INK;
    context.font = `40px ${FONT}`;
    context.fillText(fitLine(context, rowLabel, rowHeadWidth - 16), x, y + cellHeight / 2);
    for (let column = 0; column < columns; column++) {
      const cell = cells[row * columns + column];
      if (!cell) continue;
      const cellX = x + rowHeadWidth + column * (cellWidth + gap);
      context.fillStyle = cell.color;
      context.fillRect(cellX, y, cellWidth, cellHeight);
      context.strokeStyle = 'rgba(0, 0, 0, 0.25)';
      context.lineWidth = 2;
      context.strokeRect(cellX, y, cellWidth, cellHeight);
      context.fillStyle = inkOn(cell.color);
      context.font = `600 40px ${FONT}`;
      context.textAlign = 'center';
      context.fillText(String(cell.count), cellX + cellWidth / 2, y + cellHeight / 2);
    }
    context.textBaseline = 'alphabetic';
    context.textAlign = 'left';
    y += cellHeight + gap;
  });
  if (text.matrixNote) {
    context.fillStyle = MUTED;
    context.font = `36px ${FONT}`;
    y = drawLines(context, wrapFitted(context, text.matrixNote, LEGEND_WIDTH), x, y + 30, 46);
  }
  return y + 16;
}
