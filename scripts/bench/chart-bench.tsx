/**
 * Chart benchmark: model + SVG render of the ranking (bars) and the scatter plot (points), and the
 * Bilanzierung model (change per area, sorted list), at 542 and 5,000 areas. The baseline, run in
 * the same process, is the bare minimum for the same marks: sort (or pair) the values, a d3 linear
 * scale, and React rendering one <rect>/<circle> per area to static markup. The ratio says what the
 * frame, axes, labels, reference lines, classes and missing-value handling cost on top.
 */
import { scaleLinear } from 'd3-scale';
import { renderToStaticMarkup } from 'react-dom/server';
import { deriveDataset } from '../../src/engine/derive';
import { makeSyntheticDataset } from '../../src/engine/synthetic';
import type { DerivedDataset } from '../../src/engine/types';
import { buildChange, sortChanges } from '../../src/ui/charts/change-model';
import { RankingChart } from '../../src/ui/charts/RankingChart';
import { buildRanking } from '../../src/ui/charts/ranking-model';
import { ScatterChart } from '../../src/ui/charts/ScatterChart';
import { buildScatter } from '../../src/ui/charts/scatter-model';
import { compare, ms } from './measure';

const WIDTH = 640;
const HEIGHT = 420;
const CLASS_COLOURS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
const FORMAT = { label: 'SGB-II-Quote', unit: '%', decimals: 1 };

/** One year of one indicator at the base level, values only (NaN where missing). */
function yearValues(derived: DerivedDataset, indicatorId: string, yearIndex: number): Float64Array {
  const cells = derived.indicators.get(indicatorId)!.levels[0]!;
  const areaCount = derived.data.levels[0]!.areaIds.length;
  return cells.values.slice(yearIndex * areaCount, (yearIndex + 1) * areaCount);
}

function bareBars(values: Float64Array): string {
  const sorted = Array.from(values)
    .filter((value) => !Number.isNaN(value))
    .sort((a, b) => b - a);
  const y = scaleLinear()
    .domain([0, sorted[0] ?? 1])
    .range([HEIGHT, 0]);
  const band = WIDTH / sorted.length;
  return renderToStaticMarkup(
    <svg width={WIDTH} height={HEIGHT}>
      {sorted.map((value, index) => (
        <rect
          key={index}
          x={index * band}
          y={y(value)}
          width={band}
          height={HEIGHT - y(value)}
          fill="#fd8d3c"
        />
      ))}
    </svg>,
  );
}

function bareScatter(xs: Float64Array, ys: Float64Array): string {
  const points: [number, number][] = [];
  for (let index = 0; index < xs.length; index++)
    if (!Number.isNaN(xs[index]!) && !Number.isNaN(ys[index]!)) points.push([xs[index]!, ys[index]!]);
  const x = scaleLinear()
    .domain([Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))])
    .range([0, WIDTH]);
  const y = scaleLinear()
    .domain([Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))])
    .range([HEIGHT, 0]);
  return renderToStaticMarkup(
    <svg width={WIDTH} height={HEIGHT}>
      {points.map(([px, py], index) => (
        <circle key={index} cx={x(px)} cy={y(py)} r={3} fill="#fd8d3c" />
      ))}
    </svg>,
  );
}

function bareChange(from: Float64Array, to: Float64Array): number {
  const changes = Array.from(to, (value, index) => ({ index, change: value - from[index]! }));
  changes.sort((a, b) => b.change - a.change);
  return changes.length;
}

export interface ChartResult {
  readonly name: string;
  readonly oursMs: number;
  readonly baselineMs: number;
  readonly ratio: number;
}

function report(name: string, timing: ReturnType<typeof compare>): ChartResult {
  const result = {
    name,
    oursMs: timing.candidate.median,
    baselineMs: timing.baseline.median,
    ratio: timing.candidate.median / timing.baseline.median,
  };
  console.log(
    `charts  ${name.padEnd(30)} ${ms(result.oursMs).padStart(9)}  bare ${ms(result.baselineMs).padStart(9)}  ratio ${result.ratio.toFixed(2)}×`,
  );
  return result;
}

/** Ranking, scatter and Bilanzierung at one size. */
export function benchCharts(areas: number, runs: number): ChartResult[] {
  const derived = deriveDataset(makeSyntheticDataset({ areas, indicators: 10, years: 10, seed: 4 }));
  const { data } = derived;
  const level = data.levels[0]!;
  const quote = derived.indicators.get('sgb2Quote')!;
  const other = derived.indicators.get('arbeitslosenquote')!;
  const yearIndex = data.years.length - 1;
  const classes = new Int8Array(level.areaIds.length).map((_, index) => index % 5);
  const size = `${areas.toLocaleString('en-GB')} areas`;
  const noop = () => {};
  const ranking = report(
    `ranking, ${size}`,
    compare(
      () =>
        renderToStaticMarkup(
          <RankingChart
            model={buildRanking({
              level,
              parentLevel: data.levels[1]!,
              cells: quote.levels[0]!,
              parentCells: quote.levels[1]!,
              cityCells: quote.city,
              yearIndex,
              classes,
            })}
            format={FORMAT}
            classColours={CLASS_COLOURS}
            selectedId={level.areaIds[0]!}
            comparisonIds={[level.areaIds[1]!]}
            year={data.years[yearIndex]!}
            cityLabel="Stadt gesamt"
            parentLevelLabel="Bezirk"
            locale="de"
            source="Quelle: synthetisch"
            onSelect={noop}
          />,
        ),
      () => bareBars(yearValues(derived, 'sgb2Quote', yearIndex)),
      runs,
    ),
  );
  const scatter = report(
    `scatter, ${size}`,
    compare(
      () =>
        renderToStaticMarkup(
          <ScatterChart
            model={buildScatter({
              level,
              xCells: other.levels[0]!,
              yCells: quote.levels[0]!,
              yearIndex,
              classes,
            })}
            x={{ ...FORMAT, label: 'Arbeitslosenquote' }}
            y={FORMAT}
            colour="class"
            classColours={CLASS_COLOURS}
            parentNames={data.levels[1]!.names}
            selectedId={level.areaIds[0]!}
            comparisonIds={[]}
            year={data.years[yearIndex]!}
            locale="de"
            source="Quelle: synthetisch"
            onSelect={noop}
          />,
        ),
      () =>
        bareScatter(
          yearValues(derived, 'arbeitslosenquote', yearIndex),
          yearValues(derived, 'sgb2Quote', yearIndex),
        ),
      runs,
    ),
  );
  const change = report(
    `Bilanzierung model, ${size}`,
    compare(
      () =>
        sortChanges(
          buildChange({
            indicatorId: 'sgb2Quote',
            levelIndex: 0,
            level,
            cells: quote.levels[0]!,
            cityCells: quote.city,
            years: data.years,
            fromIndex: 0,
            toIndex: yearIndex,
            withRelative: true,
          }).areas,
          'absolute',
          'de',
        ),
      () => bareChange(yearValues(derived, 'sgb2Quote', 0), yearValues(derived, 'sgb2Quote', yearIndex)),
      // a few milliseconds each: more runs, so the median is not one scheduler hiccup
      runs * 5,
    ),
  );
  return [ranking, scatter, change];
}
