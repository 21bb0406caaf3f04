import type { MouseEvent } from 'react';
import { localize } from '../../i18n/locale';
import { formatDay, isoDay } from '../../io/export-meta';
import { useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import { fillTemplate } from '../panels/panel-text-model';
import { downloadBlob } from './download';
import './export.css';

/** A series in the chart's key: its label and an element of the SVG drawn in its colour. */
export interface ChartKey {
  readonly label: string;
  /** CSS selector inside the chart's SVG; its computed stroke (else fill) is the key's colour. */
  readonly selector: string;
}

export interface ChartExportButtonsProps {
  /** Title written above the chart, e.g. "Altstadt: SGB-II-Quote (%), 2015–2024". */
  readonly title: string;
  /** File name without extension (see exportFileName). */
  readonly fileBase: string;
  readonly keys?: readonly ChartKey[];
  /** The chart draws its own title, key and source: the export adds only the date. */
  readonly describedInside?: boolean;
}

/** Width of the PNG: 20 cm at 300 dpi. */
const PNG_WIDTH = 2362;

/**
 * SVG and PNG buttons for the chart they sit in: they export the first `<svg>` of the enclosing
 * `<figure>`, standalone (styles inlined) with title, key, source and date.
 */
export function ChartExportButtons({
  title,
  fileBase,
  keys = [],
  describedInside = false,
}: ChartExportButtonsProps) {
  const locale = useAppStore((state) => state.locale);
  const source = useAppStore((state) => localize(state.dataset?.data.manifest.source, locale));

  // The SVG writer loads on the first export, not with the page.
  const documentOf = async (event: MouseEvent<HTMLButtonElement>): Promise<string | null> => {
    const svg = event.currentTarget.closest('figure')?.querySelector('svg');
    if (!svg) return null;
    const colourOf = (selector: string) => {
      const element = svg.querySelector(selector);
      if (!element) return '#000000';
      const style = getComputedStyle(element);
      return style.stroke && style.stroke !== 'none' ? style.stroke : style.fill;
    };
    const footer = [
      source && !describedInside ? `${message(locale, 'source')}: ${source}` : '',
      fillTemplate(message(locale, 'exportedOn'), { date: formatDay(isoDay(new Date()), locale) }),
    ].filter(Boolean);
    const { standaloneSvg } = await import('./svg-export');
    return standaloneSvg(svg, {
      title: describedInside ? '' : title,
      keys: keys.map((key) => ({ label: key.label, color: colourOf(key.selector) })),
      footer,
    });
  };

  return (
    <div className="chart-export">
      <button
        type="button"
        data-testid="chart-export-svg"
        aria-label={`${message(locale, 'chartSvgLabel')}: ${title}`}
        title={message(locale, 'chartSvgLabel')}
        onClick={async (event) => {
          const text = await documentOf(event);
          if (text) downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${fileBase}.svg`);
        }}
      >
        SVG
      </button>
      <button
        type="button"
        data-testid="chart-export-png"
        aria-label={`${message(locale, 'chartPngLabel')}: ${title}`}
        title={message(locale, 'chartPngLabel')}
        onClick={async (event) => {
          const text = await documentOf(event);
          if (!text) return;
          const { svgToPng } = await import('./svg-export');
          const { withPrintResolution } = await import('./png-dpi');
          const png = new Uint8Array(await (await svgToPng(text, PNG_WIDTH)).arrayBuffer());
          downloadBlob(new Blob([withPrintResolution(png, 300)], { type: 'image/png' }), `${fileBase}.png`);
        }}
      >
        PNG
      </button>
    </div>
  );
}
