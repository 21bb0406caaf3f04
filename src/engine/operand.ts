/**
 * The base-level cells of a rate operand: one variable, or several summed (e.g. SGB II + SGB XII
 * recipients as one numerator).
 */
import type { Manifest } from '../manifest/schema';
import { emptyCells } from './cells';
import { NO_ROW } from './status-codes';
import { OK, PARTIAL, type Cells } from './types';

/**
 * Resolves an operand (one variable id or several) to base-level cells. Several variables are
 * summed per cell; a cell where any of them is missing is missing with the first such reason, since
 * a partial sum would understate the count. A variable the data does not have at all gives `no-row`.
 *
 * @example
 * // sgb2 = [10, '.'], sgb12 = [5, 6] → [15, missing 'unknown']
 * operandCells(['sgb2', 'sgb12'], variables, 2);
 */
export function operandCells(
  operand: string | readonly string[],
  variables: ReadonlyMap<string, Cells>,
  cellCount: number,
): Cells {
  const ids = typeof operand === 'string' ? [operand] : operand;
  const parts = ids.map((id) => variables.get(id) ?? emptyCells(cellCount, NO_ROW));
  if (parts.length === 1) return parts[0] as Cells;
  const values = new Float64Array(cellCount);
  const status = new Uint8Array(cellCount);
  for (let cell = 0; cell < cellCount; cell++) {
    let sum = 0;
    let code = OK;
    for (const part of parts) {
      const partCode = part.status[cell] as number;
      if (partCode > PARTIAL) {
        code = partCode;
        break;
      }
      if (partCode === PARTIAL) code = PARTIAL;
      sum += part.values[cell] as number;
    }
    status[cell] = code;
    values[cell] = code > PARTIAL ? Number.NaN : sum;
  }
  return { values, status };
}

/** True when any variable of the operand is a given share (which cannot be summed to parents). */
export function isShareOperand(operand: string | readonly string[], manifest: Manifest): boolean {
  const ids = typeof operand === 'string' ? [operand] : operand;
  return ids.some((id) => manifest.variables.find((variable) => variable.id === id)?.kind === 'share');
}
