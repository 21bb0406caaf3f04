/**
 * Sums base-level cells up to a level or the city, the way official statistics aggregate:
 * Σ over the children that have every operand. A child without a value does not count as 0.
 */
import { UNKNOWN } from './status-codes';
import { OK, PARTIAL, type Cells } from './types';

/** The joint sums of each operand per target area and year, with one status per cell. */
export interface AggregatedSums {
  /** One array per operand, year-major over the target areas; NaN where the status has no value. */
  readonly sums: readonly Float64Array[];
  readonly status: Uint8Array;
}

/**
 * Sums several base-level operands jointly: a base area contributes to its target only when all
 * operands have a value there (so a rate's parent is Σnumerator / Σdenominator over the same areas).
 *
 * Status per target cell: `ok` when every child contributed; `partial` when some did (or a
 * contribution was itself partial); when none did, the missing reason all children share, else
 * `unknown` (also for a target without any child).
 *
 * @param operands base-level cells (baseCount × yearCount each)
 * @param mapping base area → target area (-1: no target); null maps every base area to one target (the city)
 * @example
 * // children (num, den) = (2, 10), (4, 30), (missing, 5) → (6, 40), status 'partial'
 */
export function aggregateJointly(
  operands: readonly Cells[],
  mapping: Int32Array | null,
  targetCount: number,
  baseCount: number,
  yearCount: number,
): AggregatedSums {
  const operandCount = operands.length;
  const cellCount = targetCount * yearCount;
  const sums = operands.map(() => new Float64Array(cellCount));
  const status = new Uint8Array(cellCount);
  const children = new Int32Array(targetCount);
  const contributed = new Int32Array(targetCount);
  const anyPartial = new Uint8Array(targetCount);
  // first missing reason (+1, 0 = none yet) and whether all missing children agree on it
  const reason = new Int16Array(targetCount);
  const disagree = new Uint8Array(targetCount);
  for (let year = 0; year < yearCount; year++) {
    children.fill(0);
    contributed.fill(0);
    anyPartial.fill(0);
    reason.fill(0);
    disagree.fill(0);
    const baseOffset = year * baseCount;
    const targetOffset = year * targetCount;
    for (let area = 0; area < baseCount; area++) {
      const target = mapping === null ? 0 : (mapping[area] as number);
      if (target < 0) continue;
      children[target] = (children[target] as number) + 1;
      let missing = -1;
      let partial = 0;
      for (let operand = 0; operand < operandCount; operand++) {
        const code = (operands[operand] as Cells).status[baseOffset + area] as number;
        if (code > PARTIAL) {
          missing = code;
          break;
        }
        if (code === PARTIAL) partial = 1;
      }
      if (missing >= 0) {
        const seen = reason[target] as number;
        if (seen === 0) reason[target] = missing + 1;
        else if (seen !== missing + 1) disagree[target] = 1;
        continue;
      }
      contributed[target] = (contributed[target] as number) + 1;
      if (partial) anyPartial[target] = 1;
      for (let operand = 0; operand < operandCount; operand++) {
        const sum = sums[operand] as Float64Array;
        sum[targetOffset + target] =
          (sum[targetOffset + target] as number) +
          ((operands[operand] as Cells).values[baseOffset + area] as number);
      }
    }
    for (let target = 0; target < targetCount; target++) {
      const cell = targetOffset + target;
      const count = contributed[target] as number;
      if (count === 0) {
        const seen = reason[target] as number;
        status[cell] = seen === 0 || disagree[target] ? UNKNOWN : seen - 1;
        for (const sum of sums) sum[cell] = Number.NaN;
      } else {
        status[cell] = count < (children[target] as number) || anyPartial[target] ? PARTIAL : OK;
      }
    }
  }
  return { sums, status };
}
