/**
 * What the detail panel says about an area's composite index classes: its status class, dynamics
 * class and Gesamtindex cell, whenever the shown indicator is a matrix or one of its two indices.
 */
import { fixedClassOf, fixedClassesOf } from '../../engine/fixed-classes';
import { hasValue, statusOf, type DerivedDataset } from '../../engine/types';
import { localize, type Locale } from '../../i18n/locale';
import { describeExclusion, describeStatus } from '../../i18n/status';

export interface MatrixDetailLine {
  /** "Status-Index" (the index's short label), or the matrix's. */
  readonly title: string;
  /** The class label, or the reason there is none. */
  readonly text: string;
  readonly indicatorId: string;
}

/**
 * The status, dynamics and matrix lines for one area and year, or null when the shown indicator
 * belongs to no matrix (the first matrix that uses it, or the shown matrix itself).
 *
 * @example
 * // PLR 01100415 in MSS 2021, shown indicator status_index →
 * // [{ title: 'Status-Index', text: 'mittel' }, { title: 'Dynamik-Index', text: 'stabil' }, { title: 'Gesamtindex', text: 'Status mittel, Dynamik stabil' }]
 */
export function matrixDetailOf(
  derived: DerivedDataset,
  indicatorId: string,
  levelIndex: number,
  yearIndex: number,
  areaIndex: number,
  locale: Locale,
  /** The data's reason when the area is marked as excluded (already in the locale), else null. */
  exclusionReason: string | null = null,
): readonly MatrixDetailLine[] | null {
  const specs = derived.data.manifest.indicators;
  const matrix = specs.find(
    (spec) =>
      spec.type === 'matrix' &&
      (spec.id === indicatorId || spec.status === indicatorId || spec.dynamics === indicatorId),
  );
  if (!matrix || matrix.type !== 'matrix') return null;
  const areaCount = derived.data.levels[levelIndex]?.areaIds.length ?? 0;
  const cell = yearIndex * areaCount + areaIndex;
  return [matrix.status, matrix.dynamics, matrix.id].map((id) => {
    const indicator = derived.indicators.get(id);
    const spec = indicator?.spec;
    const cells = indicator?.levels[levelIndex];
    const fixed = spec ? fixedClassesOf(spec, specs) : null;
    let text = '–';
    if (cells && fixed) {
      const code = cells.status[cell] as number;
      const index = hasValue(code) ? fixedClassOf(cells.values[cell] as number, fixed) : -1;
      const status = statusOf(code);
      text =
        index >= 0
          ? localize(fixed.labels[index], locale)
          : status === 'excluded' && exclusionReason
            ? describeExclusion(exclusionReason, locale)
            : describeStatus(status, locale);
    }
    return { title: spec ? localize(spec.shortLabel ?? spec.label, locale) : id, text, indicatorId: id };
  });
}
