/**
 * The classes and colours the map paints and the legend lists, for the chosen indicator, level,
 * year, classification and palette. One memoised selector, so map and legend always agree.
 */
import {
  distanceSteps,
  isSymmetricMethod,
  mirroredClassOf,
  symmetricBreaks,
  type SymmetricMethod,
} from '../engine/breaks/symmetric';
import { classifyValue } from '../engine/classify';
import { classifyCells, type CellClasses, type ClassifySpec } from '../engine/classify-cells';
import { DEFAULT_CLASSIFICATION, defaultClassification } from '../engine/default-classification';
import { classifyFixed, fixedClassesOf, type FixedClasses } from '../engine/fixed-classes';
import { hasValue, statusCode, statusOf, type Cells } from '../engine/types';
import { buildChange, type ChangeModel } from '../ui/charts/change-model';
import { hasRelativeChange, isCategory } from '../engine/indicator-scale';
import type { ClassificationMethod, IndicatorSpec, Polarity } from '../manifest/schema';
import {
  divergingClassColors,
  divergingColorsWithMiddle,
  sequentialClassColors,
  splitAtCentre,
  symmetricClassColors,
  symmetricMiddle,
} from '../ui/legend/class-colors';
import { divergingCentreOf, type DivergingCentre } from '../ui/legend/diverging-centre';
import { matrixColors } from '../ui/legend/matrix-colors';
import { missingKindOf, type MissingKind } from '../ui/legend/missing-style';
import { DEFAULT_SEQUENTIAL_PALETTE, resolvePalette } from '../ui/legend/palette';
import { memoizeSelector } from './memo';
import { derivedOf, selectLevelIndex, selectYearIndex } from './selectors';
import type { AppState, ClassificationChoice } from './store';

/** What the map paints and the legend shows for the current view. */
export interface MapClasses {
  readonly levelIndex: number;
  readonly yearIndex: number;
  readonly indicatorId: string;
  /** Class upper bounds, ascending ((lower, upper] intervals; the first class holds the minimum). */
  readonly breaks: readonly number[];
  /**
   * The lower end of class 1: the minimum of the classified values (NaN when nothing has a value);
   * for mirrored classes the centre less the widest distance, so the lowest class may be empty.
   */
  readonly lowerBound: number;
  /** Hex colour per class (same length as breaks). */
  readonly colors: readonly string[];
  /** Per area of the level: class index, −1 = none (see status for why). */
  readonly classes: Int8Array;
  /** Per area: engine status code of the shown cell (statusOf() gives the CellStatus). */
  readonly status: Uint8Array;
  /** Areas per class in the shown year. */
  readonly counts: readonly number[];
  /** Areas without a class in the shown year, by how the legend and map show them. */
  readonly missingCounts: Readonly<Record<MissingKind, number>>;
  readonly method: ClassificationMethod;
  /** Number of classes shown (= breaks.length; may differ from the requested count: ties, std-dev, centre split). */
  readonly classCount: number;
  /** Effective scope: 'all-years' while playing, whatever was chosen. */
  readonly scope: 'per-year' | 'all-years';
  /**
   * Set for diverging schemes: the centre the classes are split at or, `mirrored`, lie symmetric
   * about (classes below it then hold their lower bound, not their upper one: mirroredClassOf).
   */
  readonly diverging: null | {
    readonly centre: number;
    readonly reference: 'zero' | 'city';
    readonly mirrored?: boolean;
  };
  /** ColorBrewer scheme name actually used. */
  readonly palette: string;
  /** Classes the manifest fixes (labelled index classes, matrix cells): shown by label, not by range. */
  readonly fixed?: FixedClasses | null;
}

/**
 * The classification an indicator is shown with: the user's choices over the indicator's own
 * default (defaultClassification). While playing, breaks are fixed over all years, so colours mean
 * the same range in every frame.
 */
