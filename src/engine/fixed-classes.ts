/**
 * Classes that the manifest fixes instead of breaks computed from the data: the labelled classes of
 * a composite index (MSS Status: hoch / mittel / niedrig / sehr niedrig) and the cells of a
 * status × dynamics matrix (MSS Gesamtindex).
 */
import type { IndicatorSpec, LocalizedText } from '../manifest/schema';
import type { CellClasses } from './classify-cells';
import { matrixAxes } from './matrix-index';
import { PARTIAL, type Cells } from './types';

/** Fixed classes of an indicator: labels in class order and how values map to them. */
export interface FixedClasses {
  readonly kind: 'index' | 'matrix';
  /** One label per class. */
  readonly labels: readonly LocalizedText[];
  /**
   * Upper bound per class: the index cut-offs (Infinity for the open last class), or for a matrix
   * the cell numbers 0 … n − 1 themselves.
   */
  readonly bounds: readonly number[];
  /** For a matrix: the status (rows) and dynamics (columns) class labels. */
  readonly matrix: null | {
    readonly rows: readonly LocalizedText[];
    readonly columns: readonly LocalizedText[];
    readonly rowTitle: LocalizedText;
    readonly columnTitle: LocalizedText;
    /** Colours per cell from the manifest (rows × columns), or null for the default scheme. */
    readonly colors: readonly (readonly string[])[] | null;
  };
}

const textOf = (text: LocalizedText, locale: 'de' | 'en') =>
  typeof text === 'string' ? text : locale === 'en' ? (text.en ?? text.de) : text.de;

/**
 * The fixed classes of an indicator, or null when its classes come from a classification: an index
 * with `classes`, or a matrix (whose axes the manifest check guarantees to be such indices).
 *
 * @example
 * fixedClassesOf(statusIndexSpec, specs)?.labels; // ['hoch', 'mittel', 'niedrig', 'sehr niedrig']
 */
export function fixedClassesOf(
  spec: IndicatorSpec,
  indicators: readonly IndicatorSpec[],
): FixedClasses | null {
  if (spec.type === 'index' && spec.classes && spec.classes.length > 0)
    return {
      kind: 'index',
      labels: spec.classes.map((item) => item.label),
      bounds: spec.classes.map((item) => item.upTo ?? Number.POSITIVE_INFINITY),
      matrix: null,
    };
  if (spec.type !== 'matrix') return null;
  const { status, dynamics } = matrixAxes(spec, indicators);
  const labels: LocalizedText[] = [];
  for (const row of status.classes)
    for (const column of dynamics.classes)
      labels.push({
        de: `Status ${textOf(row.label, 'de')}, Dynamik ${textOf(column.label, 'de')}`,
        en: `status ${textOf(row.label, 'en')}, dynamics ${textOf(column.label, 'en')}`,
      });
  return {
    kind: 'matrix',
    labels,
    bounds: labels.map((_, index) => index),
    matrix: {
      rows: status.classes.map((item) => item.label),
      columns: dynamics.classes.map((item) => item.label),
      rowTitle: status.shortLabel ?? status.label,
      columnTitle: dynamics.shortLabel ?? dynamics.label,
      colors: spec.colors ?? null,
    },
  };
}

/** The 0-based fixed class of one value (−1 for NaN or a value no class takes). */
export function fixedClassOf(value: number, fixed: FixedClasses): number {
  if (fixed.kind === 'matrix')
    return Number.isInteger(value) && value >= 0 && value < fixed.labels.length ? value : -1;
  // as classifyIndex: the first class whose bound is ≥ the value (Infinity: the open class); NaN fits none
  for (let index = 0; index < fixed.bounds.length; index++)
    if (value <= (fixed.bounds[index] as number)) return index;
  return -1;
}

/**
 * Classes of the listed years by fixed classes, in the shape classifyCells returns (the breaks are
 * the fixed bounds in every year), so map, legend, table and CLI use them like any classification.
 *
 * @example
 * // MSS status classes, values [−1.005, −0.998, 2] → classes [0, 1, 3], counts [[1, 1, 0, 1]]
 */
export function classifyFixed(
  cells: Cells,
  areaCount: number,
  yearIndices: readonly number[],
  fixed: FixedClasses,
): CellClasses {
  const classes = new Int8Array(yearIndices.length * areaCount).fill(-1);
  const counts: number[][] = [];
  yearIndices.forEach((year, listed) => {
    const yearCounts = new Array<number>(fixed.labels.length).fill(0);
    const offset = year * areaCount;
    for (let area = 0; area < areaCount; area++) {
      if ((cells.status[offset + area] as number) > PARTIAL) continue;
      const index = fixedClassOf(cells.values[offset + area] as number, fixed);
      if (index < 0) continue;
      classes[listed * areaCount + area] = index;
      yearCounts[index] = (yearCounts[index] as number) + 1;
    }
    counts.push(yearCounts);
  });
  return { scope: 'per-year', breaks: yearIndices.map(() => fixed.bounds), classes, counts };
}
