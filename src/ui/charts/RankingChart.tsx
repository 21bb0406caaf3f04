import { scaleLinear } from 'd3-scale';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { ChartFrame, FOOTER_HEIGHT, HEADER_HEIGHT, tickDecimals, YGrid } from './ChartFrame';
import { type IndicatorFormat } from './chart-context';
import { withUnit } from '../panels/panel-text-model';
import { chartMessage } from './chart-messages';
import { ellipsize } from './chart-text';
import type { RankingBar, RankingModel } from './ranking-model';

export interface RankingChartProps {
  /** Export buttons (or other actions) for the frame's caption. */
  readonly actions?: ReactNode;
  readonly model: RankingModel;
  readonly format: IndicatorFormat;
  /** Hex colour per map class. */
  readonly classColours: readonly string[];
  readonly selectedId: string | null;
  readonly comparisonIds: readonly string[];
  readonly year: number;
  readonly cityLabel: string;
  readonly parentLevelLabel: string;
  readonly locale: Locale;
  readonly source: string;
  readonly onSelect: (areaId: string, mode: 'replace' | 'toggle') => void;
  /** The area under the pointer (null when it leaves), for linked views. */
  readonly onHover?: (areaId: string | null) => void;
}

const HEIGHT = 420;
const MARGIN = { left: 48, right: 12, bottom: 8 };
/** Bars narrower than this get no gap between them (condensed at 500+ areas). */
const GAP_FROM = 4;

/**
 * All areas as bars from the highest value to the lowest, coloured by their map class, with the
 * city and (for a selection) the parent district as reference lines. At 500+ areas the bars are
 * condensed to a pixel or two; names show for the hovered, focused and selected bars.
 */
