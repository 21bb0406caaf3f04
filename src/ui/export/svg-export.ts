/**
 * A chart's SVG as a file that stands on its own: the page's CSS resolved into inline styles, a
 * white background and the export's date below the chart's own title, key and source, so it looks
 * the same in a browser, Inkscape or a word processor.
 */

import { wrapByLength } from '../charts/chart-text';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Style properties a chart uses; each is copied from the page's computed style. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const declarations = STYLE_PROPERTIES.map(
    (property) => [property, computed.getPropertyValue(property)] as const,
  )
    .filter(([, value]) => value !== '' && value !== 'normal' && value !== 'auto')
    .map(([property, value]) => `${property}:${value}`);
  if (computed.display === 'none') declarations.push('display:none');
  target.setAttribute('style', declarations.join(';'));
  target.removeAttribute('class');
}

/** The chart's drawing area in its own units (viewBox, else its size on screen). */
function chartBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const viewBox = svg.viewBox.baseVal;
  if (viewBox && viewBox.width > 0 && viewBox.height > 0)
    return { x: viewBox.x, y: viewBox.y, width: viewBox.width, height: viewBox.height };
  const rect = svg.getBoundingClientRect();
  return { x: 0, y: 0, width: rect.width, height: rect.height };
}

/** Size and colour of the lines under the chart: those of the chart's own source line (ChartFrame). */
const FOOTER_SIZE = 10;
const FOOTER_LEFT = 8;
const FOOTER_COLOR = '#7b8794';

/**
 * A standalone SVG document of the chart, which carries its own title, key and source, with
 * `footer` lines ("Exportiert am …") under it in the chart's own type size. `scale` sets the
 * default display size (width and height attributes) relative to the chart's units.
 */
export function standaloneSvg(svg: SVGSVGElement, footer: readonly string[], scale = 2): string {
  const box = chartBox(svg);
  const characters = Math.max(20, Math.floor((box.width - 2 * FOOTER_LEFT) / (FOOTER_SIZE * 0.52)));
  const footerLines = footer.flatMap((line) => wrapByLength(line, characters));
  const lineHeight = FOOTER_SIZE * 1.3;
  const width = box.width;
  const height = box.height + footerLines.length * lineHeight + FOOTER_LEFT;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', String(Math.round(width * scale)));
  root.setAttribute('height', String(Math.round(height * scale)));
  root.setAttribute('font-family', getComputedStyle(svg).fontFamily || 'sans-serif');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', '#ffffff');
  root.append(background);

  const chart = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [chart, ...chart.querySelectorAll('*')];
  sources.forEach((source, index) => inlineStyles(source, targets[index]!));
  // The chart keeps its own coordinates: a nested svg at the top.
  chart.setAttribute('x', '0');
  chart.setAttribute('y', '0');
  chart.setAttribute('width', String(box.width));
  chart.setAttribute('height', String(box.height));
  chart.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  chart.removeAttribute('role');
  chart.removeAttribute('aria-label');
  root.append(chart);

  let y = box.height + lineHeight;
  for (const line of footerLines) {
    const element = document.createElementNS(SVG_NS, 'text');
    element.setAttribute('x', String(FOOTER_LEFT));
    element.setAttribute('y', String(y));
    element.setAttribute('font-size', String(FOOTER_SIZE));
    element.setAttribute('fill', FOOTER_COLOR);
    element.textContent = line;
    root.append(element);
    y += lineHeight;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** Renders an SVG document to a PNG `pixelWidth` wide (the browser rasterises it). */
export async function svgToPng(svgText: string, pixelWidth: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = pixelWidth / image.naturalWidth;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('canvas toBlob failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
