import { formatNumber } from '../../i18n/format-number';
import { describeStatus } from '../../i18n/status';
import type { Locale } from '../../i18n/locale';
import { selectTimeSeries } from '../../state/select-time-series';
import { selectIndicator, selectYearIndex } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { trendEnds } from '../panels/trend-model';
import { indicatorFormat, sourceLine, type IndicatorFormat } from './chart-context';
import { withUnit } from '../panels/panel-text-model';
import { chartMessage } from './chart-messages';
import type { TimeSeriesModel } from './time-series-model';
import { ChartExports } from './ChartExports';
import { TimeSeriesChart } from './TimeSeriesChart';

/**
 * The detail panel's time series: the selected and compared areas, their districts and the city
 * for the shown indicator; clicking a year shows it everywhere.
 */
export function DetailTimeSeries() {
  const model = useAppStore(selectTimeSeries);
  const dataset = useAppStore((state) => state.dataset);
  const indicator = useAppStore(selectIndicator);
  const year = useAppStore((state) => state.dataset?.data.years[selectYearIndex(state)] ?? null);
  const locale = useAppStore((state) => state.locale);
  const setYear = useAppStore((state) => state.setYear);
  if (!model || !dataset || !indicator || year === null) return null;
  const format = indicatorFormat(indicator.spec, locale);
  // A chart of empty axes says nothing: one year only, or no line with a value (an index has no
  // city value, "Aussage nicht sinnvoll", and the city is the only line until an area is chosen).
  const years = dataset.data.years;
  const empty = model.lines.every((line) => trendEnds(line.points) === null);
  if (years.length < 2 || empty)
    return (
      <p className="hint" data-testid="detail-trend-none">
        {years.length < 2
          ? chartMessage(locale, 'timeSeriesOneYear', { year: years[0] ?? year })
          : chartMessage(locale, 'timeSeriesEmpty', { reason: emptyReason(model, locale) })}
      </p>
    );
  return (
    <TimeSeriesChart
      testId="detail-trend"
      model={model}
      format={format}
      currentYear={year}
      locale={locale}
      source={sourceLine(dataset, [indicator.spec], locale)}
      description={timeSeriesSummary(model, format, locale)}
      onYear={setYear}
      actions={
        <ChartExports
          title={`${chartMessage(locale, 'timeSeriesTitle')}: ${format.label}`}
          subject={`${chartMessage(locale, 'timeSeriesTitle')}_${indicator.spec.id}`}
          years={`${dataset.data.years[0]}-${dataset.data.years.at(-1)}`}
        />
      }
      heightWithoutKey={190}
    />
  );
}

/** Why no line has a value: the first line's missing reason, in words. */
function emptyReason(model: TimeSeriesModel, locale: Locale): string {
  const status = model.lines[0]?.points.find((point) => point.value === null)?.status;
  return status ? describeStatus(status, locale) : chartMessage(locale, 'noValue');
}

/** "Altstadt: 2015 12,3 %, 2024 10,1 %; Stadt gesamt: …" for screen readers. */
export function timeSeriesSummary(model: TimeSeriesModel, format: IndicatorFormat, locale: Locale): string {
  const text = (value: number) => withUnit(formatNumber(value, format.decimals, locale), format.unit);
  return `${format.label}. ${model.lines
    .map((line) => {
      const ends = trendEnds(line.points);
      return ends
        ? `${line.name}: ${ends.first.year} ${text(ends.first.value)}, ${ends.last.year} ${text(ends.last.value)}`
        : `${line.name}: ${chartMessage(locale, 'noValue')}`;
    })
    .join('; ')}`;
}
