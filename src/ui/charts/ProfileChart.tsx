import type { ReactNode } from 'react';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { ChartFrame, FittedText, FOOTER_HEIGHT, HEADER_HEIGHT } from './ChartFrame';
import { chartMessage } from './chart-messages';
import { charactersIn, ellipsize, textWidth, wrapLines } from './chart-text';
import type { ProfileModel, ProfileRow } from './profile-model';
import { lineColour } from './TimeSeriesChart';

export interface ProfileChartProps {
  /** Export buttons (or other actions) for the frame's caption. */
  readonly actions?: ReactNode;
  readonly model: ProfileModel;
  readonly locale: Locale;
  readonly source: string;
  readonly subtitle: string;
}

const LABEL_WIDTH = 190;
const LABEL_FONT_SIZE = 10.5;
/** Characters of an indicator's name per line, left of the bars. */
const LABEL_CHARACTERS = charactersIn(LABEL_WIDTH - 16, LABEL_FONT_SIZE);
const LABEL_LINE_HEIGHT = 12;
const BAR = 7;
const ROW_PAD = 6;
/** A row with a name on two lines is at least this high. */
const TWO_LINE_ROW = 2 * LABEL_LINE_HEIGHT + 6;

/**
 * Spine of the area profile: per indicator one bar per area for its deviation from the city (in
 * SDs of the level), turned so that "worse than the city" always points right and "better" left
 * (higher-is-better indicators are mirrored); neutral indicators are drawn as they are, in grey.
 */
export function spineValue(row: ProfileRow, deviation: number): number {
  return row.polarity === 'higher-is-better' ? -deviation : deviation;
}

