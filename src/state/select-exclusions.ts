/**
 * Why areas are excluded: where the data says so (manifest `exclusion`), per reason the number of
 * shown areas; and the cause for one area (that, or too few inhabitants).
 */
import type { LoadedDataset } from '../io/load-dataset';
import type { LocalizedText } from '../manifest/schema';
import { exclusionCauses, type ExclusionCause } from '../engine/exclusion-cause';
import { statusCode } from '../engine/types';
import { memoizeSelector } from './memo';
import { derivedOf, selectLevelIndex, selectYearIndex } from './selectors';
import type { AppState } from './store';

const EXCLUDED = statusCode('excluded');

/**
 * Why an area is excluded in a year: the data's mark with its reason (base level), or a population
 * below the dataset's minimum; null when it is not excluded itself.
 */
export function exclusionCauseOf(
  dataset: LoadedDataset,
  levelIndex: number,
  yearIndex: number,
  areaIndex: number,
): ExclusionCause | null {
  return exclusionCauses(dataset.data)(levelIndex, yearIndex, areaIndex);
}

/** The shown indicator's excluded areas by the data's reason, for the legend (empty without marks). */
export const selectExclusionReasons = memoizeSelector(
  (state: AppState) =>
    [state.dataset, state.indicatorId, selectLevelIndex(state), selectYearIndex(state)] as const,
  (dataset, indicatorId, levelIndex, yearIndex): readonly { reason: LocalizedText; count: number }[] => {
    if (!dataset || indicatorId === null || levelIndex !== 0 || !dataset.data.exclusions) return [];
    const cells = derivedOf(dataset).indicators.get(indicatorId)?.levels[0];
    const areaCount = dataset.data.levels[0]?.areaIds.length ?? 0;
    if (!cells) return [];
    const { reasons, marks } = dataset.data.exclusions;
    const counts = new Array<number>(reasons.length).fill(0);
    const offset = yearIndex * areaCount;
    for (let area = 0; area < areaCount; area++) {
      const mark = marks[offset + area] as number;
      if (mark > 0 && cells.status[offset + area] === EXCLUDED)
        counts[mark - 1] = (counts[mark - 1] as number) + 1;
    }
    return reasons
      .map((reason, index) => ({ reason, count: counts[index] as number }))
      .filter((row) => row.count > 0);
  },
);
