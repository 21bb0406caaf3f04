/**
 * The whole view in the query string, so a link or a reload restores exactly what was on screen.
 * Pure: no window, no store. url-sync.ts wires it to the browser.
 *
 * | key       | meaning                                      | example                         | default (omitted)          |
 * |-----------|----------------------------------------------|---------------------------------|----------------------------|
 * | `dataset` | manifest of another dataset, same origin     | `dataset=data/berlin/manifest.json` | the demo city          |
 * | `i`       | indicator id                                 | `i=sgb2_quote`                  | manifest default or first  |
 * | `l`       | level id                                     | `l=stadtbezirk`                 | manifest default or first  |
 * | `y`       | year                                         | `y=2020`                        | manifest default or newest |
 * | `v`       | view: `map` or `table`                       | `v=table`                       | `map`                      |
 * | `ts`      | data table sort: a column (`name`, `parent`, `flag`, an indicator id), `-` before it for descending | `ts=-sgb2_quote` | `name`, A to Z |
 * | `c`       | classification method (schema names)         | `c=natural-breaks`              | the indicator's            |
 * | `k`       | number of classes, 3–9                       | `k=7`                           | the indicator's            |
 * | `s`       | breaks `per-year` or fixed over `all-years`  | `s=all-years`                   | the indicator's            |
 * | `b`       | manual inner breaks, ascending, `;`-separated (only with `c=manual`; `.` or `,` as decimal mark) | `b=12.5;20;30` | none |
 * | `p`       | ColorBrewer palette                          | `p=Blues`                       | the indicator's            |
 * | `dc`      | centre of a diverging scheme: `city` value   | `dc=city`                       | 0 (no change)              |
 * | `hb`      | changed Handlungsbedarf rules (rule-edits-url.ts) | `hb=handlungsbedarf:1:1.6;30;off` | the manifest's rules |
 * | `hbv`     | Handlungsbedarf flags on the map: `0` hides them | `hbv=0`                     | shown                      |
 * | `a`       | selected area id (at the chosen level)       | `a=0101`                        | none                       |
 * | `cmp`     | comparison area ids, `,`-separated (needs `a`) | `cmp=0102,0305`               | none                       |
 * | `m`       | map camera `lon,lat,zoom` (5/5/2 decimals)   | `m=10.41512,53.24871,11.5`      | fit to the data            |
 * | `lbl`     | area labels on the map                       | `lbl=1`                         | off                        |
 * | `lang`    | language `de` or `en`                        | `lang=en`                       | `de`                       |
 *
 * Keys are written in this order and only when they differ from the default, so the same view always
 * gives the same URL. Ids are percent-encoded; `,` and `;` inside an id are encoded, so they never
 * clash with the separators.
 */
import { numericIndicators } from '../engine/indicator-scale';
import type { DatasetData } from '../engine/types';
import type { Locale } from '../i18n/locale';
import { CLASSIFICATION_METHODS } from '../manifest/constants';
import type { ClassificationMethod } from '../manifest/schema';
import { rawParams, safeDecode } from './url-params';
import { NO_RULE_EDITS, parseRuleEdits, serialiseRuleEdits, type RuleEdits } from './rule-edits-url';
import {
  DEFAULT_ANALYSIS,
  NO_CLASSIFICATION_CHOICE,
  VIEWS,
  DEFAULT_SORT,
  type AnalysisChoices,
  type Camera,
  type ClassificationChoice,
  type TableSort,
  type UiNote,
  type View,
} from './store';

/** Everything the URL says about the view. `null` means "the default". */
export interface UrlChoices {
  /** Manifest URL as written in the link (relative to the page); `null` = the demo city. */
  readonly dataset: string | null;
  readonly indicatorId: string | null;
  readonly levelId: string | null;
  readonly year: number | null;
  readonly view: View;
  /** Scatter axes and colouring, Bilanzierung years, table filters. */
  readonly analysis: AnalysisChoices;
  readonly sort: TableSort;
  readonly classification: ClassificationChoice;
  readonly palette: string | null;
  readonly divergingCentre: 'zero' | 'city';
  /** Changes to the Handlungsbedarf rules (checked against the dataset; empty before it loads). */
  readonly ruleEdits: RuleEdits;
  readonly showFlags: boolean;
  readonly selectedId: string | null;
  readonly comparisonIds: readonly string[];
  /** `null`: fit the map to the data. */
  readonly camera: Camera | null;
  readonly showLabels: boolean;
  readonly locale: Locale;
}

