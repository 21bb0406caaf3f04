/** A chart's SVG and PNG export buttons; the export code loads after the first paint. */
import type { ChartFileExportsProps } from '../export/ChartFileExports';
import { lazyAfterMainContent } from '../app/first-paint';

const ChartFileExports = lazyAfterMainContent(() =>
  import('../export/ChartFileExports').then((module) => ({ default: module.ChartFileExports })),
);

export function ChartExports(props: ChartFileExportsProps) {
  return <ChartFileExports {...props} />;
}
