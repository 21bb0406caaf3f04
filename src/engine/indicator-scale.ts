import type { IndicatorSpec } from '../manifest/schema';

/**
 * What arithmetic an indicator's values allow.
 *
 * A matrix (status × dynamics) is a category: its values are cell numbers 1–n, labels rather
 * than quantities, so they have no difference, ranking, correlation or change.
 */
export function isCategory(spec: Pick<IndicatorSpec, 'type'>): boolean {
  return spec.type === 'matrix';
}

/** The indicators that are numbers (not categories): the axes a correlation can have. */
export function numericIndicators<Spec extends Pick<IndicatorSpec, 'type'>>(specs: readonly Spec[]): Spec[] {
  return specs.filter((spec) => !isCategory(spec));
}

/**
 * Counts and rates are quantities from zero: a relative change ("+12 %") means something.
 * Changes and indices (z-scores) are differences around 0; their relative change ("+2.901 %"
 * from 0,05 to 1,5) means nothing.
 */
export function hasRelativeChange(spec: Pick<IndicatorSpec, 'type'>): boolean {
  return spec.type === 'count' || spec.type === 'rate';
}
