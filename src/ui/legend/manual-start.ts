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
 * Given the shown areas' values (`shown`, per area as `classes.classes`), a break gets more
 * decimals where the rounded one would move an area across it: a quantile break is an area's own
 * value (10,25 rounded to 10,3 would take the area at 10,26 down a class), and the map must not
 * change when the planner only switches to "Manuell".
 *
 * @example
 * initialManualBreaks({ breaks: [4.96, 7.04, 9], lowerBound: 1, diverging: null }, { minimum: 1, maximum: 9 }, 1, 'de'); // [5, 7]
 */
export function initialManualBreaks(
  classes: Pick<MapClasses, 'breaks' | 'lowerBound' | 'diverging'> & { readonly classes?: Int8Array },
  range: { readonly minimum: number; readonly maximum: number } | null,
  decimals: number,
  locale: Locale,
  shown?: ArrayLike<number>,
): number[] {
  const minimum = range?.minimum ?? classes.lowerBound;
  const maximum = range?.maximum ?? (classes.breaks.at(-1) as number);
  const places =
    classes.breaks.length > 0
      ? rangeDecimals([classLower(classes, 0), ...classes.breaks], decimals, locale)
      : decimals;
  const factor = 10 ** places;
  const limits = shown && classes.classes ? classLimits(classes.classes, shown, classes.breaks.length) : null;
  let inner = [
    ...new Set(
      classes.breaks
        .slice(0, -1)
        .map((value, index) => keepingClasses(value, places, limits?.top[index], limits?.bottom[index + 1])),
    ),
  ].filter((value) => value >= minimum && value < maximum);
  if (inner.length > MAX_INNER_BREAKS && classes.diverging)
    inner = inner.filter((value) => value !== classes.diverging?.centre);
  inner = inner.slice(0, MAX_INNER_BREAKS);
  if (inner.length >= MIN_INNER_BREAKS || !Number.isFinite(minimum) || !Number.isFinite(maximum))
    return inner;
  const step = (maximum - minimum) / 3;
  return [minimum + step, minimum + 2 * step].map((value) => Math.round(value * factor) / factor);
}

/** Per class: the largest and the smallest value of its areas (NaN for an empty class). */
function classLimits(
  classOf: Int8Array,
  values: ArrayLike<number>,
  count: number,
): { top: number[]; bottom: number[] } {
  const top = new Array<number>(count).fill(Number.NaN);
  const bottom = new Array<number>(count).fill(Number.NaN);
  for (let area = 0; area < classOf.length; area++) {
    const index = classOf[area] as number;
    const value = values[area] as number;
    if (index < 0 || index >= count || !Number.isFinite(value)) continue;
    if (!(value <= (top[index] as number))) top[index] = value;
    if (!(value >= (bottom[index] as number))) bottom[index] = value;
  }
  return { top, bottom };
}

/**
 * `value` rounded to `places` decimals, or to more where that would move an area across it: the
 * class below must keep its largest value (`top`, at or under the break) and the class above its
 * smallest (`bottom`, over it). The exact value when no rounding up to 6 more decimals does.
 */
function keepingClasses(value: number, places: number, top = Number.NaN, bottom = Number.NaN): number {
  for (let extra = 0; extra <= 6; extra++) {
    const factor = 10 ** (places + extra);
    const rounded = Math.round(value * factor) / factor;
    if (!(rounded < top) && !(rounded >= bottom)) return rounded;
  }
  return value;
}
