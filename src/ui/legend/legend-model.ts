/**
 * What the legend lists, as plain data: one row per class (colour, range in the reader's number
 * format, count of areas) and one per kind of missing value that occurs.
 */
import { formatNumber } from '../../i18n/format-number';
import { localize, type Locale } from '../../i18n/locale';
import type { FixedClasses } from '../../engine/fixed-classes';
import type { MapClasses } from '../../state/select-map-classes';
import { message } from '../app/messages';
import { statusOf, type CellStatus } from '../../engine/types';
import { describeStatus } from '../../i18n/status';
import { MISSING_STYLES, missingKindOf, type MissingKind, type MissingStyle } from './missing-style';

export interface LegendClassRow {
  readonly index: number;
  readonly color: string;
  /** Lower end (exclusive, except for the first class which holds the minimum). */
  readonly lower: number;
  readonly upper: number;
  /** "von 3,1 bis 5,0" for the first class, "über 5,0 bis 7,2" for the others. */
  readonly label: string;
  readonly count: number;
}

export interface LegendMissingRow {
  readonly kind: MissingKind;
  readonly label: string;
  readonly style: MissingStyle;
  readonly count: number;
}

export interface LegendModel {
  readonly classes: readonly LegendClassRow[];
  /** Only the kinds that occur (count > 0), in a fixed order. */
  readonly missing: readonly LegendMissingRow[];
  /** Areas of the level (classes + missing). */
  readonly total: number;
  /** Decimals used for the ranges (the indicator's, more where bounds would otherwise read alike). */
  readonly decimals: number;
  /** "Zentriert um 0" / "… um den Stadtwert (12,3)" for diverging schemes, else null. */
  readonly centreNote: string | null;
  /** For a status × dynamics matrix: the grid (the class rows above are then its cells, row-major). */
  readonly matrix: LegendMatrix | null;
}

/** The legend of a matrix as a grid: status classes as rows, dynamics classes as columns. */
export interface LegendMatrix {
  readonly rowTitle: string;
  readonly columnTitle: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
}

/** The label of a fixed index class with its cut-offs: "mittel (über −1,00 bis 1,00)". */
export function fixedClassLabel(fixed: FixedClasses, index: number, locale: Locale): string {
  const label = localize(fixed.labels[index], locale);
  if (fixed.kind === 'matrix') return label;
  const upper = fixed.bounds[index] as number;
  const lower = index > 0 ? (fixed.bounds[index - 1] as number) : Number.NEGATIVE_INFINITY;
  const places = rangeDecimals(fixed.bounds.filter(Number.isFinite), 2, locale);
  const range = !Number.isFinite(lower)
    ? message(locale, 'legendUpTo').replace('{upper}', formatNumber(upper, places, locale))
    : !Number.isFinite(upper)
      ? message(locale, 'legendAbove').replace('{lower}', formatNumber(lower, places, locale))
      : message(locale, 'legendRange')
          .replace('{lower}', formatNumber(lower, places, locale))
          .replace('{upper}', formatNumber(upper, places, locale));
  return `${label} (${range})`;
}

const MISSING_ORDER: readonly MissingKind[] = ['no-data', 'suppressed', 'excluded'];
const MISSING_LABEL = {
  'no-data': 'legendNoData',
  suppressed: 'legendSuppressed',
  excluded: 'legendExcluded',
} as const;

/**
 * The fewest decimals, from the indicator's own up to two more, at which neighbouring bounds read
 * differently: quantile bounds 5.01 and 5.04 must not both print as "5,0".
 *
 * @example
 * rangeDecimals([5.01, 5.04, 7], 1, 'de'); // 2
 */
export function rangeDecimals(bounds: readonly number[], decimals: number, locale: Locale): number {
  const finite = bounds.filter((bound) => Number.isFinite(bound));
  for (let extra = 0; extra <= 2; extra++) {
    const texts = finite.map((bound) => formatNumber(bound, decimals + extra, locale));
    // Equal bounds (an empty class) read alike at any precision; only different ones must differ.
    const distinct = texts.every(
      (text, index) => index === 0 || text !== texts[index - 1] || finite[index] === finite[index - 1],
    );
    if (distinct) return decimals + extra;
  }
  return decimals + 2;
}