export function RankingChart(props: RankingChartProps) {
  const { model, format, locale, selectedId } = props;
  const [cursor, setCursor] = useState<number | null>(null);
  const [hover, setHoverIndex] = useState<number | null>(null);
  const setHover = (index: number | null) => {
    setHoverIndex(index);
    props.onHover?.(index === null ? null : (model.bars[index]?.areaId ?? null));
  };
  const count = model.bars.length;
  const chosen = new Set([...(selectedId === null ? [] : [selectedId]), ...props.comparisonIds]);
  const selectedBar = model.bars.find((bar) => bar.areaId === selectedId) ?? null;
  const parent = selectedBar ? (model.parents.get(selectedBar.parentIndex) ?? null) : null;
  const plotTop = HEADER_HEIGHT + 20;
  const plotBottom = HEIGHT - FOOTER_HEIGHT - MARGIN.bottom - 28;
  const y = scaleLinear().domain(model.extent).nice(5).range([plotBottom, plotTop]);
  const ticks = y.ticks(5);
  const decimals = tickDecimals(ticks);
  const valueText = (value: number) => withUnit(formatNumber(value, format.decimals, locale), format.unit);
  const describe = (bar: RankingBar) =>
    `${bar.name} (${bar.areaId}): ${valueText(bar.value)}, ${chartMessage(locale, 'rankOf', { rank: bar.rank, of: count })}`;

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (count === 0) return;
    const current =
      cursor ??
      Math.max(
        0,
        model.bars.findIndex((bar) => bar.areaId === selectedId),
      );
    const page = Math.max(1, Math.round(count / 20));
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      setCursor(Math.min(count - 1, Math.max(0, moves[event.key] as number)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const bar = model.bars[current];
      if (bar) props.onSelect(bar.areaId, event.shiftKey ? 'toggle' : 'replace');
    }
  };
  const focused = cursor === null ? null : (model.bars[cursor] ?? null);
  const pointed = hover === null ? focused : (model.bars[hover] ?? null);

  return (
    <ChartFrame
      actions={props.actions}
      chartId="ranking"
      testId="ranking-chart"
      title={chartMessage(locale, 'rankingTitle')}
      subtitle={`${format.label}${format.unit ? ` (${format.unit})` : ''}, ${props.year}`}
      source={props.source}
      description={`${chartMessage(locale, 'rankingDescription', {
        n: count,
        indicator: format.labelInSentence ?? format.label,
        year: props.year,
        parent: parent ? chartMessage(locale, 'rankingParentLine') : '',
      })} ${chartMessage(locale, 'rankingKeys')}`}
      height={HEIGHT}
      onKeyDown={onKeyDown}
      onMouseLeave={() => setHover(null)}
      liveText={focused ? describe(focused) : ''}
    >
      {(width) => {
        const band = (width - MARGIN.left - MARGIN.right) / Math.max(1, count);
        const gap = band >= GAP_FROM ? Math.min(2, band * 0.2) : 0;
        const barX = (index: number) => MARGIN.left + index * band;
        const base = y(Math.max(model.extent[0], Math.min(0, model.extent[1])));
        const referenceKeys = [
          ...(model.cityValue !== null
            ? [
                {
                  label: `${props.cityLabel} ${valueText(model.cityValue)}`,
                  colour: '#1f2933',
                  dashed: false,
                },
              ]
            : []),
          ...(parent
            ? [
                {
                  label: `${props.parentLevelLabel} ${parent.name} ${valueText(parent.value)}`,
                  colour: '#52606d',
                  dashed: true,
                },
              ]
            : []),
        ];
        const labelled = model.bars
          .map((bar, index) => ({ bar, index }))
          .filter(({ bar }) => chosen.has(bar.areaId));
        return (
          <>
            <YGrid
              ticks={ticks}
              y={y}
              left={MARGIN.left}
              right={width - MARGIN.right}
              decimals={decimals}
              locale={locale}
              className="ranking-grid"
            />
            <g className="ranking-bars">
              {model.bars.map((bar, index) => {
                const top = Math.min(y(bar.value), base);
                const isChosen = chosen.has(bar.areaId);
                const outlined = isChosen || index === cursor || index === hover;
                return (
                  <rect
                    key={bar.areaId}
                    data-area-id={bar.areaId}
                    className={isChosen ? 'ranking-bar ranking-bar-chosen' : 'ranking-bar'}
                    x={barX(index) + gap / 2}
                    y={top}
                    width={Math.max(0.5, band - gap)}
                    height={Math.max(1, Math.abs(y(bar.value) - base))}
                    fill={props.classColours[bar.classIndex] ?? '#9aa5b1'}
                    stroke={outlined ? '#1f2933' : 'none'}
                    strokeWidth={outlined ? 1.5 : 0}
                    onMouseEnter={() => setHover(index)}
                    onClick={(event) =>
                      props.onSelect(
                        bar.areaId,
                        event.shiftKey || event.ctrlKey || event.metaKey ? 'toggle' : 'replace',
                      )
                    }
                  />
                );
              })}
            </g>
            {/* Wide invisible targets so a pixel-wide bar is still easy to point at. */}
            {band < GAP_FROM && (
              <rect
                className="ranking-hit"
                x={MARGIN.left}
                y={plotTop}
                width={width - MARGIN.left - MARGIN.right}
                height={plotBottom - plotTop}
                fill="transparent"
                onMouseMove={(event) => {
                  const box = event.currentTarget.getBoundingClientRect();
                  const index = Math.floor(((event.clientX - box.left) / box.width) * count);
                  setHover(Math.min(count - 1, Math.max(0, index)));
                }}
                onClick={(event) => {
                  const bar = hover === null ? null : model.bars[hover];
                  if (bar)
                    props.onSelect(
                      bar.areaId,
                      event.shiftKey || event.ctrlKey || event.metaKey ? 'toggle' : 'replace',
                    );
                }}
              />
            )}
            {model.cityValue !== null && (
              <ReferenceLine
                className="ranking-city"
                y={y(model.cityValue)}
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                label={`${props.cityLabel} ${valueText(model.cityValue)}`}
                colour="#1f2933"
              />
            )}
            {parent && (
              <ReferenceLine
                className="ranking-parent"
                y={y(parent.value)}
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                label={`${props.parentLevelLabel} ${parent.name} ${valueText(parent.value)}`}
                colour="#52606d"
                dashed
              />
            )}
            {/* The reference lines' key above the plot, so no label covers a bar. */}
            <g className="ranking-key" transform={`translate(${MARGIN.left}, ${HEADER_HEIGHT + 6})`}>
              {referenceKeys.map((key, position) => (
                <g
                  key={key.label}
                  transform={`translate(${position * Math.max(160, (width - MARGIN.left) / 2.4)}, 0)`}
                >
                  <line
                    x1={0}
                    x2={18}
                    y1={0}
                    y2={0}
                    stroke={key.colour}
                    strokeWidth={1.5}
                    strokeDasharray={key.dashed ? '5 3' : undefined}
                  />
                  <text x={22} dy="0.32em" fontSize={10.5} fill={key.colour}>
                    {ellipsize(key.label, Math.floor((width - MARGIN.left) / 2.4 / 6.2) - 4)}
                  </text>
                </g>
              ))}
            </g>
            {labelled.map(({ bar, index }, position) => (
              <text
                key={bar.areaId}
                className="ranking-label"
                x={labelX(`${bar.name} (${bar.rank})`, barX(index) + band / 2, width)}
                y={plotBottom + 14 + (position % 2) * 12}
                textAnchor="middle"
                fontSize={10.5}
                fontWeight={600}
                fill="#1f2933"
              >
                {`${bar.name} (${bar.rank})`}
              </text>
            ))}
            {pointed && (
              <g
                className="ranking-tooltip"
                pointerEvents="none"
                transform={`translate(${Math.min(width - 306, Math.max(MARGIN.left, barX(model.bars.indexOf(pointed)) + 6))}, ${plotTop - 18})`}
              >
                <rect width={300} height={16} rx={3} fill="#fff" stroke="#cbd2d9" />
                <text x={5} y={11.5} fontSize={10.5} fill="#1f2933">
                  {ellipsize(describe(pointed), 56)}
                </text>
              </g>
            )}
            {model.missing.length > 0 && (
              <text
                x={width - MARGIN.right}
                y={HEADER_HEIGHT + 4}
                textAnchor="end"
                fontSize={10}
                fill="#52606d"
              >
                {chartMessage(locale, 'rankingMissing', { n: model.missing.length })}
              </text>
            )}
          </>
        );
      }}
    </ChartFrame>
  );
}

/** A reference line across the plot; its text is in the key above the plot (and its tooltip). */
function ReferenceLine(props: {
  className: string;
  y: number;
  x1: number;
  x2: number;
  label: string;
  colour: string;
  dashed?: boolean;
}) {
  return (
    <g className={props.className} pointerEvents="none">
      <title>{props.label}</title>
      <line
        x1={props.x1}
        x2={props.x2}
        y1={props.y}
        y2={props.y}
        stroke={props.colour}
        strokeWidth={1.5}
        strokeDasharray={props.dashed ? '5 3' : undefined}
      />
    </g>
  );
}

/** The centre of a bar's name label, moved in so the whole label (≈ 6.2 px a letter, bold) stays in the chart. */
export function labelX(text: string, centre: number, width: number): number {
  const half = (text.length * 6.4) / 2;
  return Math.max(4 + half, Math.min(width - 4 - half, centre));
}
