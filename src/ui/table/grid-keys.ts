/**
 * Keyboard movement through a table's body cells (WAI-ARIA grid pattern, roving focus): arrows move
 * one cell, Home/End to the row's ends, Ctrl+Home/End to the first/last row, PageUp/PageDown ten
 * rows; Enter on a row header selects its area (Shift+Enter adds it to the comparison).
 */
import type { KeyboardEvent } from 'react';

const PAGE_ROWS = 10;

export function moveInGrid(
  event: KeyboardEvent<HTMLTableElement>,
  onActivate: (areaId: string, toggle: boolean) => void,
): void {
  const cell = (event.target as HTMLElement).closest('td, th');
  const row = cell?.parentElement as HTMLTableRowElement | null;
  const body = row?.parentElement;
  if (!cell || !row || !body || body.tagName !== 'TBODY') return;
  const rows = Array.from((body as HTMLTableSectionElement).rows);
  const rowIndex = rows.indexOf(row);
  const column = Array.from(row.cells).indexOf(cell as HTMLTableCellElement);
  if (event.key === 'Enter' && cell.tagName === 'TH') {
    const areaId = row.dataset.areaId;
    if (areaId) {
      event.preventDefault();
      onActivate(areaId, event.shiftKey);
    }
    return;
  }
  let targetRow = rowIndex;
  let targetColumn = column;
  switch (event.key) {
    case 'ArrowUp':
      targetRow--;
      break;
    case 'ArrowDown':
      targetRow++;
      break;
    case 'ArrowLeft':
      targetColumn--;
      break;
    case 'ArrowRight':
      targetColumn++;
      break;
    case 'PageUp':
      targetRow -= PAGE_ROWS;
      break;
    case 'PageDown':
      targetRow += PAGE_ROWS;
      break;
    case 'Home':
      if (event.ctrlKey) targetRow = 0;
      targetColumn = 0;
      break;
    case 'End':
      if (event.ctrlKey) targetRow = rows.length - 1;
      targetColumn = row.cells.length - 1;
      break;
    default:
      return;
  }
  event.preventDefault();
  const nextRow = rows[Math.max(0, Math.min(rows.length - 1, targetRow))];
  if (!nextRow) return;
  const next = nextRow.cells[Math.max(0, Math.min(nextRow.cells.length - 1, targetColumn))];
  if (!next) return;
  // Roving tab stop: the focused cell is the one Tab comes back to.
  cell.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
}
