/**
 * The Gesamtindex of the Berlin MSS: status class × dynamics class, one category per area and year.
 */
import type { IndicatorSpec } from '../manifest/schema';
import { emptyCells } from './cells';
import type { DeriveContext } from './derive-context';
import { classifyIndex, type IndexClasses } from './index-classes';
import { NOT_MEANINGFUL } from './status-codes';
import { PARTIAL, type Cells, type DerivedIndicator } from './types';

type MatrixSpec = Extract<IndicatorSpec, { type: 'matrix' }>;
type IndexSpec = Extract<IndicatorSpec, { type: 'index' }>;

/** The two indices a matrix crosses, with their classes (rows: status, columns: dynamics). */
export interface MatrixAxes {
  readonly status: IndexSpec & { readonly classes: IndexClasses };
  readonly dynamics: IndexSpec & { readonly classes: IndexClasses };
}

/** The status and dynamics specs of a matrix; throws when they are not indices with classes (the manifest check rejects that). */
export function matrixAxes(spec: MatrixSpec, indicators: readonly IndicatorSpec[]): MatrixAxes {
  const axis = (id: string) => {
    const found = indicators.find((indicator) => indicator.id === id);
    if (found?.type !== 'index' || !found.classes || found.classes.length === 0)
      throw new Error(`matrix ${spec.id}: ${id} is not an index with classes`);
    return found as IndexSpec & { readonly classes: IndexClasses };
  };
  return { status: axis(spec.status), dynamics: axis(spec.dynamics) };
}

/**
 * Derives a status × dynamics matrix at every level: the value of a cell is the matrix cell's
 * number, statusClass × (number of dynamics classes) + dynamicsClass (0-based, so MSS "Status
 * mittel, Dynamik negativ" is 1 × 3 + 2 = 5). Classes are taken from the unrounded index values, as
 * the MSS does. An area without a status index value keeps that reason (e.g. `excluded`), else one
 * without a dynamics value keeps the dynamics reason; the city gets `not-meaningful`.
 *
 * Planners read the Gesamtindex to see where a poor status meets a worsening trend.
 *
 * @example
 * // status classes (−1, 1, 1.5, open), dynamics (−1, 1, open): status −0.2, dynamics 1.3 → 1 × 3 + 2 = 5
 */
export function deriveMatrixIndex(spec: MatrixSpec, context: DeriveContext): DerivedIndicator {
  const axes = matrixAxes(spec, context.data.manifest.indicators);
  const status = context.derived.get(spec.status);
  const dynamics = context.derived.get(spec.dynamics);
  if (status === undefined || dynamics === undefined)
    throw new Error(`matrix ${spec.id} refers to underived indices`);
  const columns = axes.dynamics.classes.length;
  const levels: Cells[] = status.levels.map((statusCells, level) => {
    const dynamicsCells = dynamics.levels[level] as Cells;
    const values = new Float64Array(statusCells.values.length).fill(Number.NaN);
    const codes = new Uint8Array(values.length);
    for (let cell = 0; cell < values.length; cell++) {
      const statusCode = statusCells.status[cell] as number;
      const dynamicsCode = dynamicsCells.status[cell] as number;
      if (statusCode > PARTIAL) codes[cell] = statusCode;
      else if (dynamicsCode > PARTIAL) codes[cell] = dynamicsCode;
      else {
        const row = classifyIndex(statusCells.values[cell] as number, axes.status.classes);
        const column = classifyIndex(dynamicsCells.values[cell] as number, axes.dynamics.classes);
        // A value above the last bound of a closed class list has no cell: not meaningful.
        if (row < 0 || column < 0) codes[cell] = NOT_MEANINGFUL;
        else {
          values[cell] = row * columns + column;
          codes[cell] = Math.max(statusCode, dynamicsCode);
        }
      }
    }
    return { values, status: codes };
  });
  return { spec, levels, city: emptyCells(context.yearCount, NOT_MEANINGFUL) };
}
