import { localize } from '../../i18n/locale';
import { exportFileName } from '../../io/export-meta';
import { derivedOf, selectIndicator, selectLevel } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import { fillTemplate } from '../panels/panel-text-model';
import type { TrendPoint } from '../panels/trend-model';
import { ChartExportButtons } from './ChartExportButtons';

/**
 * Export buttons for the detail panel's trend line: title "Area: indicator (unit), first–last",
 * file `<dataset>_<level>_<first>-<last>_<indicator>_verlauf_<area>`.
 */
export function TrendExportButtons({
  areaName,
  areaId,
  series,
  referenceName,
}: {
  readonly areaName: string;
  /** null for the city's own trend. */
  readonly areaId: string | null;
  readonly series: readonly TrendPoint[];
  readonly referenceName?: string;
}) {
  const locale = useAppStore((state) => state.locale);
  const dataset = useAppStore((state) => state.dataset);
  const indicator = useAppStore(selectIndicator);
  const level = useAppStore(selectLevel);
  if (!dataset || !indicator || !level || series.length === 0) return null;
  const first = series[0]!.year;
  const last = series.at(-1)!.year;
  const title = fillTemplate(message(locale, 'chartTrendTitle'), {
    area: areaName,
    indicator: localize(indicator.spec.label, locale),
    unit: localize(indicator.spec.unit, locale),
    first,
    last,
  });
  const fileName = exportFileName(derivedOf(dataset), {
    levelId: areaId === null ? (dataset.data.manifest.city?.id ?? 'stadt') : level.id,
    year: `${first}-${last}`,
    subject: `${indicator.spec.id}_${message(locale, 'chartTrendFile')}${areaId === null ? '' : `_${areaId}`}`,
    extension: 'svg',
  });
  const keys = [{ label: areaName, selector: '.trend-series' }];
  if (referenceName) keys.push({ label: referenceName, selector: '.trend-reference' });
  return <ChartExportButtons title={title} fileBase={fileName.replace(/\.svg$/, '')} keys={keys} />;
}
