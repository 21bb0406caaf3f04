/**
 * Small-count suppression (Geheimhaltung): counts that could identify individuals are not shown.
 */

/**
 * True when a count must be suppressed: more than 0 and fewer than `minCount`.
 *
 * Zero is shown on purpose: it means nobody, reveals nothing about a person, and planners need to
 * see that an area has no case at all. `minCount` 0 turns suppression off.
 *
 * @example
 * isSuppressedCount(2, 3); // true
 * isSuppressedCount(0, 3); // false (zero is shown)
 * isSuppressedCount(3, 3); // false
 */
export function isSuppressedCount(count: number, minCount: number): boolean {
  return count > 0 && count < minCount;
}