export interface ParsedUrlState {
  readonly choices: UrlChoices;
  /** One note per parameter that could not be used (it fell back to its default). */
  readonly notes: readonly UiNote[];
}

/** Keys in the order they are written. */
export const URL_KEYS = [
  'dataset',
  'i',
  'l',
  'y',
  'v',
  'sx',
  'sy',
  'sc',
  'cf',
  'ct',
  'q',
  'qd',
  'qf',
  'ts',
  'c',
  'k',
  's',
  'b',
  'p',
  'dc',
  'hb',
  'hbv',
  'a',
  'cmp',
  'm',
  'lbl',
  'lang',
] as const;
export type UrlKey = (typeof URL_KEYS)[number];

/** Keys that can only be checked against a loaded dataset (they are kept unchecked until then). */
export const DATASET_KEYS: ReadonlySet<string> = new Set<UrlKey>([
  'i',
  'l',
  'y',
  'a',
  'cmp',
  'hb',
  'sx',
  'sy',
  'cf',
  'ct',
  'qd',
  'ts',
]);

/** ColorBrewer schemes (all of them, as d3-scale-chromatic names them); the legend offers a subset. */
export const PALETTES: ReadonlySet<string> = new Set([
  // sequential, single hue
  'Blues',
  'Greens',
  'Greys',
  'Oranges',
  'Purples',
  'Reds',
  // sequential, multi-hue
  'BuGn',
  'BuPu',
  'GnBu',
  'OrRd',
  'PuBuGn',
  'PuBu',
  'PuRd',
  'RdPu',
  'YlGnBu',
  'YlGn',
  'YlOrBr',
  'YlOrRd',
  // diverging
  'BrBG',
  'PRGn',
  'PiYG',
  'PuOr',
  'RdBu',
  'RdGy',
  'RdYlBu',
  'RdYlGn',
  'Spectral',
]);

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

/** The view with every choice at its default. */
export const DEFAULT_URL_CHOICES: UrlChoices = {
  dataset: null,
  indicatorId: null,
  levelId: null,
  year: null,
  view: 'map',
  analysis: DEFAULT_ANALYSIS,
  sort: DEFAULT_SORT,
  classification: NO_CLASSIFICATION_CHOICE,
  palette: null,
  selectedId: null,
  comparisonIds: [],
  camera: null,
  showLabels: false,
  divergingCentre: 'zero',
  ruleEdits: NO_RULE_EDITS,
  showFlags: true,
  locale: 'de',
};

/** The dataset's defaults for indicator, level and year (as the store picks them on load). */
export function datasetDefaults(data: DatasetData): {
  indicatorId: string | null;
  levelId: string | null;
  year: number | null;
} {
  const { manifest, years, levels } = data;
  const indicatorIds = manifest.indicators.map((indicator) => indicator.id);
  const levelIds = levels.map((level) => level.id);
  const wanted = manifest.defaults;
  const pick = <T>(value: T | undefined, allowed: readonly T[], fallback: T | undefined): T | null =>
    value !== undefined && allowed.includes(value) ? value : (fallback ?? null);
  return {
    indicatorId: pick(wanted?.indicator, indicatorIds, indicatorIds[0]),
    levelId: pick(wanted?.level, levelIds, levelIds[0]),
    year: pick(wanted?.year, years, years.at(-1)),
  };
}