/**
 * The fewest decimals, from `decimals` up to `most`, that write every value exactly: breaks a
 * planner typed ("10,25") are shown as typed, not rounded to the indicator's one decimal.
 *
 * @example
 * exactDecimals([5, 10.25], 1); // 2
 */
export function exactDecimals(values: readonly number[], decimals: number, most = 6): number {
  const finite = values.filter((value) => Number.isFinite(value));
  for (let places = decimals; places < most; places++) {
    const exact = finite.every(
      (value) => Math.abs(Number(value.toFixed(places)) - value) <= 1e-9 * Math.max(1, Math.abs(value)),
    );
    if (exact) return places;
  }
  return most;
}

/**
 * The decimals of a legend's bounds: enough for neighbouring bounds to differ (rangeDecimals), and
 * for manual breaks enough to show each as the planner typed it.
 */
function boundDecimals(
  classes: Pick<MapClasses, 'breaks' | 'lowerBound' | 'method'> & Partial<Pick<MapClasses, 'diverging'>>,
  decimals: number,
  locale: Locale,
): number {
  if (classes.breaks.length === 0) return decimals;
  const places = rangeDecimals([classLower(classes, 0), ...classes.breaks], decimals, locale);
  if (classes.method !== 'manual') return places;
  // The typed ones: not the top bound (the largest value) nor a diverging centre put in between.
  const typed = classes.breaks.slice(0, -1).filter((bound) => bound !== classes.diverging?.centre);
  return Math.max(places, exactDecimals(typed, decimals));
}

/** The range of one class: (lower, upper], the first class [minimum, upper]. */
export function formatClassRange(
  lower: number,
  upper: number,
  isFirst: boolean,
  decimals: number,
  locale: Locale,
  /** Classes mirrored about a centre (MapClasses.diverging.mirrored): the centre, else undefined. */
  mirroredAbout?: number,
): string {
  // Mirrored classes below the centre hold their lower bound, not their upper one; the class that
  // holds the centre both (mirroredClassOf).
  const key =
    mirroredAbout === undefined
      ? isFirst
        ? 'legendRangeFirst'
        : 'legendRange'
      : upper < mirroredAbout
        ? 'legendRangeBelow'
        : lower < mirroredAbout
          ? 'legendRangeFirst'
          : 'legendRange';
  // An unknown lower end (no value at all) reads "…".
  return message(locale, key)
    .replace('{lower}', Number.isFinite(lower) ? formatNumber(lower, decimals, locale) : '…')
    .replace('{upper}', formatNumber(upper, decimals, locale));
}

/** The centre of classes mirrored about it, else undefined (see formatClassRange). */
function mirroredCentreOf(classes: Partial<Pick<MapClasses, 'diverging'>>): number | undefined {
  return classes.diverging?.mirrored ? classes.diverging.centre : undefined;
}

/** Lower end of class `index`: the previous bound, or the minimum (capped at the first bound). */
export function classLower(classes: Pick<MapClasses, 'breaks' | 'lowerBound'>, index: number): number {
  if (index > 0) return classes.breaks[index - 1] as number;
  const first = classes.breaks[0] as number;
  // Std-dev and manual bounds can lie below the minimum: the class is then empty, not inverted.
  return Number.isFinite(classes.lowerBound) ? Math.min(classes.lowerBound, first) : first;
}

/**
 * The range label of one class, as the legend prints it (for the tooltip and the detail panel, so
 * all three say the same).
 */
export function classRangeLabel(
  classes: Pick<MapClasses, 'breaks' | 'lowerBound' | 'fixed' | 'method'> &
    Partial<Pick<MapClasses, 'diverging'>>,
  index: number,
  decimals: number,
  locale: Locale,
): string {
  if (classes.fixed) return fixedClassLabel(classes.fixed, index, locale);
  const places = boundDecimals(classes, decimals, locale);
  return formatClassRange(
    classLower(classes, index),
    classes.breaks[index] as number,
    index === 0,
    places,
    locale,
    mirroredCentreOf(classes),
  );
}

/**
 * How many of the first classes the legend leaves out: bins that lie wholly below the smallest value
 * and hold no area (standard-deviation breaks). Class numbers and counts a reader sees elsewhere
 * (detail panel, print legend, class select) count only the classes the legend shows.
 */
