/**
 * The indicator table as files: one row per area and year with each indicator's value, missing
 * reason, class and the parent and city values. The CLI writes it; the app's exports use the same
 * code, so both give the same numbers.
 */
import {
  evaluateHandlungsbedarf,
  levelPopulation,
  resolveRules,
  summariseFlags,
  FLAGGED,
  UNDECIDED,
  type LevelFlags,
} from '../engine/handlungsbedarf';
import { buildIndicatorTable, type IndicatorTable } from '../engine/indicator-table';
import type { DerivedDataset } from '../engine/types';
import { localize, type Locale } from '../i18n/locale';
import { belowMinimumPopulation, describeExclusion, describeStatus } from '../i18n/status';
import { fixedClassesOf } from '../engine/fixed-classes';
import type { ClassificationMethod, IndicatorSpec, LocalizedText } from '../manifest/schema';
import { csvStyle, escapeCsvText, formatCsvNumber, writeCsv } from './write-csv';

/** What to put in the table. */
export interface TableRequest {
  readonly level?: string;
  readonly year?: number | 'all';
  readonly indicators?: readonly string[];
  readonly classify?: { readonly method: ClassificationMethod; readonly classes: number };
}

/** The engine's table with what formatting needs: the dataset, level and indicator specs. */
export interface ResolvedTable {
  readonly derived: DerivedDataset;
  readonly levelId: string;
  readonly indicators: readonly IndicatorSpec[];
  readonly table: IndicatorTable;
  /** The dataset's Handlungsbedarf rules at this level (all years); null when it has none. */
  readonly flags: LevelFlags | null;
}

/** Checks a request against the dataset and builds the table; unknown names give a message listing what exists. */
export function resolveTableRequest(
  derived: DerivedDataset,
  request: TableRequest,
): { ok: true; table: ResolvedTable } | { ok: false; message: string } {
  const { data } = derived;
  const levelId = request.level ?? data.manifest.defaults?.level ?? data.levels[0]!.id;
  const level = data.levels.findIndex((candidate) => candidate.id === levelId);
  if (level < 0)
    return {
      ok: false,
      message: `--level ${levelId}: unbekannt / unknown (${data.levels.map((candidate) => candidate.id).join(', ')})`,
    };
  const year = request.year ?? data.manifest.defaults?.year ?? data.years.at(-1)!;
  if (year !== 'all' && !data.years.includes(year))
    return {
      ok: false,
      message: `--year ${year}: nicht im Datensatz / not in the dataset (${data.years.join(', ')})`,
    };
  const ids = request.indicators ?? [...derived.indicators.keys()];
  const unknown = ids.filter((id) => !derived.indicators.has(id));
  if (unknown.length > 0)
    return {
      ok: false,
      message: `--indicators ${unknown.join(',')}: unbekannt / unknown (${[...derived.indicators.keys()].join(', ')})`,
    };
  const table = buildIndicatorTable(derived, {
    level,
    years: year === 'all' ? 'all' : [year],
    indicators: ids,
    classification: request.classify,
  });
  const rules = resolveRules(data.manifest);
  return {
    ok: true,
    table: {
      derived,
      levelId,
      indicators: ids.map((id) => derived.indicators.get(id)!.spec),
      table,
      flags: rules.length > 0 ? evaluateHandlungsbedarf(derived, rules, level) : null,
    },
  };
}

const headers = {
  de: {
    id: 'Schlüssel',
    name: 'Name',
    level: 'Ebene',
    parentId: 'Übergeordneter Schlüssel',
    parentName: 'Übergeordnetes Gebiet',
    year: 'Jahr',
    reason: 'Fehlgrund',
    class: 'Klasse',
    classLabel: 'Klassenname',
    parent: 'übergeordnet',
    city: 'Stadt',
    met: 'Schwellen erreicht',
    unjudged: 'Schwellen ohne Wert',
    flag: { yes: 'ja', no: 'nein', undecided: 'offen' },
  },
  en: {
    id: 'id',
    name: 'name',
    level: 'level',
    parentId: 'parent_id',
    parentName: 'parent_name',
    year: 'year',
    reason: 'reason',
    class: 'class',
    classLabel: 'class_label',
    parent: 'parent',
    city: 'city',
    met: 'thresholds_met',
    unjudged: 'thresholds_unknown',
    flag: { yes: 'yes', no: 'no', undecided: 'undecided' },
  },
} as const;

/** Indicators whose classes are fixed by the manifest (index classes, matrix cells) get a class label column. */
function hasClassLabels(resolved: ResolvedTable, spec: IndicatorSpec): boolean {
  return fixedClassesOf(spec, resolved.derived.data.manifest.indicators) !== null;
}

