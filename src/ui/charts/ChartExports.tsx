/** A chart's SVG and PNG export buttons; the export code loads after the first paint. */
import { Suspense, lazy } from 'react';
import type { ChartFileExportsProps } from '../export/ChartFileExports';
import { afterMainContent } from '../app/first-paint';

const ChartFileExports = lazy(
  afterMainContent(() =>
    import('../export/ChartFileExports').then((module) => ({ default: module.ChartFileExports })),
  ),
);

export function ChartExports(props: ChartFileExportsProps) {
  return (
    <Suspense fallback={null}>
      <ChartFileExports {...props} />
    </Suspense>
  );
}