export function hiddenLowClasses(classes: MapClasses): number {
  if (classes.fixed) return 0;
  let hidden = 0;
  while (
    hidden < classes.breaks.length &&
    (classes.counts[hidden] ?? 0) === 0 &&
    (classes.breaks[hidden] as number) < classes.lowerBound
  )
    hidden++;
  return hidden;
}

/** The number of classes the legend shows. */
export function shownClassCount(classes: MapClasses): number {
  return classes.classCount - hiddenLowClasses(classes);
}

/** The legend rows for the shown map. */
export function buildLegendModel(classes: MapClasses, decimals: number, locale: Locale): LegendModel {
  if (classes.fixed) return buildFixedLegendModel(classes, classes.fixed, decimals, locale);
  const places = boundDecimals(classes, decimals, locale);
  const allRows = classes.breaks.map((upper, index) => {
    const lower = classLower(classes, index);
    return {
      index,
      color: classes.colors[index] as string,
      lower,
      upper,
      label: formatClassRange(lower, upper, index === 0, places, locale, mirroredCentreOf(classes)),
      count: classes.counts[index] as number,
    };
  });
  // Bins below the smallest value are empty by construction (standard deviation breaks): not shown.
  const rows = allRows.slice(hiddenLowClasses(classes)).map((row, shown) =>
    // The first row shown starts at the smallest value, whatever bin lay below it.
    shown === 0 && row.index > 0 && row.lower < classes.lowerBound
      ? {
          ...row,
          lower: classes.lowerBound,
          label: formatClassRange(classes.lowerBound, row.upper, true, places, locale),
        }
      : row,
  );
  return {
    classes: rows,
    missing: missingRows(classes, locale),
    total: classes.classes.length,
    decimals: places,
    centreNote: centreNoteOf(classes, decimals, locale),
    matrix: null,
  };
}

/** Fixed classes: every class listed by its label (also when empty), a matrix with its grid. */
function buildFixedLegendModel(
  classes: MapClasses,
  fixed: FixedClasses,
  decimals: number,
  locale: Locale,
): LegendModel {
  const rows = fixed.labels.map((_, index) => ({
    index,
    color: classes.colors[index] as string,
    lower: index > 0 ? (fixed.bounds[index - 1] as number) : classes.lowerBound,
    upper: fixed.bounds[index] as number,
    label: fixedClassLabel(fixed, index, locale),
    count: classes.counts[index] ?? 0,
  }));
  const matrix = fixed.matrix
    ? {
        rowTitle: localize(fixed.matrix.rowTitle, locale),
        columnTitle: localize(fixed.matrix.columnTitle, locale),
        rows: fixed.matrix.rows.map((label) => localize(label, locale)),
        columns: fixed.matrix.columns.map((label) => localize(label, locale)),
      }
    : null;
  return {
    classes: rows,
    missing: missingRows(classes, locale),
    total: classes.classes.length,
    decimals,
    centreNote: null,
    matrix,
  };
}

/** One row per kind of missing value that occurs. */
function missingRows(classes: MapClasses, locale: Locale): LegendMissingRow[] {
  // "No data" says why when every such area has the same reason (e.g. no base year for a change).
  const noDataReasons = new Set<CellStatus>();
  for (const code of classes.status) {
    const status = statusOf(code);
    if (status !== 'ok' && status !== 'partial' && missingKindOf(status) === 'no-data')
      noDataReasons.add(status);
  }
  const [onlyReason] = noDataReasons;
  const missingLabel = (kind: MissingKind) => {
    if (kind !== 'no-data' || noDataReasons.size !== 1 || onlyReason === undefined)
      return message(locale, MISSING_LABEL[kind]);
    const text = describeStatus(onlyReason, locale);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return MISSING_ORDER.filter((kind) => classes.missingCounts[kind] > 0).map((kind) => ({
    kind,
    label: missingLabel(kind),
    style: MISSING_STYLES[kind],
    count: classes.missingCounts[kind],
  }));
}

function centreNoteOf(classes: MapClasses, decimals: number, locale: Locale): string | null {
  if (!classes.diverging) return null;
  return classes.diverging.reference === 'city'
    ? message(locale, 'legendCentreCity').replace(
        '{value}',
        formatNumber(classes.diverging.centre, decimals, locale),
      )
    : message(locale, 'legendCentreZero');
}