/** A matrix value is a cell number: shown without decimals, whatever the spec says. */
function decimalsOf(spec: IndicatorSpec): number {
  return spec.type === 'matrix' ? 0 : spec.decimals;
}

/** The missing reason in words; for an area the data marks as excluded, with the publisher's reason. */
function reasonText(
  entry: {
    status: Parameters<typeof describeStatus>[0];
    excludedBecause: LocalizedText | null;
    excludedBelowPopulation: number | null;
  },
  locale: Locale,
): string {
  const exclusion = exclusionOf(entry, locale);
  return exclusion !== null ? describeExclusion(exclusion, locale) : describeStatus(entry.status, locale);
}

/** Why the area is excluded, where the data or its population says so ("Ausreißer"); else null. */
function exclusionOf(
  entry: { excludedBecause: LocalizedText | null; excludedBelowPopulation: number | null },
  locale: Locale,
): string | null {
  if (entry.excludedBecause) return localize(entry.excludedBecause, locale);
  if (entry.excludedBelowPopulation !== null)
    return belowMinimumPopulation(entry.excludedBelowPopulation, locale);
  return null;
}

/** One cell of an exported table: text, a number shown with fixed decimals, or empty. */
export type TableRecordCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly decimals: number }
  | null;

/** One column: `key` is language-neutral (GIS field names), `label` the header in the locale. */
export interface TableRecordColumn {
  readonly key: string;
  readonly label: string;
}

/** The table as typed columns and rows: CSV, XLSX and GeoJSON exports all write these. */
export interface TableRecords {
  readonly columns: readonly TableRecordColumn[];
  readonly rows: readonly (readonly TableRecordCell[])[];
}

/**
 * The rows of the indicator table with typed cells, so every format writes the same columns and
 * numbers (a column added here appears in every export).
 */
export function tableRecords(resolved: ResolvedTable, locale: Locale): TableRecords {
  const words = headers[locale];
  const keys = headers.en;
  const separator = locale === 'de' ? ' ' : '_';
  const column = (key: string, label: string): TableRecordColumn => ({ key, label });
  const columns: TableRecordColumn[] = [
    column(keys.id, words.id),
    column(keys.name, words.name),
    column(keys.level, words.level),
    column(keys.parentId, words.parentId),
    column(keys.parentName, words.parentName),
    column(keys.year, words.year),
  ];
  const labelled = new Set(resolved.indicators.filter((spec) => hasClassLabels(resolved, spec)));
  for (const spec of resolved.indicators)
    columns.push(
      column(spec.id, spec.id),
      column(`${spec.id}_${keys.reason}`, `${spec.id}${separator}${words.reason}`),
      column(`${spec.id}_${keys.class}`, `${spec.id}${separator}${words.class}`),
      ...(labelled.has(spec)
        ? [column(`${spec.id}_${keys.classLabel}`, `${spec.id}${separator}${words.classLabel}`)]
        : []),
      column(`${spec.id}_${keys.parent}`, `${spec.id}${separator}${words.parent}`),
      column(`${spec.id}_${keys.city}`, `${spec.id}${separator}${words.city}`),
    );
  const flagRules = resolved.flags?.rules ?? [];
  for (const result of flagRules)
    columns.push(
      column(result.rule.id, result.rule.id),
      column(`${result.rule.id}_${keys.met}`, `${result.rule.id}${separator}${words.met}`),
      column(`${result.rule.id}_${keys.unjudged}`, `${result.rule.id}${separator}${words.unjudged}`),
    );
  const text = (value: string | null): TableRecordCell =>
    value === null || value === '' ? null : { kind: 'text', text: value };
  const number = (value: number | null, decimals: number): TableRecordCell =>
    value === null ? null : { kind: 'number', value, decimals };
  const rows = resolved.table.rows.map((row, index) => {
    const cells: TableRecordCell[] = [
      text(row.areaId),
      text(row.name),
      text(row.levelId),
      text(row.parentId),
      text(row.parentName),
      number(row.year, 0),
    ];
    for (const spec of resolved.indicators) {
      const entry = row.cells[spec.id]!;
      cells.push(
        number(entry.value, decimalsOf(spec)),
        text(entry.value === null ? reasonText(entry, locale) : null),
        number(entry.class, 0),
        ...(labelled.has(spec) ? [text(localize(entry.classLabel ?? undefined, locale))] : []),
        number(entry.parentValue, decimalsOf(spec)),
        number(entry.cityValue, decimalsOf(spec)),
      );
    }
    const cell = flagCellOf(resolved, row.year, index);
    for (const result of flagRules) {
      const flag = result.flag[cell] as number;
      cells.push(
        text(flag === FLAGGED ? words.flag.yes : flag === UNDECIDED ? words.flag.undecided : words.flag.no),
        number(result.met[cell] as number, 0),
        number(result.unjudged[cell] as number, 0),
      );
    }
    return cells;
  });
  return { columns, rows };
}

