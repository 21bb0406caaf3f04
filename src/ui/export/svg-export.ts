/**
 * A chart's SVG as a file that stands on its own: the page's CSS resolved into inline styles, a
 * white background, the chart's title and key above it, source and date below, so it looks the
 * same in a browser, Inkscape or a word processor.
 */

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

/** Title, key, source and date written around the chart. */
export interface ChartExportText {
  /** Written above the chart; empty for a chart that carries its own title (it stays the SVG's <title>). */
  readonly title: string;
  /** Series in the chart with the colour each is drawn in. */
  readonly keys?: readonly { readonly label: string; readonly color: string }[];
  /** Lines under the chart: "Quelle: …", "Exportiert am …". */
  readonly footer: readonly string[];
}

/** Breaks text into lines of about `characters` characters (no measuring outside the page). */
export function wrapByLength(text: string, characters: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > characters) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

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

/**
 * A standalone SVG document of the chart with title, key, source and date. `scale` sets the
 * default display size (width and height attributes) relative to the chart's units.
 */
export function standaloneSvg(svg: SVGSVGElement, text: ChartExportText, scale = 2): string {
  const box = chartBox(svg);
  const titleSize = Math.max(8, box.width / 28);
  const smallSize = Math.max(6, box.width / 46);
  const pad = titleSize * 0.8;
  const characters = (size: number) => Math.max(20, Math.floor((box.width - 2 * pad) / (size * 0.52)));
  const titleLines = text.title === '' ? [] : wrapByLength(text.title, characters(titleSize));
  const footerLines = text.footer.flatMap((line) => wrapByLength(line, characters(smallSize)));
  const keys = text.keys ?? [];
  const keyHeight = keys.length > 0 ? smallSize * 1.8 : 0;
  const headerHeight = pad + titleLines.length * titleSize * 1.25 + keyHeight + pad * 0.5;
  const footerHeight = footerLines.length * smallSize * 1.3 + pad;
  const width = box.width;
  const height = headerHeight + box.height + footerHeight;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', String(Math.round(width * scale)));
  root.setAttribute('height', String(Math.round(height * scale)));
  const fontFamily = getComputedStyle(svg).fontFamily || 'sans-serif';
  root.setAttribute('font-family', fontFamily);
  if (text.title !== '') {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = text.title;
    root.append(title);
  }
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', '#ffffff');
  root.append(background);

  const addText = (
    content: string,
    x: number,
    y: number,
    size: number,
    options: Record<string, string> = {},
  ) => {
    const element = document.createElementNS(SVG_NS, 'text');
    element.setAttribute('x', String(x));
    element.setAttribute('y', String(y));
    element.setAttribute('font-size', String(size));
    for (const [name, value] of Object.entries(options)) element.setAttribute(name, value);
    element.textContent = content;
    root.append(element);
    return element;
  };
  let y = pad + titleSize;
  for (const line of titleLines) {
    addText(line, pad, y, titleSize, { 'font-weight': '600', fill: '#1f2933' });
    y += titleSize * 1.25;
  }
  if (keys.length > 0) {
    let x = pad;
    const keyY = y + smallSize * 0.3;
    for (const key of keys) {
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('x1', String(x));
      line.setAttribute('x2', String(x + smallSize * 2));
      line.setAttribute('y1', String(keyY - smallSize * 0.35));
      line.setAttribute('y2', String(keyY - smallSize * 0.35));
      line.setAttribute('stroke', key.color);
      line.setAttribute('stroke-width', String(smallSize * 0.35));
      root.append(line);
      addText(key.label, x + smallSize * 2.5, keyY, smallSize, { fill: '#1f2933' });
      x += smallSize * (3.5 + key.label.length * 0.55);
    }
  }

  const chart = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [chart, ...chart.querySelectorAll('*')];
  sources.forEach((source, index) => inlineStyles(source, targets[index]!));
  // The chart keeps its own coordinates: a nested svg placed below the header.
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(headerHeight));
  chart.setAttribute('width', String(box.width));
  chart.setAttribute('height', String(box.height));
  chart.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  chart.removeAttribute('role');
  chart.removeAttribute('aria-label');
  root.append(chart);

  let footerY = headerHeight + box.height + smallSize * 1.3;
  for (const line of footerLines) {
    addText(line, pad, footerY, smallSize, { fill: '#52606d' });
    footerY += smallSize * 1.3;
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
