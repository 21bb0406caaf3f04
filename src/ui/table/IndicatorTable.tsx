import { formatNumber } from '../../i18n/format-number';
import { describeStatus, statusMark } from '../../i18n/status';
import { useAppStore } from '../../state/use-app-store';
import { selectTableView } from '../../state/select-table-view';
import { FlagCell } from '../handlungsbedarf/FlagColumn';
import { flagMessage } from '../handlungsbedarf/messages';
import { message } from '../app/messages';
import { useMemo } from 'react';
import { chartMessage } from '../charts/chart-messages';
import { filterTableRows, type TableCellView } from './table-view';
import { moveInGrid } from './grid-keys';
import { TableFilters } from './TableFilters';

/**
 * All areas of the chosen level and year × all indicators; click or Enter on a header sorts; a
 * click on a row (or Enter on its name) selects the area, with Shift or Ctrl it joins the comparison.
 */
export function IndicatorTable() {
  const view = useAppStore(selectTableView);
  const filter = useAppStore((state) => state.analysis.tableFilter);
  const selectArea = useAppStore((state) => state.selectArea);
  const selectedId = useAppStore((state) => state.selectedId);
  const rows = useMemo(() => (view ? filterTableRows(view.rows, filter) : []), [view, filter]);
  const locale = useAppStore((state) => state.locale);
  const sort = useAppStore((state) => state.sort);
  const sortBy = useAppStore((state) => state.sortBy);
  if (!view) return null;
  const hasFlags = view.rows.some((row) => row.flag !== null);

  const ariaSort = (column: string) => (sort.column === column ? sort.direction : 'none');
  const header = (column: string, label: string, title?: string, unit?: string) => (
    <th key={column} scope="col" aria-sort={ariaSort(column)} title={title}>
      <button type="button" data-testid={`sort-${column}`} onClick={() => sortBy(column)}>
        {label}
        {unit && <span className="unit">{unit}</span>}
        <span aria-hidden="true" className="sort-mark">
          {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
  const cell = (item: TableCellView, decimals: number, key: string, isCategory = false) =>
    item.value === null ? (
      <td key={key} className="missing" title={describeStatus(item.status, locale)} tabIndex={-1}>
        <span aria-hidden="true">{statusMark(item.status, locale)}</span>
        <span className="visually-hidden">{describeStatus(item.status, locale)}</span>
      </td>
    ) : (
      <td
        key={key}
        className={
          [item.status === 'partial' ? 'partial' : '', isCategory ? 'text' : ''].join(' ').trim() || undefined
        }
        tabIndex={-1}
      >
        {/* a matrix value is a cell number: its label alone says what it is */}
        {isCategory && item.label !== undefined ? item.label : formatNumber(item.value, decimals, locale)}
        {!isCategory && item.label !== undefined && <span className="class-label"> ({item.label})</span>}
      </td>
    );

  return (
    <section>
      {(view.hasParent || hasFlags) && (
        <TableFilters total={view.rows.length} shown={rows.length} hasFlags={hasFlags} />
      )}
      <div className="table-wrap">
        <table
          data-testid="indicator-table"
          aria-describedby="table-keys"
          onKeyDown={(event) =>
            moveInGrid(event, (areaId, toggle) => selectArea(areaId, toggle ? 'toggle' : 'replace'))
          }
          onClick={(event) => {
            // Rows of areas only (not the header, which sorts, nor the city row); not a link or
            // button inside a cell, which does its own thing.
            const target = event.target as HTMLElement;
            if (target.closest('a, button, summary, input, select')) return;
            const areaId = target.closest<HTMLTableRowElement>('tbody tr[data-area-id]')?.dataset.areaId;
            if (areaId)
              selectArea(areaId, event.shiftKey || event.ctrlKey || event.metaKey ? 'toggle' : 'replace');
          }}
        >
          <caption>
            {message(locale, 'tableCaption')}: {view.levelLabel}, {view.year} ({rows.length}{' '}
            {message(locale, 'areas')})
            <span id="table-keys" className="visually-hidden">
              {chartMessage(locale, 'tableKeys')}
            </span>
          </caption>
          <thead>
            <tr>
              {header('name', message(locale, 'area'))}
              {view.hasParent && header('parent', message(locale, 'parent'))}
              {view.columns.map((column) => header(column.id, column.label, column.description, column.unit))}
              {hasFlags &&
                header('flag', flagMessage(locale, 'tableColumn'), flagMessage(locale, 'tableColumnTitle'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr
                key={row.areaId}
                data-area-id={row.areaId}
                className={row.areaId === selectedId ? 'chosen' : undefined}
              >
                <th scope="row" tabIndex={index === 0 ? 0 : -1}>
                  <span className="area-name">{row.name}</span>
                  <span className="area-id">{row.areaId}</span>
                </th>
                {view.hasParent && (
                  <td className="text" tabIndex={-1}>
                    {row.parentName}
                  </td>
                )}
                {row.cells.map((item, index) =>
                  cell(
                    item,
                    view.columns[index]!.decimals,
                    view.columns[index]!.id,
                    view.columns[index]!.isCategory,
                  ),
                )}
                {row.flag !== null && <FlagCell flag={row.flag} locale={locale} />}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="city-row">
              <th scope="row">{view.cityLabel}</th>
              {view.hasParent && <td />}
              {view.city.map((item, index) =>
                cell(item, view.columns[index]!.decimals, view.columns[index]!.id),
              )}
              {hasFlags && <td />}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="table-notes" data-testid="table-notes">
        {view.hasPartial && <span>¹ {describeStatus('partial', locale)}. </span>}
        {view.minCount > 0 && (
          <span>{message(locale, 'suppressedNote').replace('{n}', String(view.minCount))} </span>
        )}
        {view.minPopulation > 0 && (
          <span>
            {message(locale, 'excludedNote').replace('{n}', formatNumber(view.minPopulation, 0, locale))}
          </span>
        )}
      </p>
    </section>
  );
}
