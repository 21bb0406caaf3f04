/**
 * The rule editor and the detail panel's explanation, loaded when first needed: they are not part
 * of the first paint, and the entry chunk has a size budget (docs/benchmarks.md).
 */
import { lazy, Suspense } from 'react';

const ThresholdEditor = lazy(() =>
  import('./ThresholdEditor').then((module) => ({ default: module.ThresholdEditor })),
);
const FlagExplanation = lazy(() =>
  import('./FlagExplanation').then((module) => ({ default: module.FlagExplanation })),
);

export function LazyThresholdEditor() {
  return (
    <Suspense fallback={null}>
      <ThresholdEditor />
    </Suspense>
  );
}

export function LazyFlagExplanation() {
  return (
    <Suspense fallback={null}>
      <FlagExplanation />
    </Suspense>
  );
}
