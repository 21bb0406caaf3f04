import type { MouseEvent } from 'react';
import { formatDay, isoDay } from '../../io/export-meta';
import { useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import { fillTemplate } from '../panels/panel-text-model';
import { downloadBlob } from './download';
import './export.css';

export interface ChartExportButtonsProps {
  /** What the chart shows, for the buttons' labels, e.g. "Zeitreihe: SGB-II-Quote". */
  readonly title: string;
  /** File name without extension (see exportFileName). */
  readonly fileBase: string;
}

/** Width of the PNG: 20 cm at 300 dpi. */
const PNG_WIDTH = 2362;

/**
 * SVG and PNG buttons for the chart they sit in: they export the first `<svg>` of the enclosing
 * `<figure>`, standalone (styles inlined); the chart draws its own title, key and source, the
 * export adds the date.
 */
export function ChartExportButtons({ title, fileBase }: ChartExportButtonsProps) {
  const locale = useAppStore((state) => state.locale);

  // The SVG writer loads on the first export, not with the page.
  const documentOf = async (event: MouseEvent<HTMLButtonElement>): Promise<string | null> => {
    const svg = event.currentTarget.closest('figure')?.querySelector('svg');
    if (!svg) return null;
    const { standaloneSvg } = await import('./svg-export');
    return standaloneSvg(svg, [
      fillTemplate(message(locale, 'exportedOn'), { date: formatDay(isoDay(new Date()), locale) }),
    ]);
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
