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
import type { MissingStyle } from '../legend/missing-style';

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

/** The area labels on screen (AreaLabels' overlay), read where they are drawn. */
function labelsOver(container: HTMLElement): CapturedLabel[] {
  const origin = container.getBoundingClientRect();
  const scope = container.parentElement ?? container;
  return [...scope.querySelectorAll<HTMLElement>('.map-label')].map((element) => {
    const rect = element.getBoundingClientRect();
    return {
      text: element.textContent ?? '',
      x: rect.left + rect.width / 2 - origin.left,
      y: rect.top + rect.height / 2 - origin.top,
    };
  });
}

/**
 * The map drawn at a pixel ratio that fills `width` × `height` (within MapLibre's maximum canvas
 * size), copied into a 2D canvas, with the area labels shown over it. The map on screen returns to
 * its own pixel ratio afterwards.
 */
export async function captureMap(map: maplibregl.Map, width: number, height: number): Promise<MapCapture> {
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  const labels = labelsOver(container);
  const ratio = Math.min(width / container.clientWidth, height / container.clientHeight);
  const copy = document.createElement('canvas');
  try {
    const idle = waitFor(map, 'idle', 15_000);
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
  const row = (draw: (top: number) => void, label: string, count: number) => {
    draw(y);
    context.fillStyle = INK;
    context.font = `42px ${FONT}`;
    context.textAlign = 'left';
    context.fillText(label, legendX + swatch.width + 30, y + 47);
    context.fillStyle = MUTED;
    context.font = `38px ${FONT}`;
    context.textAlign = 'right';
    context.fillText(text.countLabel(count), legendX + LEGEND_WIDTH, y + 47);
    context.textAlign = 'left';
    y += rowHeight;
  };
  for (const item of text.legend.classes)
    row(
      (top) => {
        context.fillStyle = item.color;
        context.fillRect(legendX, top, swatch.width, swatch.height);
        context.strokeStyle = 'rgba(0, 0, 0, 0.25)';
        context.lineWidth = 2;
        context.strokeRect(legendX, top, swatch.width, swatch.height);
      },
      item.label,
      item.count,
    );
  if (text.legend.missing.length > 0) y += 24;
  for (const item of text.legend.missing)
    row(
      (top) => {
        drawMissingSwatch(context, item.style, legendX, top, swatch.width, swatch.height);
        context.strokeStyle = 'rgba(0, 0, 0, 0.25)';
        context.lineWidth = 2;
        context.strokeRect(legendX, top, swatch.width, swatch.height);
      },
      item.label,
      item.count,
    );
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
