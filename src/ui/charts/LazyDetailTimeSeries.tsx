/**
 * The detail panel's time series, loaded right after the first map: it is not part of the first
 * paint, and the entry chunk has a size budget (docs/benchmarks.md).
 */
import { lazyAfterMainContent } from '../app/first-paint';

const DetailTimeSeries = lazyAfterMainContent(() =>
  import('./DetailTimeSeries').then((module) => ({ default: module.DetailTimeSeries })),
);

export function LazyDetailTimeSeries() {
  return <DetailTimeSeries />;
}
