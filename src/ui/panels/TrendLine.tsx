import type { ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { trendPath, trendSegments, valueExtent, type TrendPoint } from './trend-model';

/** Props of the sparkline: plain series, no store (STYLE.md §5, charts know nothing of the store). */
export interface TrendLineProps {
  /** The area's series, one point per year (null values are gaps). */
  readonly series: readonly TrendPoint[];
  /** A reference drawn in grey behind it (the city). */
  readonly reference?: readonly TrendPoint[];
  readonly seriesName: string;
  readonly referenceName?: string;
  /** The year shown on the map, marked on the line. */
  readonly currentYear: number;
  readonly locale: Locale;
  /** The text summary screen readers get instead of the picture (first and last value). */
  readonly label: string;
  readonly testId?: string;
  /** Buttons under the chart (e.g. ChartExportButtons). */
  readonly actions?: ReactNode;
}

const WIDTH = 280;
const HEIGHT = 120;
const MARGIN = { top: 8, right: 10, bottom: 18, left: 44 };

/**
 * A small line chart over all years: the area in blue, the reference in grey, missing years as gaps,
 * the current year marked. d3 computes the scales, React renders the SVG.
 */
export function TrendLine({
  series,
  reference = [],
  seriesName,
  referenceName,
  currentYear,
  locale,
  label,
  testId,
  actions,
}: TrendLineProps) {
  const years = series.map((point) => point.year);
  const firstYear = years[0] ?? currentYear;
  const lastYear = years.at(-1) ?? currentYear;
  const x = scaleLinear()
    .domain(firstYear === lastYear ? [firstYear - 1, lastYear + 1] : [firstYear, lastYear])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const extent = valueExtent([series, reference]) ?? [0, 1];
  // A flat line still gets a little room above and below, so it is not drawn on the frame.
  const pad = extent[0] === extent[1] ? Math.max(1, Math.abs(extent[0]) * 0.1) : 0;
  const y = scaleLinear()
    .domain([extent[0] - pad, extent[1] + pad])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(3);
  const seriesSegments = trendSegments(series);
  const referenceSegments = trendSegments(reference);
  const current = series.find((point) => point.year === currentYear);
  const lonePoints = seriesSegments.filter((segment) => segment.length === 1).flat();
  const referenceLone = referenceSegments.filter((segment) => segment.length === 1).flat();

  return (
    <figure className="trend" data-testid={testId}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
      >
        {ticks.map((tick) => (
          <g key={tick} className="trend-grid">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 4} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatNumber(tick, tickDecimals(ticks), locale)}
            </text>
          </g>
        ))}
        <line
          className="trend-current"
          x1={x(currentYear)}
          x2={x(currentYear)}
          y1={MARGIN.top}
          y2={HEIGHT - MARGIN.bottom}
        />
        {/* An end label close to the current year's label would overlap it: the current one wins. */}
        {(currentYear === firstYear || x(currentYear) - x(firstYear) > YEAR_LABEL_GAP) && (
          <text className="trend-year" x={x(firstYear)} y={HEIGHT - 4} textAnchor="start">
            {firstYear}
          </text>
        )}
        {(currentYear === lastYear || x(lastYear) - x(currentYear) > YEAR_LABEL_GAP) && (
          <text className="trend-year" x={x(lastYear)} y={HEIGHT - 4} textAnchor="end">
            {lastYear}
          </text>
        )}
        {currentYear !== firstYear && currentYear !== lastYear && (
          <text
            className="trend-year trend-year-current"
            x={x(currentYear)}
            y={HEIGHT - 4}
            textAnchor="middle"
          >
            {currentYear}
          </text>
        )}
        <path className="trend-reference" d={trendPath(referenceSegments, x, y)} />
        {referenceLone.map((point) => (
          <circle
            key={point.year}
            className="trend-reference-dot"
            cx={x(point.year)}
            cy={y(point.value)}
            r={2}
          />
        ))}
        <path className="trend-series" d={trendPath(seriesSegments, x, y)} />
        {lonePoints.map((point) => (
          <circle
            key={point.year}
            className="trend-series-dot"
            cx={x(point.year)}
            cy={y(point.value)}
            r={2.5}
          />
        ))}
        {current && current.value !== null && (
          <circle className="trend-current-dot" cx={x(current.year)} cy={y(current.value)} r={4} />
        )}
      </svg>
      <figcaption className="trend-key" aria-hidden="true">
        <span className="trend-key-series">{seriesName}</span>
        {referenceName && reference.length > 0 && (
          <span className="trend-key-reference">{referenceName}</span>
        )}
      </figcaption>
      {actions}
    </figure>
  );
}

/** Horizontal room (px) a year label needs next to the current year's label. */
const YEAR_LABEL_GAP = 44;

/** Decimals the tick step needs (0 for 5, 10; 1 for 0.5; 2 for 0.25). */
function tickDecimals(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}
