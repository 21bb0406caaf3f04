/**
 * The scatter plot's data: one point per area with a value for both indicators in one year, the
 * Pearson correlation r and the least-squares regression line of y on x. Pure, so it is unit-tested.
 */
import { linearTrend } from '../../engine/trend';
import type { Cells, LevelData } from '../../engine/types';
import { cellAt } from '../panels/detail-model';

/**
 * Pearson's correlation coefficient of paired values: covariance over the product of the standard
 * deviations. NaN for fewer than 2 pairs or when either variable does not vary.
 *
 * @example
 * pearsonCorrelation([1, 2, 3, 4], [2, 4, 5, 9]); // 11 / √130 ≈ 0.9648
 */
export function pearsonCorrelation(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const count = Math.min(xs.length, ys.length);
  if (count < 2) return Number.NaN;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < count; i++) {
    meanX += xs[i] as number;
    meanY += ys[i] as number;
  }
  meanX /= count;
  meanY /= count;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < count; i++) {
    const dx = (xs[i] as number) - meanX;
    const dy = (ys[i] as number) - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return varianceX > 0 && varianceY > 0 ? covariance / Math.sqrt(varianceX * varianceY) : Number.NaN;
}

export interface ScatterPoint {
  readonly areaIndex: number;
  readonly areaId: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly classIndex: number;
  readonly parentIndex: number;
}

export interface ScatterModel {
  readonly points: readonly ScatterPoint[];
  /** Areas left out because x or y has no value. */
  readonly missingCount: number;
  /** Pearson r over the points; NaN when it is not defined. */
  readonly r: number;
  /** y = slope × x + intercept (least squares); null when not defined. */
  readonly regression: { readonly slope: number; readonly intercept: number } | null;
  readonly xExtent: readonly [number, number] | null;
  readonly yExtent: readonly [number, number] | null;
}

export interface ScatterInput {
  readonly level: LevelData;
  readonly xCells: Cells;
  readonly yCells: Cells;
  readonly yearIndex: number;
  /** Map class per area (−1 = none), or null. */
  readonly classes: Int8Array | null;
}

export function buildScatter(input: ScatterInput): ScatterModel {
  const { level, xCells, yCells, yearIndex, classes } = input;
  const areaCount = level.areaIds.length;
  const offset = yearIndex * areaCount;
  const points: ScatterPoint[] = [];
  for (let area = 0; area < areaCount; area++) {
    const x = cellAt(xCells, offset + area).value;
    const y = cellAt(yCells, offset + area).value;
    if (x === null || y === null) continue;
    const areaId = level.areaIds[area] as string;
    points.push({
      areaIndex: area,
      areaId,
      name: level.names[area] ?? areaId,
      x,
      y,
      classIndex: classes ? (classes[area] ?? -1) : -1,
      parentIndex: level.parentIndex?.[area] ?? -1,
    });
  }
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const r = pearsonCorrelation(xs, ys);
  const line = points.length >= 2 ? linearTrend(xs, ys) : null;
  const extent = (values: number[]): [number, number] | null =>
    values.length === 0 ? null : [Math.min(...values), Math.max(...values)];
  return {
    points,
    missingCount: areaCount - points.length,
    r,
    regression: line && Number.isFinite(line.slope) ? line : null,
    xExtent: extent(xs),
    yExtent: extent(ys),
  };
}
