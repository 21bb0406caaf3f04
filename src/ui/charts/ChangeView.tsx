import { useState } from 'react';
import { formatNumber } from '../../i18n/format-number';
import { describeStatus, statusMark } from '../../i18n/status';
import { selectChange, selectMapClasses } from '../../state/select-map-classes';
import { isCategory } from '../../engine/indicator-scale';
import { localize, type Locale } from '../../i18n/locale';
import { selectIndicator, selectShownYear } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { differenceUnit } from '../panels/detail-model';
import { formatSigned } from '../panels/panel-text-model';
import { indicatorFormat } from './chart-context';
import { chartMessage } from './chart-messages';
import { sortChanges, type AreaChange, type ChangeSort } from './change-model';
import './charts.css';

/**
 * The Bilanzierung list beside the map: from and to year, the city's change, and every area's
 * absolute (percentage points for a percentage) and relative change, largest first; the map shows
 * the absolute change in a diverging palette (selectMapClasses in the change view).
 */
export function ChangeView() {
  const model = useAppStore(selectChange);
  const indicator = useAppStore(selectIndicator);
  const years = useAppStore((state) => state.dataset?.data.years ?? []);
  const locale = useAppStore((state) => state.locale);
  const classes = useAppStore(selectMapClasses);
  const selectedId = useAppStore((state) => state.selectedId);
  const setAnalysis = useAppStore((state) => state.setAnalysis);
  const selectArea = useAppStore((state) => state.selectArea);
  const setHoveredId = useAppStore((state) => state.setHoveredId);
  const [chosenSort, setSort] = useState<ChangeSort>('absolute');
  const year = useAppStore(selectShownYear);
  if (indicator && isCategory(indicator.spec)) {
    const label = localize(indicator.spec.label, locale);
    return (
      <ChangeNote title={label} testId="change-category" locale={locale}>
        {chartMessage(locale, 'categoryNoChange', { indicator: label, year })}
      </ChangeNote>
    );
  }
  if (!model || !indicator) return null;
  const format = indicatorFormat(indicator.spec, locale);
  // Indices and changes have no relative change (indicator-scale.ts): no such column or sort.
  const sort = chosenSort === 'relative' && !model.withRelative ? 'absolute' : chosenSort;
  // Fewer than two years: nothing to compare, only the note (and a map without colours).
  if (years.length < 2)
    return (
      <ChangeNote title={format.label} testId="change-single-year" locale={locale}>
        {chartMessage(locale, 'changeSingleYear', { year: years[0] ?? model.toYear })}
      </ChangeNote>
    );
  const absoluteUnit = differenceUnit(format.unit, chartMessage(locale, 'percentagePoints'));
  const absolute = (value: number | null) =>
    value === null ? '' : formatSigned(value, format.decimals, locale);
  const relative = (value: number | null) => (value === null ? '' : formatSigned(value, 1, locale));
  const value = (change: Pick<AreaChange, 'from' | 'to'>, which: 'from' | 'to') => {
    const cell = change[which];
    return cell.value === null ? (
      <span title={describeStatus(cell.status, locale)}>{statusMark(cell.status, locale)}</span>
    ) : (
      formatNumber(cell.value, format.decimals, locale)
    );
  };
  const yearPicker = (key: 'changeFrom' | 'changeTo', current: number, label: string) => (
    <label>
      {label}
      <select
        data-testid={key === 'changeFrom' ? 'change-from' : 'change-to'}
        value={current}
        onChange={(event) => setAnalysis({ [key]: Number(event.target.value) })}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
  // A year compared with itself is no change: the pickers and a hint, no list of zeros.
  const sameYear = model.fromYear === model.toYear;
  const rows = sameYear ? [] : sortChanges(model.areas, sort, locale);
  return (
    <section
      className={sameYear ? 'change-panel change-panel-note' : 'change-panel'}
      data-testid="change-view"
      aria-label={chartMessage(locale, 'changeTitle')}
    >
      <h2>
        {chartMessage(locale, 'changeTitle')}: {format.label}
      </h2>
      <div className="analysis-controls">
        {yearPicker('changeFrom', model.fromYear, chartMessage(locale, 'changeFrom'))}
        {yearPicker('changeTo', model.toYear, chartMessage(locale, 'changeTo'))}
        <label>
          {chartMessage(locale, 'changeSort')}
          <select
            data-testid="change-sort"
            value={sort}
            onChange={(event) => setSort(event.target.value as ChangeSort)}
          >
            <option value="absolute">{chartMessage(locale, 'changeSortAbsolute')}</option>
            {model.withRelative && (
              <option value="relative">{chartMessage(locale, 'changeSortRelative')}</option>
            )}
            <option value="name">{chartMessage(locale, 'changeSortName')}</option>
          </select>
        </label>
      </div>
      {sameYear ? (
        <p className="hint" data-testid="change-same-year">
          {chartMessage(locale, 'changeSameYear', { year: model.toYear })}
        </p>
      ) : (
        <p className="hint">
          {chartMessage(locale, 'changeMapNote', { from: model.fromYear, to: model.toYear })}
        </p>
      )}
      {!sameYear && (
        <div className="change-list-wrap">
          <table className="change-list" data-testid="change-list">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col" className="change-year">
                  {model.fromYear}
                </th>
                <th scope="col" className="change-year">
                  {model.toYear}
                </th>
                <th scope="col">
                  {chartMessage(locale, 'changeAbsolute')}
                  {absoluteUnit && <span className="unit change-unit">{absoluteUnit}</span>}
                </th>
                {model.withRelative && (
                  <th scope="col">
                    {chartMessage(locale, 'changeRelative')}
                    <span className="unit change-unit">%</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              <tr className="city-row" data-testid="change-city">
                <th scope="row">{chartMessage(locale, 'changeCity')}</th>
                <td className="change-year">{value(model.city, 'from')}</td>
                <td className="change-year">{value(model.city, 'to')}</td>
                <td>{absolute(model.city.absolute)}</td>
                {model.withRelative && <td>{relative(model.city.relative)}</td>}
              </tr>
              {rows.map((area) => {
                const classIndex = classes?.classes[area.areaIndex] ?? -1;
                return (
                  <tr
                    key={area.areaId}
                    data-area-id={area.areaId}
                    className={area.areaId === selectedId ? 'chosen' : undefined}
                    onMouseEnter={() => setHoveredId(area.areaId)}
                    onMouseLeave={() => setHoveredId(null)}
                  >
                    <th scope="row">
                      <button
                        type="button"
                        className="link"
                        onClick={(event) => selectArea(area.areaId, event.shiftKey ? 'toggle' : 'replace')}
                      >
                        <span
                          className="class-swatch"
                          aria-hidden="true"
                          style={{ background: classes?.colors[classIndex] ?? 'transparent' }}
                        />
                        {area.name}
                      </button>
                    </th>
                    <td className="change-year">{value(area, 'from')}</td>
                    <td className="change-year">{value(area, 'to')}</td>
                    {area.absolute === null ? (
                      <td colSpan={model.withRelative ? 2 : 1} className="missing">
                        {describeStatus(area.status, locale)}
                      </td>
                    ) : (
                      <>
                        <td>{absolute(area.absolute)}</td>
                        {model.withRelative && <td>{relative(area.relative)}</td>}
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The Bilanzierung panel with only a note where there is nothing to compare. */
function ChangeNote(props: {
  readonly title: string;
  readonly testId: string;
  readonly locale: Locale;
  readonly children: string;
}) {
  return (
    <section
      className="change-panel change-panel-note"
      data-testid="change-view"
      aria-label={chartMessage(props.locale, 'changeTitle')}
    >
      <h2>
        {chartMessage(props.locale, 'changeTitle')}: {props.title}
      </h2>
      <p className="hint" data-testid={props.testId}>
        {props.children}
      </p>
    </section>
  );
}