export function ProfileChart({ model, locale, source, subtitle, actions }: ProfileChartProps) {
  // An indicator's name ("SGB-II-Quote: Veränderung über 5 Jahre") on up to two lines; what is
  // longer still ends in "…", and its <title> says it whole.
  const labels = model.rows.map((row) =>
    wrapLines(`${row.label}${row.reference === 'mean' ? ' *' : ''}`, LABEL_CHARACTERS, 2),
  );
  const barsHeight = model.areas.length * BAR;
  const rowHeight = Math.max(
    barsHeight + ROW_PAD * 2,
    labels.some((label) => label.lines.length > 1) ? TWO_LINE_ROW : 0,
  );
  const barsTop = (rowHeight - barsHeight) / 2;
  const top = HEADER_HEIGHT + 32;
  // below the rows: tick values, the axis label and, when some row uses it, the mean's note
  const axisRoom = 30 + (model.usesMean ? 14 : 0);
  const height = top + model.rows.length * rowHeight + axisRoom + FOOTER_HEIGHT;
  const bottom = top + model.rows.length * rowHeight;
  const colours = model.areas.map((_, index) =>
    lineColour({ key: '', role: 'area', areaId: null, name: '', points: [] }, index),
  );
  return (
    <ChartFrame
      actions={actions}
      chartId="profile"
      testId="profile-chart"
      title={chartMessage(locale, 'profileTitle')}
      subtitle={subtitle}
      source={source}
      description={chartMessage(locale, 'profileDeviation')}
      height={height}
    >
      {(width) => {
        const limit = Math.ceil(model.maxDeviation);
        const x = scaleLinear()
          .domain([-limit, limit])
          .range([LABEL_WIDTH, width - 16]);
        const ticks = x.ticks(Math.min(8, limit * 2));
        return (
          <>
            <g className="profile-key" transform={`translate(${LABEL_WIDTH}, ${HEADER_HEIGHT + 2})`}>
              {keyEntries(
                model.areas.map((area) => area.name),
                width - LABEL_WIDTH - 16,
              ).map((entry, index) => (
                <g key={model.areas[index]!.areaId} transform={`translate(${entry.x}, 0)`}>
                  {entry.text !== entry.name && <title>{entry.name}</title>}
                  <rect width={10} height={8} y={2} fill={colours[index]} />
                  <text x={14} y={9.5} fontSize={LABEL_FONT_SIZE}>
                    {entry.text}
                  </text>
                </g>
              ))}
            </g>
            <text x={x(-limit)} y={top - 4} fontSize={10} fill="#2c7a4b">
              {`← ${chartMessage(locale, model.usesMean ? 'profileBetterShort' : 'profileBetter')}`}
            </text>
            <text x={x(limit)} y={top - 4} fontSize={10} textAnchor="end" fill="#b44d12">
              {`${chartMessage(locale, model.usesMean ? 'profileWorseShort' : 'profileWorse')} →`}
            </text>
            {model.rows.map((row, rowIndex) =>
              rowIndex % 2 === 1 ? (
                <rect
                  key={row.indicatorId}
                  x={0}
                  y={top + rowIndex * rowHeight}
                  width={width}
                  height={rowHeight}
                  fill="#f5f7fa"
                />
              ) : null,
            )}
            {ticks.map((tick) => (
              <g key={tick}>
                <line
                  x1={x(tick)}
                  x2={x(tick)}
                  y1={top}
                  y2={bottom}
                  stroke={tick === 0 ? '#1f2933' : '#e4e7eb'}
                  strokeWidth={tick === 0 ? 1.5 : 1}
                />
                <text x={x(tick)} y={bottom + 12} fontSize={10} textAnchor="middle" fill="#52606d">
                  {formatNumber(tick, 0, locale)}
                </text>
              </g>
            ))}
            {/* Centred under the axis, moved inward where it would run past the chart's edge. */}
            <FittedText
              className="profile-axis-label"
              text={chartMessage(locale, model.usesMean ? 'profileAxisMean' : 'profileAxis')}
              y={bottom + 26}
              width={width}
              fontSize={LABEL_FONT_SIZE}
              fill="#1f2933"
              centre={(x(-limit) + x(limit)) / 2}
            />
            {model.usesMean && (
              <text className="profile-mean-note" x={8} y={bottom + 40} fontSize={10} fill="#52606d">
                {chartMessage(locale, 'profileMeanNote')}
              </text>
            )}
            {model.rows.map((row, rowIndex) => {
              const y0 = top + rowIndex * rowHeight;
              return (
                <g key={row.indicatorId} className="profile-row" data-indicator-id={row.indicatorId}>
                  <text
                    className="profile-label"
                    x={8}
                    y={y0 + rowHeight / 2 - ((labels[rowIndex]!.lines.length - 1) * LABEL_LINE_HEIGHT) / 2}
                    dy="0.32em"
                    fontSize={LABEL_FONT_SIZE}
                    fill="#1f2933"
                  >
                    {labels[rowIndex]!.cut && <title>{row.label}</title>}
                    {labels[rowIndex]!.lines.map((line, lineIndex) => (
                      <tspan key={lineIndex} x={8} dy={lineIndex === 0 ? undefined : LABEL_LINE_HEIGHT}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  {row.category &&
                    row.cells.map((cell, areaIndex) => {
                      // one label per area side by side (a category has no distance to draw)
                      const slot = (x(limit) - x(-limit)) / row.cells.length;
                      const text = cell.categoryLabel ?? chartMessage(locale, 'noValue');
                      const room = Math.max(4, Math.floor((slot - 16) / 5.6));
                      return (
                        <text
                          key={areaIndex}
                          className="profile-category"
                          stroke="#fff"
                          strokeWidth={3}
                          paintOrder="stroke"
                          x={x(-limit) + areaIndex * slot + 4}
                          y={y0 + rowHeight / 2}
                          dy="0.32em"
                          fontSize={10}
                          fill="#1f2933"
                        >
                          <title>{`${model.areas[areaIndex]?.name}: ${text}`}</title>
                          <tspan fill={colours[areaIndex]}>■ </tspan>
                          {text.length > room ? `${text.slice(0, room - 1)}…` : text}
                        </text>
                      );
                    })}
                  {row.cells.map((cell, areaIndex) => {
                    if (cell.deviation === null) return null;
                    const value = Math.max(-limit, Math.min(limit, spineValue(row, cell.deviation)));
                    return (
                      <rect
                        key={areaIndex}
                        className="profile-bar"
                        x={Math.min(x(0), x(value))}
                        y={y0 + barsTop + areaIndex * BAR}
                        width={Math.max(1, Math.abs(x(value) - x(0)))}
                        height={BAR - 1}
                        fill={colours[areaIndex]}
                        fillOpacity={row.polarity === 'neutral' ? 0.45 : 1}
                      >
                        <title>{`${model.areas[areaIndex]?.name}: ${formatNumber(cell.deviation, 2, locale)} SD`}</title>
                      </rect>
                    );
                  })}
                </g>
              );
            })}
          </>
        );
      }}
    </ChartFrame>
  );
}

/**
 * The areas' key in one row: each name whole when all fit into `room`, else the longest ones cut
 * to an equal share of what the shorter ones leave; x from the estimated widths (chart-text.ts).
 */
function keyEntries(names: readonly string[], room: number) {
  const swatch = 14;
  const gap = 12;
  const natural = names.map((name) => swatch + textWidth(name.length, LABEL_FONT_SIZE) + gap);
  // Shortest first: a name within its fair share takes what it needs and leaves the rest.
  const allotted = new Array<number>(names.length).fill(0);
  let left = room;
  const order = names.map((_, index) => index).sort((a, b) => natural[a]! - natural[b]!);
  order.forEach((index, position) => {
    const share = left / (order.length - position);
    allotted[index] = Math.min(natural[index]!, share);
    left -= allotted[index]!;
  });
  let x = 0;
  return names.map((name, index) => {
    const text =
      allotted[index]! < natural[index]!
        ? ellipsize(name, charactersIn(allotted[index]! - swatch - gap, LABEL_FONT_SIZE))
        : name;
    const entry = { name, text, x };
    x += allotted[index]!;
    return entry;
  });
}
