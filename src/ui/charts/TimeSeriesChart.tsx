import { scaleLinear } from 'd3-scale';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { describeStatus } from '../../i18n/status';
import { trendPath, trendSegments } from '../panels/trend-model';
import { ChartFrame, FOOTER_HEIGHT, HEADER_HEIGHT, tickDecimals, YGrid } from './ChartFrame';
import { type IndicatorFormat } from './chart-context';
import { withUnit } from '../panels/panel-text-model';
import { areaColour } from './chart-colours';
import { chartMessage } from './chart-messages';
import { charactersIn, ellipsize, textWidth } from './chart-text';
import { layoutKey } from './key-layout';
import type { ThresholdLine, TimeSeriesLine, TimeSeriesModel } from './time-series-model';

export interface TimeSeriesChartProps {
  /** Export buttons (or other actions) for the frame's caption. */
  readonly actions?: ReactNode;
  readonly model: TimeSeriesModel;
  readonly format: IndicatorFormat;
  readonly currentYear: number;
  readonly locale: Locale;
  readonly source: string;
  /** Summary for screen readers (first and last value of each line). */
  readonly description: string;
  readonly onYear: (year: number) => void;
  readonly testId?: string;
  /** The chart's height without its key, which takes as many rows as the width needs. */
  readonly heightWithoutKey?: number;
}

// right: room for half of the last year's label (bold "2024") beyond its tick.
const MARGIN = { left: 44, right: 16, bottom: 22 };
const KEY_FONT_SIZE = 10.5;
const KEY_ROW_HEIGHT = 14;
const TOOLTIP_MIN_WIDTH = 162;
const THRESHOLD_COLOUR = '#c81e1e';
/** Dash patterns that tell up to three threshold lines apart. */
const THRESHOLD_DASHES = ['6 3', '2 2', '9 3 2 3'];

/**
 * Stroke colour of a line: areas in categorical colours, the city black. A parent district is
 * drawn dashed in the colour of the (first) chosen area in it, so with areas of several districts
 * each district's line is told apart and goes with its area; `areaPosition` is then that area's.
 */
export function lineColour(line: TimeSeriesLine, areaPosition: number): string {
  if (line.role === 'city') return '#1f2933';
  if (line.role === 'preview') return '#9333ea';
  return areaColour(areaPosition);
}

