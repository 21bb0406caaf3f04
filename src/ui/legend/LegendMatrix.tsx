import type { Locale } from '../../i18n/locale';
import { message } from '../app/messages';
import type { LegendClassRow, LegendMatrix as LegendMatrixModel } from './legend-model';
import { inkOn } from './matrix-colors';

interface LegendMatrixProps {
  readonly matrix: LegendMatrixModel;
  /** The matrix cells, row-major (status × dynamics), with colour and count. */
  readonly cells: readonly LegendClassRow[];
  readonly highlighted: number | null;
  readonly locale: Locale;
  readonly onToggle: (index: number) => void;
}

/**
 * The legend of a status × dynamics matrix (MSS Gesamtindex): a grid with the status classes as
 * rows and the dynamics classes as columns; each cell shows its colour and number of areas and, as
 * a button, highlights its areas on the map.
 */
export function LegendMatrix({ matrix, cells, highlighted, locale, onToggle }: LegendMatrixProps) {
  const columns = matrix.columns.length;
  return (
    <table className="legend-matrix" data-testid="legend-matrix">
      <caption>
        {message(locale, 'legendMatrix')
          .replace('{rows}', matrix.rowTitle)
          .replace('{columns}', matrix.columnTitle)}
      </caption>
      <thead>
        <tr>
          <td className="legend-matrix-corner" />
          {matrix.columns.map((label, column) => (
            <th scope="col" key={column}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((rowLabel, row) => (
          <tr key={row}>
            <th scope="row">{rowLabel}</th>
            {matrix.columns.map((_, column) => {
              const cell = cells[row * columns + column];
              if (!cell) return <td key={column} />;
              return (
                <td key={column}>
                  <button
                    type="button"
                    className="legend-matrix-cell"
                    data-testid={`legend-class-${cell.index}`}
                    aria-pressed={highlighted === cell.index}
                    aria-label={message(locale, 'legendMatrixCell')
                      .replace('{label}', cell.label)
                      .replace('{n}', String(cell.count))}
                    title={cell.label}
                    style={{ background: cell.color, color: inkOn(cell.color) }}
                    onClick={() => onToggle(cell.index)}
                  >
                    <span data-testid={`legend-count-${cell.index}`}>{cell.count}</span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
