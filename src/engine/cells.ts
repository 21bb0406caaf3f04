/**
 * Small helpers to make and fill Cells (values + status, year-major).
 */
import type { Cells } from './types';

/**
 * Allocates Cells for `count` cells, all `missingCode` with value NaN.
 *
 * @example
 * const cells = emptyCells(2, 9); // 9 = 'empty': both cells missing, values [NaN, NaN]
 */
export function emptyCells(count: number, missingCode: number): Cells {
  const values = new Float64Array(count).fill(Number.NaN);
  const status = new Uint8Array(count);
  if (missingCode !== 0) status.fill(missingCode);
  return { values, status };
}
