/**
 * Class labels of a composite index (e.g. MSS Status: hoch / mittel / niedrig / sehr niedrig).
 */
import type { IndicatorSpec } from '../manifest/schema';

/** The `classes` of an index spec: ascending upper bounds with labels, the last one open (upTo null). */
export type IndexClasses = NonNullable<Extract<IndicatorSpec, { type: 'index' }>['classes']>;

/**
 * The 0-based class of an index value: the first class whose `upTo` is ≥ the value (a value equal to
 * a bound belongs to the lower class), or the open last class (upTo null). −1 for NaN, or for a value
 * above the last bound when no class is open.
 *
 * The MSS 2021 Status-Index classes are upTo −1 (hoch), 1 (mittel), 1.5 (niedrig), null (sehr
 * niedrig), applied to the unrounded index: −1.005 is `hoch`, −0.998 `mittel`
 * (data/real/berlin-mss-2021/SOURCE.md, "Verified facts").
 *
 * @example
 * classifyIndex(-1.005, mssStatusClasses); // 0 (hoch)
 * classifyIndex(-0.998, mssStatusClasses); // 1 (mittel)
 * classifyIndex(2.4, mssStatusClasses); // 3 (sehr niedrig)
 */
export function classifyIndex(value: number, classes: readonly IndexClasses[number][]): number {
  if (Number.isNaN(value)) return -1;
  for (let index = 0; index < classes.length; index++) {
    const upTo = (classes[index] as IndexClasses[number]).upTo;
    if (upTo === null || value <= upTo) return index;
  }
  return -1;
}
