/**
 * Why areas are excluded, where the data says so (manifest `exclusion`): per reason the number of
 * shown areas, and the reason of one area.
 */
import type { LoadedDataset } from '../io/load-dataset';
import type { LocalizedText } from '../manifest/schema';
import { statusCode } from '../engine/types';
import { memoizeSelector } from './memo';
import { derivedOf, selectLevelIndex, selectYearIndex } from './selectors';
import type { AppState } from './store';

const EXCLUDED = statusCode('excluded');

/** The data's reason for excluding a base-level area in a year, or null (not marked, or another level). */
export function exclusionReasonOf(
  dataset: LoadedDataset,
  levelIndex: number,
  yearIndex: number,
  areaIndex: number,
): LocalizedText | null {
  const exclusions = dataset.data.exclusions;
  if (!exclusions || levelIndex !== 0 || areaIndex < 0) return null;
  const areaCount = dataset.data.levels[0]?.areaIds.length ?? 0;
  const mark = exclusions.marks[yearIndex * areaCount + areaIndex] ?? 0;
  return mark > 0 ? (exclusions.reasons[mark - 1] ?? null) : null;
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