export function effectiveClassification(
  spec: IndicatorSpec,
  choice: ClassificationChoice,
  playing: boolean,
): ClassifySpec {
  const override: { -readonly [K in keyof ClassifySpec]?: ClassifySpec[K] } = {};
  if (choice.method !== null) override.method = choice.method;
  if (choice.classes !== null) override.classes = choice.classes;
  if (choice.scope !== null) override.scope = choice.scope;
  if (choice.breaks !== null) override.breaks = choice.breaks;
  if (playing) override.scope = 'all-years';
  return defaultClassification(spec, override);
}

/** The effective classification of the chosen indicator (for the controls), or null. */
export const selectEffectiveClassification = memoizeSelector(
  (state: AppState) => [state.dataset, state.indicatorId, state.classification, state.playing] as const,
  (dataset, indicatorId, choice, playing) => {
    if (!dataset || indicatorId === null) return null;
    const indicator = derivedOf(dataset).indicators.get(indicatorId);
    return indicator ? effectiveClassification(indicator.spec, choice, playing) : null;
  },
);

/** Pooled classes over all years, cached per cells and spec: playing through the years only slices. */
const allYearsCache = new WeakMap<Cells, Map<string, { classes: CellClasses; lowerBound: number }>>();

function classifyAllYears(
  cells: Cells,
  areaCount: number,
  yearCount: number,
  spec: ClassifySpec,
): { classes: CellClasses; lowerBound: number } {
  let bySpec = allYearsCache.get(cells);
  if (!bySpec) {
    bySpec = new Map();
    allYearsCache.set(cells, bySpec);
  }
  const key = JSON.stringify([spec.method, spec.classes, spec.breaks ?? null]);
  let entry = bySpec.get(key);
  if (!entry) {
    const years = Array.from({ length: yearCount }, (_, index) => index);
    entry = {
      classes: classifyCells(cells, areaCount, years, { ...spec, scope: 'all-years' }),
      lowerBound: minimumOf(cells, 0, yearCount * areaCount),
    };
    bySpec.set(key, entry);
  }
  return entry;
}

/** Minimum of the cells with a value in [from, to), NaN when none has one. */
function minimumOf(cells: Cells, from: number, to: number): number {
  let minimum = Infinity;
  for (let cell = from; cell < to; cell++) {
    if (hasValue(cells.status[cell] as number)) minimum = Math.min(minimum, cells.values[cell] as number);
  }
  return minimum === Infinity ? NaN : minimum;
}

/**
 * Manual without breaks (e.g. the method switched in the URL alone) starts from equal intervals,
 * so the map shows something sensible and the breaks editor has values to edit.
 */
function breaksSpecOf(spec: ClassifySpec): ClassifySpec {
  if (spec.method === 'manual' && (spec.breaks === undefined || spec.breaks.length === 0))
    return { ...spec, method: 'equal-interval' };
  return spec;
}

/** What buildMapClasses needs: plain engine data, no store. */
export interface MapClassesInput {
  readonly spec: IndicatorSpec;
  /** The indicator's cells at the level (year-major). */
  readonly cells: Cells;
  /** The indicator's city cells (index = year index), for a centre at the city value. */
  readonly cityCells: Cells;
  readonly areaCount: number;
  readonly yearCount: number;
  readonly levelIndex: number;
  readonly yearIndex: number;
  readonly classification: ClassifySpec;
  /** The chosen scheme name, null for the indicator's default. */
  readonly palette: string | null;
  readonly centre: DivergingCentre;
  /** Fixed classes of the indicator (fixedClassesOf), null or absent for a classification. */
  readonly fixed?: FixedClasses | null;
  /** For a matrix: the polarities of its status and dynamics indices (colour direction). */
  readonly matrixPolarity?: readonly [Polarity, Polarity];
}

