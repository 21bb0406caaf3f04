import { scaleLinear } from 'd3-scale';
import { TABLEAU10 } from './chart-colours';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import type { ScatterColour } from '../../state/store';
import { ChartFrame, FOOTER_HEIGHT, HEADER_HEIGHT, NOTE_HEIGHT, tickDecimals } from './ChartFrame';
import { type IndicatorFormat } from './chart-context';
import { withUnit } from '../panels/panel-text-model';
import { chartMessage } from './chart-messages';
import type { ScatterModel, ScatterPoint } from './scatter-model';

export interface ScatterChartProps {
  /** Export buttons (or other actions) for the frame's caption. */
  readonly actions?: ReactNode;
  readonly model: ScatterModel;
  readonly x: IndicatorFormat;
  readonly y: IndicatorFormat;
  readonly colour: ScatterColour;
  readonly classColours: readonly string[];
  readonly parentNames: readonly string[];
  readonly selectedId: string | null;
  readonly comparisonIds: readonly string[];
  readonly year: number;
  readonly locale: Locale;
  readonly source: string;
  readonly onSelect: (areaId: string, mode: 'replace' | 'toggle') => void;
  /** The area under the pointer (null when it leaves), for linked views. */
  readonly onHover?: (areaId: string | null) => void;
}

const HEIGHT = 460;
const MARGIN = { left: 56, right: 16, bottom: 40 };

/** Pearson r in the locale's format with two decimals, or the "not defined" text. */
export function correlationText(model: ScatterModel, locale: Locale): string {
  return Number.isFinite(model.r)
    ? chartMessage(locale, 'scatterR', { r: formatNumber(model.r, 2, locale), n: model.points.length })
    : chartMessage(locale, 'scatterNoR', { n: model.points.length });
}

/**
 * Two indicators against each other, one point per area, with Pearson r and the regression line;
 * points coloured by map class or parent district; clicking a point selects its area (Shift adds it
 * to the comparison), and the selection is ringed.
 */