/** CSV in the locale's spreadsheet convention (German: BOM, `;`, decimal comma), values with the indicator's decimals. */
export function tableToCsv(resolved: ResolvedTable, locale: Locale): string {
  const style = csvStyle(locale);
  const records = tableRecords(resolved, locale);
  const rows = records.rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return '';
      return cell.kind === 'text'
        ? escapeCsvText(cell.text, style)
        : formatCsvNumber(cell.value, cell.decimals, style);
    }),
  );
  return writeCsv(
    records.columns.map((column) => column.label),
    rows,
    style,
  );
}

/**
 * The flag cell (year-major, as the engine stores it) of a table row: rows run area by area with
 * the listed years inside each area (buildIndicatorTable).
 */
function flagCellOf(resolved: ResolvedTable, year: number, rowIndex: number): number {
  const { table, derived } = resolved;
  const area = Math.floor(rowIndex / table.years.length);
  const areaCount = resolved.flags?.areaCount ?? 0;
  return derived.data.years.indexOf(year) * areaCount + area;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1e6) / 1e6);

/** JSON for scripts: metadata (labels, units, classification breaks) and the rows, numbers rounded to 6 decimals. */
export function tableToJson(resolved: ResolvedTable, locale: Locale): string {
  const { manifest } = resolved.derived.data;
  const { table } = resolved;
  const population = resolved.flags ? levelPopulation(resolved.derived, resolved.flags.levelIndex) : null;
  const document = {
    dataset: {
      id: manifest.id,
      title: localize(manifest.title, locale),
      source: localize(manifest.source, locale),
      fictional: manifest.fictional,
    },
    level: resolved.levelId,
    years: table.years,
    indicators: resolved.indicators.map((spec) => ({
      id: spec.id,
      label: localize(spec.label, locale),
      unit: localize(spec.unit, locale),
      decimals: spec.decimals,
      polarity: spec.polarity,
      // JSON has no Infinity: the open last class of an index reads null, as in the manifest
      breaks: table.breaks[spec.id]!.map((bounds) =>
        bounds.map((bound) => (Number.isFinite(bound) ? round(bound) : null)),
      ),
    })),
    handlungsbedarf: (resolved.flags?.rules ?? []).map(({ rule, active, flag }) => ({
      id: rule.id,
      label: localize(rule.label, locale),
      atLeast: rule.atLeast,
      of: active,
      members: rule.members.map((member) => ({
        indicator: member.indicatorId,
        direction: member.direction,
        ...member.threshold,
        label: member.threshold.label === undefined ? undefined : localize(member.threshold.label, locale),
      })),
      // per listed year: flagged and undecided areas of the level, and the people living in the flagged ones
      years: table.years.map((year) => ({
        year,
        ...summariseFlags(
          flag,
          resolved.derived.data.years.indexOf(year),
          resolved.flags!.areaCount,
          population,
        ),
      })),
    })),
    rows: table.rows.map((row, index) => ({
      id: row.areaId,
      name: row.name,
      parentId: row.parentId,
      parentName: row.parentName,
      year: row.year,
      values: Object.fromEntries(
        resolved.indicators.map((spec) => {
          const entry = row.cells[spec.id]!;
          const exclusion = exclusionOf(entry, locale);
          return [
            spec.id,
            {
              value: round(entry.value),
              reason: entry.value === null ? entry.status : null,
              ...(exclusion !== null ? { excludedBecause: exclusion } : {}),
              class: entry.class,
              ...(entry.classLabel ? { classLabel: localize(entry.classLabel, locale) } : {}),
              parent: round(entry.parentValue),
              city: round(entry.cityValue),
            },
          ];
        }),
      ),
      ...(resolved.flags
        ? {
            handlungsbedarf: Object.fromEntries(
              resolved.flags.rules.map((result) => {
                const cell = flagCellOf(resolved, row.year, index);
                const flag = result.flag[cell] as number;
                return [
                  result.rule.id,
                  {
                    flag: flag === FLAGGED ? true : flag === UNDECIDED ? null : false,
                    met: result.met[cell],
                    unknown: result.unjudged[cell],
                  },
                ];
              }),
            ),
          }
        : {}),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