/** Encodes a value, keeping the characters that read well in a URL and need no escaping there. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i;

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Shortest decimal text of a number rounded to `decimals` places ("10.5", not "10.50000"). */
function roundText(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The longest parameter value a note repeats (the rest is cut, so a hostile URL cannot flood the page). */
const NOTE_VALUE_LENGTH = 80;

function invalid(name: string, value: string, fallback?: string | number | null): UiNote {
  const shown = value.length > NOTE_VALUE_LENGTH ? `${value.slice(0, NOTE_VALUE_LENGTH)}…` : value;
  return {
    key: 'invalid-parameter',
    params:
      fallback === undefined || fallback === null
        ? { name, value: shown }
        : { name, value: shown, fallback: String(fallback) },
  };
}

/**
 * Reads the view from a query string. With a dataset, indicator, level, year and areas are checked
 * against it (and defaults filled in); without one they are kept as written, to be checked once the
 * dataset has loaded. Every parameter that cannot be used falls back to its default with a note.
 */
export function parseUrlState(search: string, dataset: DatasetData | null): ParsedUrlState {
  const raw = rawParams(search);
  const notes: UiNote[] = [];
  const defaults = dataset ? datasetDefaults(dataset) : { indicatorId: null, levelId: null, year: null };

  /** The decoded value of a key, or undefined when absent; a broken encoding gives a note. */
  const text = (key: UrlKey): string | undefined => {
    const value = raw.get(key);
    if (value === undefined) return undefined;
    const decoded = safeDecode(value);
    if (decoded === null) notes.push(invalid(key, value));
    return decoded ?? undefined;
  };
  /** A value from a fixed set, or the fallback with a note. */
  const oneOf = <T extends string>(key: UrlKey, allowed: readonly T[], fallback: T | null): T | null => {
    const value = text(key);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    notes.push(invalid(key, value, fallback));
    return fallback;
  };

  // dataset: checked for its origin by the loader, which knows the page; here only that it is a path.
  const datasetText = text('dataset');
  let datasetSource: string | null = null;
  if (datasetText !== undefined) {
    if (datasetText.trim() === '') notes.push(invalid('dataset', datasetText));
    else datasetSource = datasetText;
  }

  let indicatorId: string | null;
  let levelId: string | null;
  let year: number | null = defaults.year;
  if (dataset) {
    indicatorId = oneOf(
      'i',
      dataset.manifest.indicators.map((indicator) => indicator.id),
      defaults.indicatorId,
    );
    levelId = oneOf(
      'l',
      dataset.levels.map((level) => level.id),
      defaults.levelId,
    );
    const yearText = text('y');
    if (yearText !== undefined) {
      const wanted = INTEGER.test(yearText) ? Number(yearText) : null;
      if (wanted !== null && dataset.years.includes(wanted)) year = wanted;
      else notes.push(invalid('y', yearText, defaults.year));
    }
  } else {
    indicatorId = text('i') || null;
    levelId = text('l') || null;
    const yearText = text('y');
    if (yearText !== undefined) {
      if (INTEGER.test(yearText)) year = Number(yearText);
      else notes.push(invalid('y', yearText));
    }
  }

  const view = oneOf<View>('v', VIEWS, 'map') ?? 'map';

  // Analysis choices: indicators and years are checked against the dataset when it is there; a
  // scatter axis must be a number, not a category (indicator-scale.ts).
  const indicatorIds = dataset ? numericIndicators(dataset.manifest.indicators).map((spec) => spec.id) : null;
  const indicatorParam = (key: 'sx' | 'sy'): string | null => {
    const value = text(key);
    if (value === undefined || value === '') return null;
    if (indicatorIds === null || indicatorIds.includes(value)) return value;
    notes.push(invalid(key, value));
    return null;
  };
  const yearParam = (key: 'cf' | 'ct'): number | null => {
    const value = text(key);
    if (value === undefined) return null;
    const wanted = INTEGER.test(value) ? Number(value) : null;
    if (wanted !== null && (dataset === null || dataset.years.includes(wanted))) return wanted;
    notes.push(invalid(key, value));
    return null;
  };
  const scatterX = indicatorParam('sx');
  const scatterY = indicatorParam('sy');
  const scatterColour = oneOf('sc', ['class', 'parent'] as const, 'class') ?? 'class';
  const changeFrom = yearParam('cf');
  const changeTo = yearParam('ct');
  const filterText = text('q') ?? '';
  let filterParent: string | null = null;
  const filterParentText = text('qd');
  if (filterParentText !== undefined && filterParentText !== '') {
    const levelIndex = dataset ? dataset.levels.findIndex((level) => level.id === levelId) : -1;
    const parentLevel = dataset ? dataset.levels[Math.max(0, levelIndex) + 1] : undefined;
    if (dataset === null || parentLevel?.areaIds.includes(filterParentText as never))
      filterParent = filterParentText;
    else notes.push(invalid('qd', filterParentText));
  }
  const filterFlag = oneOf('qf', ['yes', 'open', 'no'] as const, null);
  // Table sort: a column (name, parent, the Handlungsbedarf flag or an indicator), `-` before it
  // for descending; indicator ids checked against the dataset.
  let sort = DEFAULT_SORT;
  const sortText = text('ts');
  if (sortText !== undefined) {
    const descending = sortText.startsWith('-');
    const column = descending ? sortText.slice(1) : sortText;
    const known =
      ['name', 'parent', 'flag'].includes(column) ||
      (column !== '' && (indicatorIds ?? [column]).includes(column));
    if (known) sort = { column, direction: descending ? 'descending' : 'ascending' };
    else notes.push(invalid('ts', sortText));
  }
  const locale = oneOf('lang', ['de', 'en'] as const, 'de') ?? 'de';

  // Classification: method, classes, scope, manual breaks.
  const method = oneOf<ClassificationMethod>('c', CLASSIFICATION_METHODS, null);
  let classes: number | null = null;
  const classesText = text('k');
  if (classesText !== undefined) {
    const wanted = INTEGER.test(classesText) ? Number(classesText) : NaN;
    if (wanted >= MIN_CLASSES && wanted <= MAX_CLASSES) classes = wanted;
    else notes.push(invalid('k', classesText));
  }
  const scope = oneOf('s', ['per-year', 'all-years'] as const, null);
  let breaks: number[] | null = null;
  const breaksText = text('b');
  if (breaksText !== undefined) {
    const values = breaksText.split(';').map((part) => parseNumber(part.trim()));
    const numbers = values.filter((value): value is number => value !== null);
    const usable =
      method === 'manual' &&
      numbers.length === values.length &&
      numbers.length >= MIN_CLASSES - 1 &&
      numbers.length <= MAX_CLASSES - 1 &&
      numbers.every((value, index) => index === 0 || value > numbers[index - 1]!) &&
      (classes === null || classes === numbers.length + 1);
    if (usable) breaks = numbers;
    else notes.push(invalid('b', breaksText));
  }

  const paletteText = text('p');
  let palette: string | null = null;
  if (paletteText !== undefined) {
    if (PALETTES.has(paletteText)) palette = paletteText;
    else notes.push(invalid('p', paletteText));
  }

  // Areas: ids of the chosen level (checked when the dataset is there).
  const areaIds = dataset
    ? new Set<string>(dataset.levels.find((level) => level.id === levelId)?.areaIds)
    : null;
  const areaOk = (id: string) => id !== '' && (areaIds === null || areaIds.has(id));
  let selectedId: string | null = null;
  const selectedText = text('a');
  if (selectedText !== undefined) {
    if (areaOk(selectedText)) selectedId = selectedText;
    else notes.push(invalid('a', selectedText));
  }
  const comparisonIds: string[] = [];
  const comparisonRaw = raw.get('cmp');
  if (comparisonRaw !== undefined) {
    if (selectedId === null) notes.push(invalid('cmp', safeDecode(comparisonRaw) ?? comparisonRaw));
    else
      for (const part of comparisonRaw.split(',')) {
        const id = safeDecode(part);
        if (id !== null && areaOk(id)) {
          if (id !== selectedId && !comparisonIds.includes(id)) comparisonIds.push(id);
        } else notes.push(invalid('cmp', id ?? part));
      }
  }

  let camera: Camera | null = null;
  const cameraText = text('m');
  if (cameraText !== undefined) {
    const parts = cameraText.split(',').map((part) => parseNumber(part.trim()));
    const [lon, lat, zoom] = parts;
    if (
      parts.length === 3 &&
      lon != null &&
      lat != null &&
      zoom != null &&
      Math.abs(lon) <= 180 &&
      Math.abs(lat) <= 85.051129 &&
      zoom >= 0 &&
      zoom <= 24
    )
      camera = { center: [lon, lat], zoom };
    else notes.push(invalid('m', cameraText));
  }

  const labelsText = oneOf('lbl', ['0', '1'] as const, '0');
  const centreText = oneOf('dc', ['zero', 'city'] as const, 'zero');
  const flagsText = oneOf('hbv', ['0', '1'] as const, '1');
  // Rule edits need the dataset's rules: before it loads they wait (the sync reads them again).
  let ruleEdits: RuleEdits = NO_RULE_EDITS;
  const editsText = text('hb');
  if (editsText !== undefined && dataset) {
    const parsed = parseRuleEdits(editsText, dataset.manifest);
    if (Object.keys(parsed.edits).length > 0) ruleEdits = parsed.edits;
    for (const entry of parsed.invalid) notes.push(invalid('hb', entry));
  }

  return {
    choices: {
      dataset: datasetSource,
      indicatorId,
      levelId,
      year,
      view,
      analysis: {
        scatterX,
        scatterY,
        scatterColour,
        changeFrom,
        changeTo,
        tableFilter: { text: filterText, parentId: filterParent, flag: filterFlag },
      },
      sort,
      classification:
        method === null && classes === null && scope === null && breaks === null
          ? NO_CLASSIFICATION_CHOICE
          : { method, classes, scope, breaks },
      palette,
      divergingCentre: centreText ?? 'zero',
      ruleEdits,
      showFlags: flagsText !== '0',
      selectedId,
      comparisonIds,
      camera,
      showLabels: labelsText === '1',
      locale,
    },
    notes,
  };
}

/**
 * Writes the view as a query string ("?i=…&y=…", or "" when everything is at its default). Keys come
 * in the fixed order of URL_KEYS and only when they differ from the default, so URLs are stable.
 */
export function serialiseUrlState(choices: UrlChoices, dataset: DatasetData | null): string {
  const defaults = dataset ? datasetDefaults(dataset) : { indicatorId: null, levelId: null, year: null };
  const { classification, camera, analysis } = choices;
  const values: Record<UrlKey, string | null> = {
    dataset: choices.dataset === null ? null : encode(choices.dataset),
    i:
      choices.indicatorId === null || choices.indicatorId === defaults.indicatorId
        ? null
        : encode(choices.indicatorId),
    l: choices.levelId === null || choices.levelId === defaults.levelId ? null : encode(choices.levelId),
    y: choices.year === null || choices.year === defaults.year ? null : String(choices.year),
    v: choices.view === 'map' ? null : choices.view,
    sx: analysis.scatterX === null ? null : encode(analysis.scatterX),
    sy: analysis.scatterY === null ? null : encode(analysis.scatterY),
    sc: analysis.scatterColour === 'class' ? null : analysis.scatterColour,
    cf: analysis.changeFrom === null ? null : String(analysis.changeFrom),
    ct: analysis.changeTo === null ? null : String(analysis.changeTo),
    q: analysis.tableFilter.text === '' ? null : encode(analysis.tableFilter.text),
    qd: analysis.tableFilter.parentId === null ? null : encode(analysis.tableFilter.parentId),
    qf: analysis.tableFilter.flag,
    ts:
      choices.sort.column === DEFAULT_SORT.column && choices.sort.direction === DEFAULT_SORT.direction
        ? null
        : `${choices.sort.direction === 'descending' ? '-' : ''}${encode(choices.sort.column)}`,
    c: classification.method,
    k: classification.classes === null ? null : String(classification.classes),
    s: classification.scope,
    b:
      classification.method === 'manual' && classification.breaks && classification.breaks.length > 0
        ? classification.breaks.map((value) => encodeURIComponent(String(value))).join(';')
        : null,
    p: choices.palette === null ? null : encode(choices.palette),
    dc: choices.divergingCentre === 'city' ? 'city' : null,
    hb: dataset ? serialiseRuleEdits(choices.ruleEdits, dataset.manifest) : null,
    hbv: choices.showFlags ? null : '0',
    a: choices.selectedId === null ? null : encode(choices.selectedId),
    cmp:
      choices.selectedId !== null && choices.comparisonIds.length > 0
        ? choices.comparisonIds.map((id) => encodeURIComponent(id)).join(',')
        : null,
    m:
      camera === null
        ? null
        : `${roundText(camera.center[0], 5)},${roundText(camera.center[1], 5)},${roundText(camera.zoom, 2)}`,
    lbl: choices.showLabels ? '1' : null,
    lang: choices.locale === 'de' ? null : choices.locale,
  };
  const parts = URL_KEYS.flatMap((key) => (values[key] === null ? [] : [`${key}=${values[key]}`]));
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
