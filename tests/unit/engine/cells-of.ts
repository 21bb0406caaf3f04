/** Test helper: cells as plain values (rounded to 9 decimals) or their missing reason. */
import { statusOf, type CellStatus, type Cells } from '../../../src/engine/types';

export function cellsOf(cells: Cells | undefined): (number | CellStatus)[] {
  if (cells === undefined) throw new Error('no cells');
  return Array.from(cells.status, (code, index) =>
    code <= 1 ? Math.round((cells.values[index] as number) * 1e9) / 1e9 : statusOf(code),
  );
}
