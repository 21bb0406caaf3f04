/**
 * SVG and PNG export of an analysis chart, named after dataset, level, year(s) and chart. The charts
 * draw their own title, key and source, so the export adds only the date.
 */
import { exportFileName } from '../../io/export-meta';
import { derivedOf, selectLevel } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { ChartExportButtons } from './ChartExportButtons';

export interface ChartFileExportsProps {
  /** What the chart shows, for the buttons' labels. */
  readonly title: string;
  /** File name part, e.g. "rangfolge_sgb2_quote". */
  readonly subject: string;
  /** The year, or the span "2015-2024". */
  readonly years: number | string;
}

export function ChartFileExports({ title, subject, years }: ChartFileExportsProps) {
  const dataset = useAppStore((state) => state.dataset);
  const level = useAppStore(selectLevel);
  if (!dataset || !level) return null;
  const fileName = exportFileName(derivedOf(dataset), {
    levelId: level.id,
    year: years,
    subject,
    extension: 'svg',
  });
  return <ChartExportButtons title={title} fileBase={fileName.replace(/\.svg$/, '')} />;
}
