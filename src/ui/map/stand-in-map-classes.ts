/**
 * TEMPORARY stand-in for helper B's selectMapClasses (src/state/select-map-classes.ts): quantile
 * classes with YlOrRd, same shape. Deleted once the real selector lands.
 */
import { schemeYlOrRd } from 'd3-scale-chromatic';
import { classifyCells } from '../../engine/classify-cells';
import { defaultClassification } from '../../engine/default-classification';
import { memoizeSelector } from '../../state/memo';
import { selectIndicator, selectLevelIndex, selectYearIndex } from '../../state/selectors';
import type { AppState } from '../../state/store';

export interface MapClasses {
  readonly levelIndex: number;
  readonly yearIndex: number;
  readonly indicatorId: string;
  readonly breaks: readonly number[];
  readonly lowerBound: number;
  readonly colors: readonly string[];
  readonly classes: Int8Array;
  readonly status: Uint8Array;
  readonly counts: readonly number[];
}

export const selectMapClasses = memoizeSelector(
  (state: AppState) =>
    [selectIndicator(state), selectLevelIndex(state), selectYearIndex(state), state.dataset] as const,
  (indicator, levelIndex, yearIndex, dataset): MapClasses | null => {
    if (!indicator || !dataset) return null;
    const cells = indicator.levels[levelIndex];
    const areaCount = dataset.data.levels[levelIndex]?.areaIds.length ?? 0;
    if (!cells) return null;
    const result = classifyCells(cells, areaCount, [yearIndex], defaultClassification(indicator.spec));
    const breaks = result.breaks[0] ?? [];
    const k = Math.max(3, Math.min(9, breaks.length));
    const colors = (schemeYlOrRd[k] ?? []).slice(0, breaks.length);
    const offset = yearIndex * areaCount;
    let lowerBound = Infinity;
    for (let area = 0; area < areaCount; area++) {
      const value = cells.values[offset + area]!;
      if (!Number.isNaN(value) && value < lowerBound) lowerBound = value;
    }
    return {
      levelIndex,
      yearIndex,
      indicatorId: indicator.spec.id,
      breaks,
      lowerBound,
      colors,
      classes: result.classes,
      status: cells.status.slice(offset, offset + areaCount),
      counts: result.counts[0] ?? [],
    };
  },
);