/** Classes and colours of fixed classes: the manifest's cut-offs and labels, no breaks from the data. */
function buildFixedMapClasses(input: MapClassesInput, fixed: FixedClasses): MapClasses {
  const { spec, cells, areaCount, levelIndex, yearIndex } = input;
  const offset = yearIndex * areaCount;
  const classified = classifyFixed(cells, areaCount, [yearIndex], fixed);
  const status = cells.status.subarray(offset, offset + areaCount);
  let colors: string[];
  let palette: string;
  if (fixed.matrix) {
    const [statusPolarity, dynamicsPolarity] = input.matrixPolarity ?? ['higher-is-worse', 'higher-is-worse'];
    colors = matrixColors(
      fixed.matrix.rows.length,
      fixed.matrix.columns.length,
      statusPolarity,
      dynamicsPolarity,
      fixed.matrix.colors,
    );
    palette = 'matrix';
  } else {
    const scheme = resolvePalette(spec, input.palette);
    // Fixed cut-offs are levels, not changes: a diverging choice falls back to the sequential default.
    palette = scheme.kind === 'sequential' ? scheme.name : DEFAULT_SEQUENTIAL_PALETTE;
    colors = sequentialClassColors(palette, fixed.labels.length, spec.polarity);
  }
  const missingCounts: Record<MissingKind, number> = { 'no-data': 0, suppressed: 0, excluded: 0 };
  for (let area = 0; area < areaCount; area++)
    if ((classified.classes[area] as number) < 0)
      missingCounts[missingKindOf(statusOf(status[area] as number))]++;
  return {
    levelIndex,
    yearIndex,
    indicatorId: spec.id,
    breaks: fixed.bounds,
    lowerBound: minimumOf(cells, offset, offset + areaCount),
    colors,
    classes: classified.classes,
    status,
    counts: classified.counts[0] ?? [],
    missingCounts,
    method: input.classification.method,
    classCount: fixed.labels.length,
    scope: 'per-year',
    diverging: null,
    palette,
    fixed,
  };
}

/** Classes and colours for one indicator, level and year (exported for tests and the CLI). */
export function buildMapClasses(input: MapClassesInput): MapClasses {
  if (input.fixed) return buildFixedMapClasses(input, input.fixed);
  const { spec, cells, areaCount, levelIndex, yearIndex, classification } = input;
  const scope = classification.scope ?? 'per-year';
  const breaksSpec = breaksSpecOf(classification);
  const offset = yearIndex * areaCount;
  const status = cells.status.subarray(offset, offset + areaCount);
  const palette = resolvePalette(spec, input.palette);
  const centre = palette.kind === 'diverging' ? divergingCentreFor(input) : null;
  // Mirrored classes come from the distances to the centre: the values' own breaks are not needed.
  const mirrored = centre ? mirroredYearClasses(input, breaksSpec, centre) : null;
  const shown = mirrored ?? valueYearClasses(input, breaksSpec, scope);
  const lowerBound = shown.lowerBound;
  let { breaks, classes } = shown;
  let diverging: MapClasses['diverging'] = centre;
  let colors: string[];
  if (mirrored && centre) {
    // Classes mirrored about the centre: a rise and a fall of the same size, the same intensity.
    diverging = { ...centre, mirrored: true };
    colors = symmetricClassColors(palette.name, breaks.length, spec.polarity);
  } else if (centre) {
    // Typed breaks with a middle class around the centre (as "Manuell" starts from mirrored
    // classes) keep it, in the scheme's light middle colour.
    const middle =
      classification.method === 'manual' ? symmetricMiddle(breaks, lowerBound, centre.centre) : -1;
    if (middle >= 0) colors = divergingColorsWithMiddle(palette.name, breaks.length, middle, spec.polarity);
    else {
      // Standard deviations, typed breaks, or values mostly at the centre: the breaks split at it.
      const split = splitAtCentre(breaks, lowerBound, centre.centre, classification.method !== 'manual');
      if (split !== breaks) {
        breaks = split;
        classes = reclassify(cells, offset, areaCount, breaks);
      }
      colors = divergingClassColors(palette.name, breaks, centre.centre, spec.polarity);
    }
  } else {
    colors = sequentialClassColors(palette.name, breaks.length, spec.polarity);
  }

  const counts = new Array<number>(breaks.length).fill(0);
  const missingCounts: Record<MissingKind, number> = { 'no-data': 0, suppressed: 0, excluded: 0 };
  for (let area = 0; area < areaCount; area++) {
    const index = classes[area] as number;
    if (index >= 0) counts[index] = (counts[index] as number) + 1;
    else missingCounts[missingKindOf(statusOf(status[area] as number))]++;
  }

  return {
    levelIndex,
    yearIndex,
    indicatorId: spec.id,
    breaks,
    lowerBound,
    colors,
    classes,
    status,
    counts,
    missingCounts,
    method: classification.method,
    classCount: breaks.length,
    scope,
    diverging,
    palette: palette.name,
    fixed: null,
  };
}

