/**
 * The order in which indicators must be derived: every change, trend and index after the
 * indicators it refers to, whatever their order in the manifest.
 */
import type { IndicatorSpec } from '../manifest/schema';

/** The ids an indicator refers to (empty for counts and rates). */
export function indicatorDependencies(spec: IndicatorSpec): string[] {
  switch (spec.type) {
    case 'change':
    case 'trend':
      return [spec.of];
    case 'index':
      return spec.members.map((member) => member.indicator);
    case 'matrix':
      return [spec.status, spec.dynamics];
    default:
      return [];
  }
}

/**
 * Indicator specs sorted so that dependencies come first (depth-first, stable for independent
 * indicators). Throws on an unknown reference or a cycle: the manifest validator rejects both, so
 * reaching them here means a programming error.
 *
 * @example
 * // [change of quote, quote] → [quote, change]
 */
export function dependencyOrder(specs: readonly IndicatorSpec[]): IndicatorSpec[] {
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  const state = new Map<string, 'visiting' | 'done'>();
  const ordered: IndicatorSpec[] = [];
  const visit = (spec: IndicatorSpec): void => {
    const seen = state.get(spec.id);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`indicator cycle through ${spec.id}`);
    state.set(spec.id, 'visiting');
    for (const id of indicatorDependencies(spec)) {
      const dependency = byId.get(id);
      if (dependency === undefined) throw new Error(`indicator ${spec.id} refers to unknown indicator ${id}`);
      visit(dependency);
    }
    state.set(spec.id, 'done');
    ordered.push(spec);
  };
  for (const spec of specs) visit(spec);
  return ordered;
}
