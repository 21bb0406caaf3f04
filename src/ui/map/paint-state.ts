/**
 * From the classification of the shown level to the map's per-area feature state, and the smallest
 * set of calls that gets the map there: a repaint touches only areas whose state changed.
 */
import { statusOf } from '../../engine/types';
import { missingKindOf } from '../legend/missing-style';
import { stateClassOf } from './map-style';

/** Per area: the feature-state `cls` (class index, or the missing code of its status). */
export function stateClassesOf(classes: Int8Array, status: Uint8Array): Int8Array {
  const result = new Int8Array(classes.length);
  for (let area = 0; area < classes.length; area++) {
    const classIndex = classes[area]!;
    result[area] =
      classIndex >= 0 ? classIndex : stateClassOf(-1, missingKindOf(statusOf(status[area] ?? 0)));
  }
  return result;
}

/**
 * Indices whose state differs between what the map has (`previous`, null when nothing was painted
 * yet) and what it should show.
 */
export function changedAreas(previous: Int8Array | null, next: Int8Array): number[] {
  const changed: number[] = [];
  for (let area = 0; area < next.length; area++) {
    if (previous === null || previous[area] !== next[area]) changed.push(area);
  }
  return changed;
}

/** How a chosen area is outlined: `sel` 1 selected, 2 compared; `position` its place in the charts' order. */
export interface SelectionState {
  readonly sel: 1 | 2;
  readonly position: number;
}

/**
 * Per area index: selected (1) or compared (2), and its position among the chosen areas (the selected
 * area first, then the comparison areas in their order; unknown ones, index −1, skipped), which
 * gives it the colour it has in the charts (areaColour).
 */
export function selectionStates(
  selectedIndex: number,
  comparisonIndices: readonly number[],
): Map<number, SelectionState> {
  const states = new Map<number, SelectionState>();
  if (selectedIndex >= 0) states.set(selectedIndex, { sel: 1, position: 0 });
  for (const index of comparisonIndices)
    if (index >= 0 && !states.has(index)) states.set(index, { sel: 2, position: states.size });
  return states;
}

/** Whether two colour lists are the same (so the fill-color expression need not be replaced). */
export function sameColors(a: readonly string[] | null, b: readonly string[]): boolean {
  return a !== null && a.length === b.length && a.every((color, index) => color === b[index]);
}
