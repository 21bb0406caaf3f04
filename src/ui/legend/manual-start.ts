/**
 * Where manual breaks start when a planner switches to "Manuell": the breaks the map shows now,
 * rounded to readable numbers, so the map does not jump and the editor has values to adjust.
 */
import type { Locale } from '../../i18n/locale';
import type { MapClasses } from '../../state/select-map-classes';
import { MAX_INNER_BREAKS, MIN_INNER_BREAKS } from './breaks-input';
import { classLower, rangeDecimals } from './legend-model';

/**
 * The inner breaks of the shown classes (all but the top bound), rounded to the decimals the legend
 * prints, repeats and values outside [minimum, maximum) dropped, at most 8 (a diverging centre is
 * dropped first). With fewer than 2 left (e.g. one class), the range split in thirds.
 *
 * @example
 * initialManualBreaks({ breaks: [4.96, 7.04, 9], lowerBound: 1, diverging: null }, { minimum: 1, maximum: 9 }, 1, 'de'); // [5, 7]
 */
export function initialManualBreaks(
  classes: Pick<MapClasses, 'breaks' | 'lowerBound' | 'diverging'>,
  range: { readonly minimum: number; readonly maximum: number } | null,
  decimals: number,
  locale: Locale,
): number[] {
  const minimum = range?.minimum ?? classes.lowerBound;
  const maximum = range?.maximum ?? (classes.breaks.at(-1) as number);
  const places =
    classes.breaks.length > 0
      ? rangeDecimals([classLower(classes, 0), ...classes.breaks], decimals, locale)
      : decimals;
  const factor = 10 ** places;
  let inner = [
    ...new Set(classes.breaks.slice(0, -1).map((value) => Math.round(value * factor) / factor)),
  ].filter((value) => value >= minimum && value < maximum);
  if (inner.length > MAX_INNER_BREAKS && classes.diverging)
    inner = inner.filter((value) => value !== classes.diverging?.centre);
  inner = inner.slice(0, MAX_INNER_BREAKS);
  if (inner.length >= MIN_INNER_BREAKS || !Number.isFinite(minimum) || !Number.isFinite(maximum))
    return inner;
  const step = (maximum - minimum) / 3;
  return [minimum + step, minimum + 2 * step].map((value) => Math.round(value * factor) / factor);
}