export function ScatterChart(props: ScatterChartProps) {
  const { model, locale } = props;
  const [hover, setHoverPoint] = useState<ScatterPoint | null>(null);
  const setHover = (point: ScatterPoint | null) => {
    setHoverPoint(point);
    props.onHover?.(point?.areaId ?? null);
  };
  const [cursor, setCursor] = useState<number | null>(null);
  const chosen = new Set([...(props.selectedId === null ? [] : [props.selectedId]), ...props.comparisonIds]);
  const showKey = props.colour === 'parent' && props.parentNames.length <= TABLEAU10.length;
  const plotTop = HEADER_HEIGHT + (showKey ? 34 : 18);
  // Areas without both values are named in a line of their own above the source.
  const note =
    model.missingCount > 0
      ? chartMessage(props.locale, 'scatterMissing', { n: model.missingCount })
      : undefined;
  const plotBottom = HEIGHT - FOOTER_HEIGHT - (note ? NOTE_HEIGHT : 0) - MARGIN.bottom;
  const domain = (extent: readonly [number, number] | null): [number, number] =>
    extent === null
      ? [0, 1]
      : extent[0] === extent[1]
        ? [extent[0] - 1, extent[1] + 1]
        : [extent[0], extent[1]];
  const yScale = scaleLinear().domain(domain(model.yExtent)).nice(5).range([plotBottom, plotTop]);
  const yTicks = yScale.ticks(5);
  const fillOf = (point: ScatterPoint) =>
    props.colour === 'parent'
      ? point.parentIndex >= 0
        ? (TABLEAU10[point.parentIndex % TABLEAU10.length] as string)
        : '#9aa5b1'
      : (props.classColours[point.classIndex] ?? '#9aa5b1');
  const describe = (point: ScatterPoint) =>
    `${point.name} (${point.areaId}): ${props.x.label} ${withUnit(formatNumber(point.x, props.x.decimals, locale), props.x.unit)}; ${props.y.label} ${withUnit(formatNumber(point.y, props.y.decimals, locale), props.y.unit)}`;
  // Keyboard order: along the x axis.
  const order = model.points
    .map((point, index) => ({ point, index }))
    .sort((a, b) => a.point.x - b.point.x || a.point.y - b.point.y)
    .map((entry) => entry.index);
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (order.length === 0) return;
    const position = cursor === null ? -1 : order.indexOf(cursor);
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp')
      next = Math.min(order.length - 1, position + 1);
    if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') next = Math.max(0, position - 1);
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = order.length - 1;
    if (next !== null) {
      event.preventDefault();
      setCursor(order[next] as number);
    } else if ((event.key === 'Enter' || event.key === ' ') && cursor !== null) {
      event.preventDefault();
      const point = model.points[cursor];
      if (point) props.onSelect(point.areaId, event.shiftKey ? 'toggle' : 'replace');
    }
  };
  const focused = cursor === null ? null : (model.points[cursor] ?? null);
  const shown = hover ?? focused;
  const axisTitle = (format: IndicatorFormat) => `${format.label}${format.unit ? ` (${format.unit})` : ''}`;

  return (
    <ChartFrame
      actions={props.actions}
      chartId="scatter"
      testId="scatter-chart"
      title={chartMessage(locale, 'scatterTitle')}
      subtitle={`${axisTitle(props.x)} × ${axisTitle(props.y)}, ${props.year} · ${correlationText(model, locale)}`}
      source={props.source}
      note={note}
      description={`${chartMessage(locale, 'scatterDescription', {
        n: model.points.length,
        x: props.x.labelInSentence ?? props.x.label,
        y: props.y.labelInSentence ?? props.y.label,
        year: props.year,
        r: correlationText(model, locale),
      })} ${chartMessage(locale, 'rankingKeys')}`}
      height={HEIGHT}
      onKeyDown={onKeyDown}
      onMouseLeave={() => setHover(null)}
      liveText={focused ? describe(focused) : ''}
    >
      {(width) => {
        const xScale = scaleLinear()
          .domain(domain(model.xExtent))
          .nice(6)
          .range([MARGIN.left, width - MARGIN.right]);
        const xTicks = xScale.ticks(6);
        const radius = model.points.length > 1500 ? 2 : model.points.length > 400 ? 3 : 4.5;
        const [x0, x1] = xScale.domain() as [number, number];
        const regression = model.regression;
        // Chosen points last, so they are drawn on top.
        const drawOrder = [
          ...model.points.filter((point) => !chosen.has(point.areaId)),
          ...model.points.filter((point) => chosen.has(point.areaId)),
        ];
        return (
          <>
            <defs>
              <clipPath id="scatter-plot-area">
                <rect
                  x={MARGIN.left}
                  y={plotTop}
                  width={width - MARGIN.left - MARGIN.right}
                  height={plotBottom - plotTop}
                />
              </clipPath>
            </defs>
            {yTicks.map((tick) => (
              <g key={`y${tick}`} className="scatter-grid">
                <line
                  x1={MARGIN.left}
                  x2={width - MARGIN.right}
                  y1={yScale(tick)}
                  y2={yScale(tick)}
                  stroke="#e4e7eb"
                />
                <text
                  x={MARGIN.left - 4}
                  y={yScale(tick)}
                  dy="0.32em"
                  textAnchor="end"
                  fontSize={10}
                  fill="#52606d"
                >
                  {formatNumber(tick, tickDecimals(yTicks), locale)}
                </text>
              </g>
            ))}
            {xTicks.map((tick) => (
              <g key={`x${tick}`} className="scatter-grid">
                <line x1={xScale(tick)} x2={xScale(tick)} y1={plotTop} y2={plotBottom} stroke="#e4e7eb" />
                <text x={xScale(tick)} y={plotBottom + 13} textAnchor="middle" fontSize={10} fill="#52606d">
                  {formatNumber(tick, tickDecimals(xTicks), locale)}
                </text>
              </g>
            ))}
            <text
              x={(MARGIN.left + width - MARGIN.right) / 2}
              y={plotBottom + 30}
              textAnchor="middle"
              fontSize={11}
              fill="#1f2933"
            >
              {axisTitle(props.x)}
            </text>
            <text
              transform={`translate(12, ${(plotTop + plotBottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              fontSize={11}
              fill="#1f2933"
            >
              {axisTitle(props.y)}
            </text>
            {regression && (
              <line
                className="scatter-regression"
                clipPath="url(#scatter-plot-area)"
                x1={xScale(x0)}
                x2={xScale(x1)}
                y1={yScale(regression.slope * x0 + regression.intercept)}
                y2={yScale(regression.slope * x1 + regression.intercept)}
                stroke="#c81e1e"
                strokeWidth={1.5}
              >
                <title>{chartMessage(locale, 'scatterLine')}</title>
              </line>
            )}
            <g className="scatter-points">
              {drawOrder.map((point) => {
                const isChosen = chosen.has(point.areaId);
                return (
                  <circle
                    key={point.areaId}
                    data-area-id={point.areaId}
                    className={isChosen ? 'scatter-point scatter-point-chosen' : 'scatter-point'}
                    cx={xScale(point.x)}
                    cy={yScale(point.y)}
                    r={isChosen ? radius + 2.5 : radius}
                    fill={fillOf(point)}
                    fillOpacity={isChosen ? 1 : 0.85}
                    stroke={isChosen ? '#1f2933' : '#fff'}
                    strokeWidth={isChosen ? 2 : 0.5}
                    onMouseEnter={() => setHover(point)}
                    onClick={(event) =>
                      props.onSelect(
                        point.areaId,
                        event.shiftKey || event.ctrlKey || event.metaKey ? 'toggle' : 'replace',
                      )
                    }
                  />
                );
              })}
            </g>
            {focused && (
              <circle
                cx={xScale(focused.x)}
                cy={yScale(focused.y)}
                r={radius + 5}
                fill="none"
                stroke="#1f2933"
                strokeDasharray="2 2"
                pointerEvents="none"
              />
            )}
            {model.points
              .filter((point) => chosen.has(point.areaId))
              .map((point) => (
                <text
                  key={point.areaId}
                  x={xScale(point.x) + radius + 5}
                  y={yScale(point.y) - radius - 3}
                  fontSize={10.5}
                  fontWeight={600}
                  fill="#1f2933"
                  stroke="#fff"
                  strokeWidth={3}
                  paintOrder="stroke"
                  pointerEvents="none"
                >
                  {point.name}
                </text>
              ))}
            {shown && (
              <g
                className="scatter-tooltip"
                pointerEvents="none"
                transform={`translate(${Math.min(width - 366, Math.max(MARGIN.left, xScale(shown.x) + 8))}, ${Math.max(plotTop, yScale(shown.y) - 24)})`}
              >
                <rect width={360} height={16} rx={3} fill="#fff" stroke="#cbd2d9" />
                <text x={5} y={11.5} fontSize={10.5} fill="#1f2933">
                  {describe(shown).slice(0, 68)}
                </text>
              </g>
            )}
            {showKey && (
              <g className="scatter-key" transform={`translate(${MARGIN.left}, ${HEADER_HEIGHT + 2})`}>
                {props.parentNames.map((name, index) => (
                  <g
                    key={name}
                    transform={`translate(${(index % 5) * Math.max(80, (width - MARGIN.left) / 5)}, ${Math.floor(index / 5) * 13})`}
                  >
                    <circle r={4} cx={4} cy={6} fill={TABLEAU10[index % TABLEAU10.length]} />
                    <text x={11} y={9.5} fontSize={10}>
                      {name.slice(0, 14)}
                    </text>
                  </g>
                ))}
              </g>
            )}
          </>
        );
      }}
    </ChartFrame>
  );
}
