/**
 * Time series for the detail panel's trend line, as plain data: one point per year with its value or
 * missing reason, runs of consecutive values (missing years are gaps, never zeros) and the SVG path of
 * those runs. Pure, so it is unit-tested without a browser.
 */
import { hasValue, statusOf, type CellStatus, type Cells } from '../../engine/types';

/** One year of a series: the value, or null with the reason it is missing. */
export interface TrendPoint {
  readonly year: number;
  readonly value: number | null;
  readonly status: CellStatus;
}

/** The series of one area (or the city: `areaCount` 1, `areaIndex` 0) over all years of year-major cells. */
export function seriesOf(
  cells: Cells,
  years: readonly number[],
  areaCount: number,
  areaIndex: number,
): TrendPoint[] {
  return years.map((year, yearIndex) => {
    const index = yearIndex * areaCount + areaIndex;
    const code = cells.status[index] ?? 0;
    const value = cells.values[index] ?? Number.NaN;
    const present = hasValue(code) && Number.isFinite(value);
    return {
      year,
      value: present ? value : null,
      status: present ? statusOf(code) : code <= 1 ? 'invalid-number' : statusOf(code),
    };
  });
}

/** A point with a value. */
export interface TrendValue {
  readonly year: number;
  readonly value: number;
}

/** Runs of consecutive years with a value: each run is drawn as one line, gaps stay open. */
export function trendSegments(points: readonly TrendPoint[]): TrendValue[][] {
  const segments: TrendValue[][] = [];
  let current: TrendValue[] | null = null;
  for (const point of points) {
    if (point.value === null) {
      current = null;
      continue;
    }
    if (!current) {
      current = [];
      segments.push(current);
    }
    current.push({ year: point.year, value: point.value });
  }
  return segments;
}

/**
 * SVG path data for the runs ("M x y L x y …" per run), coordinates rounded to 0.1 px. A run of one
 * point gives no path (it has no length); the component draws it as a dot.
 */
export function trendPath(
  segments: readonly (readonly TrendValue[])[],
  x: (year: number) => number,
  y: (value: number) => number,
): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  return segments
    .filter((segment) => segment.length > 1)
    .map((segment) =>
      segment
        .map((point, index) => `${index === 0 ? 'M' : 'L'}${round(x(point.year))},${round(y(point.value))}`)
        .join(''),
    )
    .join('');
}

/** The smallest and largest value over several series, or null when none has a value. */
export function valueExtent(series: readonly (readonly TrendPoint[])[]): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const points of series)
    for (const point of points) {
      if (point.value === null) continue;
      if (point.value < min) min = point.value;
      if (point.value > max) max = point.value;
    }
  return min <= max ? [min, max] : null;
}

/** First and last year with a value, for the chart's text summary. */
export function trendEnds(points: readonly TrendPoint[]): { first: TrendValue; last: TrendValue } | null {
  const values = points.filter((point): point is TrendPoint & { value: number } => point.value !== null);
  const first = values[0];
  const last = values.at(-1);
  return first && last
    ? { first: { year: first.year, value: first.value }, last: { year: last.year, value: last.value } }
    : null;
}
