/**
 * The detail panel's time series, loaded right after the first map: it is not part of the first
 * paint, and the entry chunk has a size budget (docs/benchmarks.md).
 */
import { lazy, Suspense } from 'react';
import { afterMainContent } from '../app/first-paint';

const load = afterMainContent(() =>
  import('./DetailTimeSeries').then((module) => ({ default: module.DetailTimeSeries })),
);
// Fetched as soon as the map is on screen, so it is there when the panel asks for it.
void load();
const DetailTimeSeries = lazy(load);

export function LazyDetailTimeSeries() {
  return (
    <Suspense fallback={null}>
      <DetailTimeSeries />
    </Suspense>
  );
}