/** One year's classes: upper bounds, the lower end of class 1 and each area's class. */
interface YearClasses {
  readonly breaks: readonly number[];
  readonly lowerBound: number;
  readonly classes: Int8Array;
}

/** The city value of year `year`, NaN where the city has none (e.g. not aggregable). */
function cityValueAt(cityCells: Cells, year: number): number {
  return hasValue(cityCells.status[year] as number) ? (cityCells.values[year] as number) : NaN;
}

/** The centre of a diverging scheme: the city value when chosen and there is one, else 0. */
function divergingCentreFor(input: MapClassesInput): NonNullable<MapClasses['diverging']> {
  const cityValue = cityValueAt(input.cityCells, input.yearIndex);
  return input.centre === 'city' && Number.isFinite(cityValue)
    ? { centre: cityValue, reference: 'city' }
    : { centre: 0, reference: 'zero' };
}

/** The method's classes of the values of the shown year, or of all years pooled (cached). */
function valueYearClasses(
  input: MapClassesInput,
  breaksSpec: ClassifySpec,
  scope: MapClasses['scope'],
): YearClasses {
  const { cells, areaCount, yearCount, yearIndex } = input;
  const offset = yearIndex * areaCount;
  if (scope === 'all-years') {
    const pooled = classifyAllYears(cells, areaCount, yearCount, breaksSpec);
    return {
      breaks: pooled.classes.breaks[yearIndex] ?? [],
      lowerBound: pooled.lowerBound,
      classes: pooled.classes.classes.subarray(offset, offset + areaCount),
    };
  }
  const single = classifyCells(cells, areaCount, [yearIndex], { ...breaksSpec, scope: 'per-year' });
  return {
    breaks: single.breaks[0] ?? [],
    lowerBound: minimumOf(cells, offset, offset + areaCount),
    classes: single.classes,
  };
}

/**
 * Classes mirrored about the centre (quantile, equal interval, natural breaks); null for other
 * methods and where the distances give no usable steps (then the value breaks are split at it).
 */
function mirroredYearClasses(
  input: MapClassesInput,
  breaksSpec: ClassifySpec,
  centre: NonNullable<MapClasses['diverging']>,
): YearClasses | null {
  const { method, classes: count } = breaksSpec;
  if (!isSymmetricMethod(method)) return null;
  const steps = symmetricSteps(input, { method, classes: count }, centre.reference);
  const symmetric = steps ? symmetricBreaks(steps, centre.centre, count) : null;
  if (!steps || !symmetric) return null;
  const offset = input.yearIndex * input.areaCount;
  return {
    ...symmetric,
    classes: mirroredClasses(input.cells, offset, input.areaCount, centre.centre, steps, count),
  };
}

/** Classes of one year's areas about the centre by distance and side (mirroredClassOf). */
function mirroredClasses(
  cells: Cells,
  offset: number,
  areaCount: number,
  centre: number,
  steps: readonly number[],
  classCount: number,
): Int8Array {
  const classes = new Int8Array(areaCount).fill(-1);
  for (let area = 0; area < areaCount; area++) {
    if (hasValue(cells.status[offset + area] as number))
      classes[area] = mirroredClassOf(cells.values[offset + area] as number, centre, steps, classCount);
  }
  return classes;
}

