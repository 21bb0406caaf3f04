import { areaColour } from '../charts/chart-colours';
import { formatNumber } from '../../i18n/format-number';
import type { Locale } from '../../i18n/locale';
import { describeStatus } from '../../i18n/status';
import { selectCityOverview, selectComparison, selectDetail } from '../../state/select-detail';
import { selectIndicatorMapClasses, type MapClasses } from '../../state/select-map-classes';
import { useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import { LazyFlagExplanation } from '../handlungsbedarf/lazy';
import {
  differenceUnit,
  type CellView,
  type DetailView,
  type RankInfo,
  type ReferenceView,
} from './detail-model';
import { fillTemplate, formatSigned, formatValue, withUnit, type ValueFormat } from './panel-text-model';
import { DetailIndexClasses } from './DetailIndexClasses';
import { fixedClassLabel, hiddenLowClasses, shownClassCount } from '../legend/legend-model';
import { LazyDetailTimeSeries } from '../charts/LazyDetailTimeSeries';
import './panels.css';

/**
 * The right-hand panel: the selected area's value, class, rank, parent district and city values and
 * its trend; the comparison set below. Without a selection, a hint and the city overview.
 */
export function DetailPanel() {
  const detail = useAppStore(selectDetail);
  const locale = useAppStore((state) => state.locale);
  return (
    <section className="detail" data-testid="detail-panel">
      {detail ? <AreaDetail detail={detail} locale={locale} /> : <CityOverviewView locale={locale} />}
    </section>
  );
}

function AreaDetail({ detail, locale }: { detail: DetailView; locale: Locale }) {
  const selectArea = useAppStore((state) => state.selectArea);
  // The indicator's classes, also in the Bilanzierung (whose map shows the change): class, value
  // and rank here all speak of the shown year's value.
  const mapClasses = useAppStore(selectIndicatorMapClasses);
  const diffUnit = differenceUnit(detail.unit, message(locale, 'percentagePoints'));
  // A matrix cell is a category: rank, differences and a trend of cell numbers would mislead.
  const isMatrix = mapClasses?.fixed?.kind === 'matrix';
  return (
    <>
      <header className="detail-head">
        <h2 data-testid="detail-name">
          {detail.name} <span className="area-id">{detail.areaId}</span>
        </h2>
        <p className="detail-sub">
          {detail.levelLabel}
          {detail.parent && (
            <>
              {' · '}
              {detail.parent.levelLabel} {detail.parent.name}
            </>
          )}
        </p>
      </header>
      <p className="detail-indicator">
        {detail.indicatorLabel}, {detail.year}
      </p>
      <p className="detail-value" data-testid="detail-value">
        {/* a matrix value is a cell number: its label says what it is */}
        {mapClasses?.fixed?.kind === 'matrix' && (mapClasses.classes[detail.areaIndex] ?? -1) >= 0 ? (
          fixedClassLabel(mapClasses.fixed, mapClasses.classes[detail.areaIndex]!, locale)
        ) : (
          <CellText cell={detail.cell} format={detail} locale={locale} />
        )}
      </p>
      <dl className="detail-facts">
        {mapClasses && !isMatrix && <ClassLine mapClasses={mapClasses} detail={detail} locale={locale} />}
        <DetailIndexClasses areaIndex={detail.areaIndex} locale={locale} />
        {!isMatrix && (
          <>
            <dt>{message(locale, 'detailRank')}</dt>
            <dd data-testid="detail-rank" title={message(locale, 'detailRankTitle')}>
              {detail.rank ? rankText(detail.rank, locale) : '–'}
            </dd>
          </>
        )}
        {!isMatrix && detail.parent && (
          <Reference
            reference={detail.parent}
            title={`${detail.parent.levelLabel} ${detail.parent.name}`}
            testId="detail-parent"
            detail={detail}
            diffUnit={diffUnit}
            locale={locale}
          />
        )}
        {!isMatrix && (
          <Reference
            reference={detail.city}
            title={detail.city.name}
            testId="detail-city"
            detail={detail}
            diffUnit={diffUnit}
            locale={locale}
          />
        )}
      </dl>
      <PartialFootnote
        cells={[detail.cell, ...(detail.parent ? [detail.parent.cell] : []), detail.city.cell]}
        locale={locale}
      />
      <LazyFlagExplanation />
      {/* A matrix cell has no meaningful course over time. */}
      {!isMatrix && <LazyDetailTimeSeries />}
      <Comparison detail={detail} locale={locale} />
      <button
        type="button"
        className="detail-clear"
        data-testid="detail-clear"
        onClick={() => selectArea(null)}
      >
        {message(locale, 'detailClear')}
      </button>
    </>
  );
}

/** The value with its unit, or the reason it is missing in its place; "¹" marks a partial value. */
function CellText({ cell, format, locale }: { cell: CellView; format: ValueFormat; locale: Locale }) {
  if (cell.value === null) return <span className="missing">{describeStatus(cell.status, locale)}</span>;
  return (
    <>
      {formatValue(cell.value, format, locale)}
      {cell.status === 'partial' && (
        <sup className="partial-note" title={describeStatus('partial', locale)}>
          <span aria-hidden="true">¹</span>
          <span className="visually-hidden">({describeStatus('partial', locale)})</span>
        </sup>
      )}
    </>
  );
}

/** The footnote for "¹", when any value shown is partial. */
function PartialFootnote({ cells, locale }: { cells: readonly CellView[]; locale: Locale }) {
  if (!cells.some((cell) => cell.status === 'partial')) return null;
  return (
    <p className="footnote" aria-hidden="true">
      ¹ {describeStatus('partial', locale)}
    </p>
  );
}

function ClassLine({
  mapClasses,
  detail,
  locale,
}: {
  mapClasses: MapClasses;
  detail: DetailView;
  locale: Locale;
}) {
  const classIndex = mapClasses.classes[detail.areaIndex] ?? -1;
  const upper = mapClasses.breaks[classIndex];
  let text = message(locale, 'detailNoClass');
  if (classIndex >= 0 && mapClasses.fixed) text = fixedClassLabel(mapClasses.fixed, classIndex, locale);
  else if (classIndex >= 0 && upper !== undefined) {
    // Numbered as the legend shows them: without empty bins below the smallest value.
    const hidden = hiddenLowClasses(mapClasses);
    const first = classIndex <= hidden;
    const lower = first ? mapClasses.lowerBound : mapClasses.breaks[classIndex - 1]!;
    const range = fillTemplate(message(locale, first ? 'detailRangeFrom' : 'detailRangeOver'), {
      lower: Number.isFinite(lower) ? formatNumber(lower, detail.decimals, locale) : '…',
      upper: formatNumber(upper, detail.decimals, locale),
    });
    text = `${fillTemplate(message(locale, 'detailClassOf'), { k: classIndex + 1 - hidden, n: shownClassCount(mapClasses) })} (${range})`;
  }
  const colour = classIndex >= 0 ? mapClasses.colors[classIndex] : undefined;
  return (
    <>
      <dt>{message(locale, 'detailClass')}</dt>
      <dd data-testid="detail-class">
        {colour && <span className="class-swatch" style={{ background: colour }} aria-hidden="true" />}
        {text}
      </dd>
    </>
  );
}

function Reference({
  reference,
  title,
  testId,
  detail,
  diffUnit,
  locale,
}: {
  reference: ReferenceView;
  title: string;
  testId: string;
  detail: DetailView;
  diffUnit: string;
  locale: Locale;
}) {
  return (
    <>
      <dt>{title}</dt>
      <dd data-testid={testId}>
        <CellText cell={reference.cell} format={detail} locale={locale} />
        {reference.difference !== null && (
          <span className="difference">
            {message(locale, 'detailDifference')}{' '}
            {withUnit(formatSigned(reference.difference, detail.decimals, locale), diffUnit)}
          </span>
        )}
      </dd>
    </>
  );
}

function Comparison({ detail, locale }: { detail: DetailView; locale: Locale }) {
  const rows = useAppStore(selectComparison);
  const selectArea = useAppStore((state) => state.selectArea);
  return (
    <section className="detail-comparison" data-testid="detail-comparison">
      <h3>{message(locale, 'detailComparison')}</h3>
      {rows.length === 0 ? (
        <p className="hint">{message(locale, 'detailComparisonHint')}</p>
      ) : (
        <ul>
          {rows.map((row, index) => (
            <li key={row.areaId} data-area-id={row.areaId}>
              <span className="comparison-name">
                {/* The area's colour on the map and in the charts (the selected area is the first). */}
                <span
                  className="comparison-swatch"
                  data-testid="comparison-swatch"
                  style={{ background: areaColour(index + 1) }}
                  aria-hidden="true"
                />
                {row.name} <span className="area-id">{row.areaId}</span>
              </span>
              <span className="comparison-value">
                <CellText cell={row.cell} format={detail} locale={locale} />
              </span>
              <span className="comparison-rank" title={message(locale, 'detailRankTitle')}>
                {row.rank ? rankText(row.rank, locale) : ''}
              </span>
              <button
                type="button"
                className="comparison-remove"
                aria-label={fillTemplate(message(locale, 'detailRemoveComparison'), { name: row.name })}
                title={fillTemplate(message(locale, 'detailRemoveComparison'), { name: row.name })}
                onClick={() => selectArea(row.areaId, 'toggle')}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CityOverviewView({ locale }: { locale: Locale }) {
  const overview = useAppStore(selectCityOverview);
  const isMatrix = useAppStore(selectIndicatorMapClasses)?.fixed?.kind === 'matrix';
  if (!overview) return <p className="hint">{message(locale, 'detailHint')}</p>;
  const value = (areaValue: { name: string; areaId: string; value: number }) =>
    `${areaValue.name} (${areaValue.areaId}): ${formatValue(areaValue.value, overview, locale)}`;
  return (
    <>
      <p className="hint detail-hint" data-testid="detail-hint">
        {message(locale, 'detailHint')}
      </p>
      <header className="detail-head">
        <h2 data-testid="detail-name">{overview.name}</h2>
        <p className="detail-sub">{message(locale, 'detailOverview')}</p>
      </header>
      <p className="detail-indicator">
        {overview.indicatorLabel}, {overview.year}
      </p>
      <p className="detail-value" data-testid="detail-city">
        <CellText cell={overview.cell} format={overview} locale={locale} />
      </p>
      <dl className="detail-facts">
        <dt>{overview.levelLabel}</dt>
        <dd>
          {fillTemplate(message(locale, 'detailAreasWithValue'), {
            n: formatNumber(overview.areasWithValue, 0, locale),
            total: formatNumber(overview.areaCount, 0, locale),
          })}
        </dd>
        {!isMatrix && overview.highest && (
          <>
            <dt>{message(locale, 'detailHighest')}</dt>
            <dd>{value(overview.highest)}</dd>
          </>
        )}
        {!isMatrix && overview.lowest && (
          <>
            <dt>{message(locale, 'detailLowest')}</dt>
            <dd>{value(overview.lowest)}</dd>
          </>
        )}
      </dl>
      <PartialFootnote cells={[overview.cell]} locale={locale} />
      {!isMatrix && <LazyDetailTimeSeries />}
    </>
  );
}

function rankText(rank: RankInfo, locale: Locale): string {
  const text = fillTemplate(message(locale, 'detailRankOf'), { rank: rank.rank, of: rank.of });
  return rank.tiedWith > 0
    ? `${text} (${fillTemplate(message(locale, 'detailRankTied'), { n: rank.tiedWith })})`
    : text;
}
