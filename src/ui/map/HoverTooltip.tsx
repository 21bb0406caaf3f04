/**
 * The map's hover tooltip (pointer or keyboard centre): name, value, class, missing or exclusion
 * reason and Handlungsbedarf, read from the store at render time. Loaded on demand by ChoroplethMap.
 */
import type * as maplibregl from 'maplibre-gl';
import { localize } from '../../i18n/locale';
import { exclusionReasonText } from '../../i18n/status';
import { selectIndicator, selectLevel, selectLevelIndex, selectYearIndex } from '../../state/selectors';
import { exclusionCauseOf } from '../../state/select-exclusions';
import { selectChange, selectMapClasses } from '../../state/select-map-classes';
import { useAppStore } from '../../state/use-app-store';
import { differenceUnit, isSigned } from '../panels/detail-model';
import { message } from '../app/messages';
import { Tooltip } from './Tooltip';
import { tooltipContent } from './tooltip-model';

/** Pointer (or keyboard centre) over an area. */
export interface Hover {
  readonly levelIndex: number;
  readonly areaIndex: number;
  readonly x: number;
  readonly y: number;
}

/** The tooltip of the hovered area, read from the store at render time. */
export function HoverTooltip({ hover, map }: { hover: Hover; map: maplibregl.Map }) {
  const locale = useAppStore((state) => state.locale);
  const level = useAppStore(selectLevel);
  const levelIndex = useAppStore(selectLevelIndex);
  const yearIndex = useAppStore(selectYearIndex);
  const indicator = useAppStore(selectIndicator);
  const classes = useAppStore(selectMapClasses);
  const dataset = useAppStore((state) => state.dataset);
  const view = useAppStore((state) => state.view);
  const change = useAppStore(selectChange);
  if (!level || !indicator || !dataset || hover.levelIndex !== levelIndex) return null;
  const areaCount = level.areaIds.length;
  // The Bilanzierung colours the change between two years: the tooltip gives that change, not the
  // later year's value (with one year against itself there is no change, and the map says so).
  const shownChange =
    view === 'change' && change && change.levelIndex === levelIndex && change.fromYear !== change.toYear
      ? change
      : null;
  const cells = shownChange ? shownChange.cells : indicator.levels[levelIndex];
  const cell = shownChange ? hover.areaIndex : yearIndex * areaCount + hover.areaIndex;
  const unit = localize(indicator.spec.unit, locale);
  const cause = exclusionCauseOf(dataset, levelIndex, yearIndex, hover.areaIndex);
  const content = tooltipContent({
    name: level.names[hover.areaIndex] ?? '',
    areaId: level.areaIds[hover.areaIndex] ?? '',
    value: cells?.values[cell] ?? NaN,
    statusCode: cells?.status[cell] ?? 0,
    classIndex: classes?.levelIndex === levelIndex ? (classes.classes[hover.areaIndex] ?? -1) : -1,
    breaks: classes?.breaks ?? [],
    lowerBound: classes?.lowerBound ?? NaN,
    mirroredAbout: classes?.diverging?.mirrored ? classes.diverging.centre : undefined,
    decimals: indicator.spec.decimals,
    // Changes carry their sign ("+0,8"), as in the detail panel.
    signed: shownChange !== null || isSigned(indicator.spec.type),
    unit: shownChange ? differenceUnit(unit, message(locale, 'percentagePoints')) : unit,
    period: shownChange ? `${shownChange.fromYear}–${shownChange.toYear}` : undefined,
    locale,
    fixed: classes?.fixed ?? null,
    exclusionReason: cause ? exclusionReasonText(cause, locale) : undefined,
  });
  const container = map.getContainer();
  return (
    <Tooltip
      content={content}
      x={hover.x}
      y={hover.y}
      width={container.clientWidth}
      height={container.clientHeight}
    />
  );
}