/** Classes of one year's areas against new bounds (after a centre split). */
function reclassify(cells: Cells, offset: number, areaCount: number, breaks: readonly number[]): Int8Array {
  const classes = new Int8Array(areaCount).fill(-1);
  for (let area = 0; area < areaCount; area++) {
    if (hasValue(cells.status[offset + area] as number))
      classes[area] = classifyValue(cells.values[offset + area] as number, breaks);
  }
  return classes;
}

/** The distance steps of symmetric classes, pooled over all years when the scope says so (cached). */
const symmetricStepsCache = new WeakMap<Cells, Map<string, number[] | null>>();

/**
 * distanceSteps of the shown year's values from the centre or, for breaks fixed over all years, of
 * every year's values from that year's centre (0, or that year's city value; years without one are
 * left out), so a class spans the same distance from the centre in every year.
 */
function symmetricSteps(
  input: MapClassesInput,
  spec: { readonly method: SymmetricMethod; readonly classes: number },
  reference: 'zero' | 'city',
): number[] | null {
  const { cells, cityCells, areaCount, yearCount, yearIndex, classification } = input;
  const allYears = (classification.scope ?? 'per-year') === 'all-years';
  const years = allYears ? Array.from({ length: yearCount }, (_, index) => index) : [yearIndex];
  const key = JSON.stringify([spec.method, spec.classes, reference, allYears ? 'all' : yearIndex]);
  let byKey = symmetricStepsCache.get(cells);
  if (!byKey) symmetricStepsCache.set(cells, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) ?? null;
  const distances = new Float64Array(years.length * areaCount);
  let count = 0;
  for (const year of years) {
    const centre = reference === 'zero' ? 0 : cityValueAt(cityCells, year);
    if (!Number.isFinite(centre)) continue;
    const offset = year * areaCount;
    for (let area = 0; area < areaCount; area++)
      if (hasValue(cells.status[offset + area] as number))
        distances[count++] = Math.abs((cells.values[offset + area] as number) - centre);
  }
  const steps = distanceSteps(distances.subarray(0, count), spec);
  byKey.set(key, steps);
  return steps;
}

/**
 * Classes, colours and counts of the chosen indicator (memoised on dataset, indicator, level, year,
 * classification, palette, playing and diverging centre); null before a dataset and indicator exist.
 */
export const selectIndicatorMapClasses = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      state.indicatorId,
      selectLevelIndex(state),
      selectYearIndex(state),
      state.classification,
      state.palette,
      state.playing,
      divergingCentreOf(state),
    ] as const,
  (dataset, indicatorId, levelIndex, yearIndex, choice, palette, playing, centre): MapClasses | null => {
    if (!dataset || indicatorId === null) return null;
    const indicator = derivedOf(dataset).indicators.get(indicatorId);
    const cells = indicator?.levels[levelIndex];
    const level = dataset.data.levels[levelIndex];
    if (!indicator || !cells || !level) return null;
    const specs = dataset.data.manifest.indicators;
    const fixed = fixedClassesOf(indicator.spec, specs);
    const spec = indicator.spec;
    const polarityOf = (id: string): Polarity =>
      specs.find((candidate) => candidate.id === id)?.polarity ?? 'higher-is-worse';
    return buildMapClasses({
      fixed,
      ...(spec.type === 'matrix'
        ? { matrixPolarity: [polarityOf(spec.status), polarityOf(spec.dynamics)] as const }
        : {}),
      spec: indicator.spec,
      cells,
      cityCells: indicator.city,
      areaCount: level.areaIds.length,
      yearCount: dataset.data.years.length,
      levelIndex,
      yearIndex,
      classification: effectiveClassification(indicator.spec, choice, playing),
      palette,
      centre,
    });
  },
);

