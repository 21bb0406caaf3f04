import type { Locale } from '../../i18n/locale';
import { statusOf } from '../../engine/types';
import { exclusionReasonText } from '../../i18n/status';
import type { LoadedDataset } from '../../io/load-dataset';
import { exclusionCauseOf } from '../../state/select-exclusions';
import { derivedOf, selectLevelIndex, selectYearIndex } from '../../state/selectors';
import { useAppStore } from '../../state/use-app-store';
import { message } from '../app/messages';
import { matrixDetailOf } from './matrix-detail-model';

/**
 * Lines of the detail panel's facts for composite indices and exclusions: the area's status class,
 * dynamics class and Gesamtindex cell (when the shown indicator belongs to a matrix), and the
 * data's reason when the area is excluded.
 */
export function DetailIndexClasses({ areaIndex, locale }: { areaIndex: number; locale: Locale }) {
  const dataset = useAppStore((state) => state.dataset);
  const indicatorId = useAppStore((state) => state.indicatorId);
  const levelIndex = useAppStore(selectLevelIndex);
  const yearIndex = useAppStore(selectYearIndex);
  // Only where the shown value is excluded: counts stay visible for an area under the minimum population.
  const shownExcluded =
    dataset !== null && shownCellExcluded(dataset, indicatorId, levelIndex, yearIndex, areaIndex);
  const cause = shownExcluded ? exclusionCauseOf(dataset, levelIndex, yearIndex, areaIndex) : null;
  const reasonText = cause ? exclusionReasonText(cause, locale) : null;
  // three cells of three indicators: cheap enough to compute on render
  const lines =
    dataset && indicatorId !== null
      ? matrixDetailOf(derivedOf(dataset), indicatorId, levelIndex, yearIndex, areaIndex, locale, reasonText)
      : null;
  return (
    <>
      {lines?.map((line) => (
        <div key={line.indicatorId} className="detail-fact-pair">
          <dt>{line.title}</dt>
          <dd data-testid={`detail-index-${line.indicatorId}`}>{line.text}</dd>
        </div>
      ))}
      {reasonText && (
        <div className="detail-fact-pair">
          <dt>{message(locale, 'legendExcluded')}</dt>
          <dd data-testid="detail-excluded-reason">{reasonText}</dd>
        </div>
      )}
    </>
  );
}

function shownCellExcluded(
  dataset: LoadedDataset,
  indicatorId: string | null,
  levelIndex: number,
  yearIndex: number,
  areaIndex: number,
): boolean {
  const cells =
    indicatorId === null ? undefined : derivedOf(dataset).indicators.get(indicatorId)?.levels[levelIndex];
  const areaCount = dataset.data.levels[levelIndex]?.areaIds.length ?? 0;
  const code = cells?.status[yearIndex * areaCount + areaIndex];
  return code !== undefined && statusOf(code) === 'excluded';
}