/**
 * The time series: chosen areas against their parent districts and the city over all years; gaps
 * for missing years (the tooltip names the reason), the threshold line, the current year marked.
 * Clicking a year (or arrow keys while focused) sets it.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { model, format, currentYear, locale } = props;
  const [hoverYear, setHoverYear] = useState<number | null>(null);
  // The preview (an area hovered in another chart) comes and goes: it is labelled on the line, not in
  // the key, so the chart keeps its height.
  const keyLines = model.lines.filter((line) => line.role !== 'preview');
  const preview = model.lines.find((line) => line.role === 'preview') ?? null;
  const thresholds = model.thresholds;
  const heightWithoutKey = props.heightWithoutKey ?? 200;
  const years = model.years;
  const first = years[0] ?? currentYear;
  const last = years.at(-1) ?? currentYear;
  const extent = model.extent ?? [0, 1];
  const pad = extent[0] === extent[1] ? Math.max(1, Math.abs(extent[0]) * 0.1) : 0;
  // The plot keeps its height; the key above it takes the rows it needs (key-layout.ts).
  const yScale = (plotTop: number) =>
    scaleLinear()
      .domain([extent[0] - pad, extent[1] + pad])
      .nice(4)
      .range([plotTop + heightWithoutKey - HEADER_HEIGHT - 4 - FOOTER_HEIGHT - MARGIN.bottom, plotTop]);
  const ticks = yScale(0).ticks(4);
  const decimals = tickDecimals(ticks);
  const areaPositions = new Map<string, number>();
  keyLines
    .filter((line) => line.role === 'area')
    .forEach((line, index) => areaPositions.set(line.key, index));
  const colourOf = (line: TimeSeriesLine) =>
    lineColour(line, areaPositions.get(line.role === 'parent' ? (line.childKey ?? '') : line.key) ?? 0);
  const step = (year: number) => {
    const index = years.indexOf(year);
    const next = years[index + 1];
    const previous = years[index - 1];
    return next !== undefined ? next - year : previous !== undefined ? year - previous : 1;
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const index = years.indexOf(currentYear);
    const target =
      event.key === 'ArrowLeft'
        ? years[index - 1]
        : event.key === 'ArrowRight'
          ? years[index + 1]
          : undefined;
    if (target !== undefined) {
      event.preventDefault();
      props.onYear(target);
    }
  };
  const shownYear = hoverYear ?? currentYear;
  const valueText = (value: number) => formatNumber(value, format.decimals, locale);
  // "15,5 %" in `year`, "–" where the threshold has no value then.
  const thresholdAt = (line: ThresholdLine, year: number) => {
    const value = line.points.find((point) => point.year === year)?.value;
    return value == null ? '–' : withUnit(valueText(value), format.unit);
  };
  // "Schwelle ≥ 18,0 %" in the shown year; the definition (1,5 × Stadtwert) in its title
  const thresholdKey = (line: ThresholdLine) =>
    chartMessage(locale, 'thresholdKey', {
      sign: line.direction === 'above' ? '≥' : '≤',
      value: thresholdAt(line, shownYear),
    });
  // The key's room is laid out for the longest a threshold's label gets over the years, so the
  // chart keeps its height while the pointer moves over the years.
  const keyLengths = [
    ...keyLines.map((line) => line.name.length),
    ...thresholds.map((line) =>
      Math.max(
        ...years.map(
          (year) =>
            chartMessage(locale, 'thresholdKey', {
              sign: '≥',
              value: thresholdAt(line, year),
            }).length,
        ),
      ),
    ),
  ];
  const keyOf = (width: number) => layoutKey(keyLengths, width, KEY_FONT_SIZE);
  const heightFor = (keyRows: number) => heightWithoutKey + keyRows * KEY_ROW_HEIGHT;
  // "Altstadt: 12,3 %" per line and "Schwelle ≥ 15,5 %" per threshold, for the year pointed at.
  const tooltipEntries = (year: number) => [
    ...keyLines.map((line) => {
      const point = line.points.find((candidate) => candidate.year === year);
      const value =
        point?.value != null
          ? withUnit(valueText(point.value), format.unit)
          : point
            ? describeStatus(point.status, locale)
            : chartMessage(locale, 'noValue');
      return { name: line.name, between: ': ', value };
    }),
    ...thresholds.map((line) => ({
      name: `${chartMessage(locale, 'threshold')} ${line.direction === 'above' ? '≥' : '≤'}`,
      between: ' ',
      value: thresholdAt(line, year),
    })),
  ];

  return (
    <ChartFrame
      actions={props.actions}
      chartId="time-series"
      testId={props.testId}
      title={chartMessage(locale, 'timeSeriesTitle')}
      subtitle={`${format.label}${format.unit ? ` (${format.unit})` : ''}, ${first === last ? first : `${first}–${last}`}`}
      source={props.source}
      description={`${props.description} ${chartMessage(locale, 'timeSeriesHint')}`}
      height={(width) => heightFor(keyOf(width).rows)}
      onKeyDown={onKeyDown}
      onMouseLeave={() => setHoverYear(null)}
      liveText={String(currentYear)}
    >
      {(width) => {
        const key = keyOf(width);
        const plotTop = HEADER_HEIGHT + key.rows * KEY_ROW_HEIGHT + 4;
        const y = yScale(plotTop);
        const plotBottom = y.range()[0] as number;
        const x = scaleLinear()
          .domain(first === last ? [first - 1, last + 1] : [first, last])
          .range([MARGIN.left, width - MARGIN.right]);
        const columnWidth = (year: number) => Math.max(4, Math.abs(x(year + step(year)) - x(year)));
        // The tooltip is as wide as its longest line needs, within the plot; where that is too
        // narrow, names are cut, never the values.
        const tooltipLines = hoverYear === null ? [] : tooltipEntries(hoverYear);
        const lineLength = (entry: { name: string; between: string; value: string }) =>
          entry.name.length + entry.between.length + entry.value.length;
        const tooltipWidth = Math.min(
          Math.max(TOOLTIP_MIN_WIDTH, 14 + textWidth(Math.max(0, ...tooltipLines.map(lineLength)), 10)),
          width - MARGIN.left - MARGIN.right,
        );
        const tooltipCharacters = charactersIn(tooltipWidth - 12, 10);
        // Below the key where it fits; a box of many lines moves up over the key rather than
        // past the chart's bottom.
        const tooltipHeight = 16 + tooltipLines.length * 13;
        const tooltipY = Math.max(
          4,
          Math.min(plotTop + 2, heightFor(key.rows) - FOOTER_HEIGHT - tooltipHeight),
        );
        const tooltipX = Math.min(Math.max(x(shownYear) + 8, MARGIN.left), width - tooltipWidth - 8);
        return (
          <>
            {keyLines.map((line, index) => (
              <g key={line.key} className="ts-key" transform={keyTransform(key.slots[index])}>
                {line.name.length > (key.slots[index]?.characters ?? 0) && <title>{line.name}</title>}
                <line
                  x1={0}
                  x2={16}
                  y1={0}
                  y2={0}
                  stroke={colourOf(line)}
                  strokeWidth={line.role === 'city' ? 2.5 : 2}
                  strokeDasharray={dashOf(line)}
                />
                <text x={20} dy="0.32em" fontSize={10.5} fill="#1f2933">
                  {ellipsize(line.name, key.slots[index]?.characters ?? line.name.length)}
                </text>
              </g>
            ))}
            {thresholds.map((line, position) => {
              const index = keyLines.length + position;
              return (
                <g
                  key={`threshold-${position}`}
                  className="ts-key ts-key-threshold"
                  transform={keyTransform(key.slots[index])}
                >
                  <title>{thresholdLabel(line, locale)}</title>
                  <line
                    x1={0}
                    x2={16}
                    y1={0}
                    y2={0}
                    stroke={THRESHOLD_COLOUR}
                    strokeWidth={1.5}
                    strokeDasharray={THRESHOLD_DASHES[position % THRESHOLD_DASHES.length]}
                  />
                  <text x={20} dy="0.32em" fontSize={10.5} fill={THRESHOLD_COLOUR}>
                    {ellipsize(thresholdKey(line), key.slots[index]?.characters ?? Infinity)}
                  </text>
                </g>
              );
            })}
            <YGrid
              ticks={ticks}
              y={y}
              left={MARGIN.left}
              right={width - MARGIN.right}
              decimals={decimals}
              locale={locale}
              className="ts-grid"
            />
            {years.map((year, index) => {
              // Every other year from the last, and the current one; a label too close to it gives way.
              const labelled =
                year === currentYear ||
                ((years.length <= 6 || (years.length - 1 - index) % 2 === 0) &&
                  Math.abs(x(year) - x(currentYear)) > 28);
              return labelled ? (
                <text
                  key={year}
                  className={year === currentYear ? 'ts-year ts-year-current' : 'ts-year'}
                  x={x(year)}
                  y={plotBottom + 14}
                  textAnchor="middle"
                  fontSize={10}
                  fontWeight={year === currentYear ? 700 : 400}
                  fill="#52606d"
                >
                  {year}
                </text>
              ) : null;
            })}
            <line
              className="ts-current"
              x1={x(currentYear)}
              x2={x(currentYear)}
              y1={plotTop}
              y2={plotBottom}
              stroke="#9aa5b1"
              strokeWidth={6}
              strokeOpacity={0.35}
            />
            {thresholds.map((line, position) => (
              <path
                key={`threshold-${position}`}
                className="ts-threshold"
                data-series={`threshold-${position}`}
                d={trendPath(
                  trendSegments(line.points.map((point) => ({ ...point, status: 'ok' as const }))),
                  x,
                  y,
                )}
                fill="none"
                stroke={THRESHOLD_COLOUR}
                strokeWidth={1.5}
                strokeDasharray={THRESHOLD_DASHES[position % THRESHOLD_DASHES.length]}
              >
                <title>{thresholdLabel(line, locale)}</title>
              </path>
            ))}
            {model.lines.map((line) => {
              const segments = trendSegments(line.points);
              const colour = colourOf(line);
              return (
                <g key={line.key} className={`ts-line ts-${line.role}`}>
                  <path
                    data-series={line.key}
                    d={trendPath(segments, x, y)}
                    fill="none"
                    stroke={colour}
                    strokeWidth={line.role === 'city' ? 2.5 : 2}
                    strokeDasharray={dashOf(line)}
                  />
                  {segments
                    .filter((segment) => segment.length === 1)
                    .flat()
                    .map((point) => (
                      <circle key={point.year} cx={x(point.year)} cy={y(point.value)} r={2.5} fill={colour} />
                    ))}
                  {line.points
                    .filter((point) => point.year === shownYear && point.value !== null)
                    .map((point) => (
                      <circle
                        key="current"
                        cx={x(point.year)}
                        cy={y(point.value!)}
                        r={3.5}
                        fill="#fff"
                        stroke={colour}
                        strokeWidth={2}
                      />
                    ))}
                </g>
              );
            })}
            {preview &&
              (() => {
                const last = trendSegments(preview.points).flat().at(-1);
                return last ? (
                  <text
                    className="ts-preview-label"
                    x={Math.min(x(last.year), width - MARGIN.right) - 4}
                    y={y(last.value) - 6}
                    textAnchor="end"
                    fontSize={10}
                    fill={colourOf(preview)}
                    stroke="#fff"
                    strokeWidth={3}
                    paintOrder="stroke"
                  >
                    {preview.name}
                  </text>
                ) : null;
              })()}
            {years.map((year) => (
              <rect
                key={year}
                className="ts-year-hit"
                data-year={year}
                x={x(year) - columnWidth(year) / 2}
                y={plotTop}
                width={columnWidth(year)}
                height={plotBottom - plotTop + 18}
                fill="transparent"
                onMouseEnter={() => setHoverYear(year)}
                onClick={() => props.onYear(year)}
              />
            ))}
            {hoverYear !== null && (
              <g
                className="ts-tooltip"
                transform={`translate(${tooltipX}, ${tooltipY})`}
                pointerEvents="none"
              >
                <rect
                  width={tooltipWidth}
                  height={tooltipHeight}
                  rx={3}
                  fill="#fff"
                  stroke="#cbd2d9"
                  fillOpacity={0.95}
                />
                <text x={6} y={12} fontSize={10.5} fontWeight={700} fill="#1f2933">
                  {hoverYear}
                </text>
                {tooltipLines.map((line, index) => (
                  <text
                    key={index}
                    x={6}
                    y={25 + index * 13}
                    fontSize={10}
                    fill={index < keyLines.length ? colourOf(keyLines[index]!) : THRESHOLD_COLOUR}
                  >
                    {`${ellipsize(line.name, Math.max(4, tooltipCharacters - line.between.length - line.value.length))}${line.between}${line.value}`}
                  </text>
                ))}
              </g>
            )}
          </>
        );
      }}
    </ChartFrame>
  );
}

/** A threshold line's label: its own, or how it is defined. */
export function thresholdLabel(threshold: ThresholdLine, locale: Locale): string {
  if (threshold.label) return threshold.label;
  const spec = threshold.threshold;
  const value = formatNumber(spec.value, 2, locale).replace(/[.,]?0+$/, '');
  if (spec.type === 'absolute') return chartMessage(locale, 'thresholdAbsolute', { value });
  if (spec.type === 'z-score') return chartMessage(locale, 'thresholdZ', { value });
  const signed = spec.value >= 0 ? `+ ${value}` : `\u2212 ${value.replace('\u2212', '')}`;
  const key =
    spec.reference === 'city'
      ? spec.mode === 'ratio'
        ? 'thresholdCityRatio'
        : 'thresholdCityDifference'
      : spec.mode === 'ratio'
        ? 'thresholdParentRatio'
        : 'thresholdParentDifference';
  return chartMessage(locale, key, { value: spec.mode === 'ratio' ? value : signed });
}

function dashOf(line: TimeSeriesLine): string | undefined {
  return line.role === 'parent' ? '4 3' : line.role === 'preview' ? '1 3' : undefined;
}

/** Where a key entry goes (key-layout.ts); y is the middle of its row. */
function keyTransform(slot: { readonly x: number; readonly row: number } | undefined): string {
  return `translate(${slot?.x ?? 8}, ${HEADER_HEIGHT + 4 + (slot?.row ?? 0) * KEY_ROW_HEIGHT})`;
}