/**
 * The from and to year index of the Bilanzierung (first year and shown year unless chosen), the
 * earlier year first: "from 2024 to 2015" would turn every fall into a rise.
 */
export function selectChangeYears(state: AppState): { fromIndex: number; toIndex: number } {
  const years = state.dataset?.data.years ?? [];
  const { changeFrom, changeTo } = state.analysis;
  const chosenFrom = changeFrom === null ? -1 : years.indexOf(changeFrom);
  const chosenTo = changeTo === null ? -1 : years.indexOf(changeTo);
  const fromIndex = chosenFrom >= 0 ? chosenFrom : 0;
  const toIndex = chosenTo >= 0 ? chosenTo : selectYearIndex(state);
  return { fromIndex: Math.min(fromIndex, toIndex), toIndex: Math.max(fromIndex, toIndex) };
}

/** The Bilanzierung of the chosen indicator and level between the chosen years (memoised). */
export const selectChange = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      state.indicatorId,
      selectLevelIndex(state),
      selectChangeYears(state).fromIndex,
      selectChangeYears(state).toIndex,
    ] as const,
  (dataset, indicatorId, levelIndex, fromIndex, toIndex): ChangeModel | null => {
    if (!dataset || indicatorId === null) return null;
    const indicator = derivedOf(dataset).indicators.get(indicatorId);
    const cells = indicator?.levels[levelIndex];
    const level = dataset.data.levels[levelIndex];
    // A category (the status × dynamics matrix) has no change; the view says so, the map shows it as it is.
    if (!indicator || !cells || !level || isCategory(indicator.spec)) return null;
    return buildChange({
      indicatorId,
      levelIndex,
      level,
      cells,
      cityCells: indicator.city,
      years: dataset.data.years,
      fromIndex,
      toIndex,
      withRelative: hasRelativeChange(indicator.spec),
    });
  },
);

/** The methods the Bilanzierung offers: typed breaks are values of the indicator, not of its changes. */
export const CHANGE_METHODS: readonly ClassificationMethod[] = [
  'quantile',
  'equal-interval',
  'natural-breaks',
  'std-dev',
];

/**
 * The Bilanzierung's classification: the method and number of classes the map uses (the user's
 * choice over the indicator's default: one choice for both views), quantiles where that is typed
 * breaks; one pair of years, so no scope.
 */
export function changeClassification(spec: IndicatorSpec, choice: ClassificationChoice): ClassifySpec {
  const shown = effectiveClassification(spec, choice, false);
  const method = CHANGE_METHODS.includes(shown.method) ? shown.method : 'quantile';
  return { method, classes: shown.classes ?? DEFAULT_CLASSIFICATION.classes, scope: 'per-year' };
}

/** changeClassification of the shown indicator and the store's choice (memoised). */
export const selectChangeClassification = memoizeSelector(
  (state: AppState) => [state.dataset, state.indicatorId, state.classification] as const,
  (dataset, indicatorId, choice): ClassifySpec | null => {
    const indicator = dataset && indicatorId !== null ? derivedOf(dataset).indicators.get(indicatorId) : null;
    return indicator ? changeClassification(indicator.spec, choice) : null;
  },
);

/**
 * The map's classes for the Bilanzierung: the absolute changes through the same classification
 * path, as a change indicator (diverging palette centred on no change).
 */
