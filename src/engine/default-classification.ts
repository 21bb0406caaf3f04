/**
 * The classification an indicator is shown with when nobody chose one.
 */
import type { IndicatorSpec } from '../manifest/schema';
import type { ClassifySpec } from './classify-cells';

/** Quantiles, 5 classes, breaks per year: the usual choropleth default (rank within the year). */
export const DEFAULT_CLASSIFICATION: ClassifySpec = Object.freeze({
  method: 'quantile',
  classes: 5,
  scope: 'per-year',
});

/**
 * The indicator's own `classification`, else quantile with 5 classes per year; `override` (method,
 * classes, …) replaces single fields, e.g. when the user picks another method in the app or CLI.
 *
 * @example
 * defaultClassification(spec, { method: 'natural-breaks' }); // { method: 'natural-breaks', classes: 5, scope: 'per-year' }
 */
export function defaultClassification(spec: IndicatorSpec, override?: Partial<ClassifySpec>): ClassifySpec {
  return { ...DEFAULT_CLASSIFICATION, ...spec.classification, ...override };
}