const selectChangeMapClasses = memoizeSelector(
  (state: AppState) =>
    [state.dataset, selectChange(state), state.palette, selectChangeClassification(state)] as const,
  (dataset, change, palette, classification): MapClasses | null => {
    if (!dataset || !change || !classification) return null;
    const source = derivedOf(dataset).indicators.get(change.indicatorId);
    if (!source) return null;
    const spec: IndicatorSpec = {
      id: source.spec.id,
      label: source.spec.label,
      unit: source.spec.unit,
      decimals: source.spec.decimals,
      polarity: source.spec.polarity,
      type: 'change',
      of: source.spec.id,
      periods: 1,
      mode: 'absolute',
    };
    const noCity = {
      values: new Float64Array([Number.NaN]),
      status: new Uint8Array([statusCode('no-base')]),
    };
    const classes = buildMapClasses({
      spec,
      cells: change.fromYear === change.toYear ? withoutChange(change.cells) : change.cells,
      cityCells: noCity,
      areaCount: change.cells.values.length,
      yearCount: 1,
      levelIndex: change.levelIndex,
      yearIndex: 0,
      classification,
      palette,
      centre: 'zero',
    });
    // The tooltip and detail panel read the to-year.
    return { ...classes, yearIndex: dataset.data.years.indexOf(change.toYear) };
  },
);

/**
 * A year compared with itself (the only year of a dataset, or the same year chosen twice) is no
 * change: the areas with a value get no class ("no base year"), not a map of zeros; the others keep
 * their reason.
 */
function withoutChange(cells: Cells): Cells {
  const noBase = statusCode('no-base');
  return {
    values: new Float64Array(cells.values.length).fill(Number.NaN),
    status: cells.status.map((code) => (hasValue(code) ? noBase : code)),
  };
}

/** What the map paints: the chosen indicator, or in the Bilanzierung view its change between two years. */
export function selectMapClasses(state: AppState): MapClasses | null {
  return state.view === 'change'
    ? (selectChangeMapClasses(state) ?? selectIndicatorMapClasses(state))
    : selectIndicatorMapClasses(state);
}

/**
 * The shown indicator's values in the shown year, per area of the shown level (as the classes of
 * selectIndicatorMapClasses, which are −1 where an area has no value). The classification controls
 * start manual breaks from them (they are not offered in the Bilanzierung).
 */
export function selectMapValues(state: AppState): Float64Array | null {
  const { dataset, indicatorId } = state;
  if (!dataset || indicatorId === null) return null;
  const levelIndex = selectLevelIndex(state);
  const cells = derivedOf(dataset).indicators.get(indicatorId)?.levels[levelIndex];
  const areaCount = dataset.data.levels[levelIndex]?.areaIds.length ?? 0;
  if (!cells) return null;
  const offset = selectYearIndex(state) * areaCount;
  return cells.values.subarray(offset, offset + areaCount);
}

/** Maximum of the cells with a value in [from, to), NaN when none has one. */
function maximumOf(cells: Cells, from: number, to: number): number {
  let maximum = -Infinity;
  for (let cell = from; cell < to; cell++) {
    if (hasValue(cells.status[cell] as number)) maximum = Math.max(maximum, cells.values[cell] as number);
  }
  return maximum === -Infinity ? NaN : maximum;
}

/**
 * The range of the values the breaks are computed from (the shown year, or all years when the
 * breaks are fixed over all years): what manual breaks must lie within.
 */
export const selectClassifiedRange = memoizeSelector(
  (state: AppState) =>
    [
      state.dataset,
      state.indicatorId,
      selectLevelIndex(state),
      selectYearIndex(state),
      selectEffectiveClassification(state)?.scope ?? 'per-year',
    ] as const,
  (dataset, indicatorId, levelIndex, yearIndex, scope): { minimum: number; maximum: number } | null => {
    if (!dataset || indicatorId === null) return null;
    const cells = derivedOf(dataset).indicators.get(indicatorId)?.levels[levelIndex];
    const areaCount = dataset.data.levels[levelIndex]?.areaIds.length ?? 0;
    if (!cells) return null;
    const [from, to] =
      scope === 'all-years'
        ? [0, dataset.data.years.length * areaCount]
        : [yearIndex * areaCount, (yearIndex + 1) * areaCount];
    return { minimum: minimumOf(cells, from, to), maximum: maximumOf(cells, from, to) };
  },
);
