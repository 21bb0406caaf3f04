/**
 * The indicator table as files: one row per area and year with each indicator's value, missing
 * reason, class and the parent and city values. The CLI writes it; the app's exports use the same
 * code, so both give the same numbers.
 */
import { classifyCells } from '../engine/classify-cells';
import { defaultClassification } from '../engine/default-classification';
import { hasValue, statusOf, type Cells, type DerivedDataset, type DerivedIndicator } from '../engine/types';
import { localize, type Locale } from '../i18n/locale';
import { describeStatus } from '../i18n/status';
import type { ClassificationMethod } from '../manifest/schema';
import { csvStyle, escapeCsvText, formatCsvNumber, writeCsv } from './write-csv';

/** What to put in the table. */
export interface TableRequest {
  readonly level?: string;
  readonly year?: number | 'all';
  readonly indicators?: readonly string[];
  readonly classify?: { readonly method: ClassificationMethod; readonly classes: number };
}

/** One indicator's entry in one row. */
export interface TableValue {
  readonly value: number | null;
  readonly status: ReturnType<typeof statusOf>;
  /** 1-based class, null where the value is missing. */
  readonly class: number | null;
  readonly parent: number | null;
  readonly city: number | null;
}

export interface TableRow {
  readonly id: string;
  readonly name: string;
  readonly parentId: string;
  readonly parentName: string;
  readonly year: number;
  readonly values: readonly TableValue[];
}

/** The resolved table: rows sorted by year, then area id. */
export interface IndicatorTable {
  readonly derived: DerivedDataset;
  readonly levelId: string;
  readonly indicators: readonly DerivedIndicator[];
  /** Per indicator: class upper bounds per listed year. */
  readonly breaks: readonly (readonly (readonly number[])[])[];
  readonly years: readonly number[];
  readonly rows: readonly TableRow[];
}

const valueAt = (cells: Cells, index: number): number | null =>
  index >= 0 && hasValue(cells.status[index]!) ? cells.values[index]! : null;

/** Checks a request against the dataset and builds the table; unknown names give a message listing what exists. */
export function resolveTableRequest(
  derived: DerivedDataset,
  request: TableRequest,
): { ok: true; table: IndicatorTable } | { ok: false; message: string } {
  const { data } = derived;
  const levelId = request.level ?? data.manifest.defaults?.level ?? data.levels[0]!.id;
  const levelIndex = data.levels.findIndex((level) => level.id === levelId);
  if (levelIndex < 0)
    return {
      ok: false,
      message: `--level ${levelId}: unbekannt / unknown (${data.levels.map((level) => level.id).join(', ')})`,
    };
  const wantedYear = request.year ?? data.manifest.defaults?.year ?? data.years.at(-1);
  const yearIndices =
    wantedYear === 'all'
      ? data.years.map((_, index) => index)
      : [data.years.indexOf(wantedYear ?? Number.NaN)];
  if (yearIndices.some((index) => index < 0))
    return {
      ok: false,
      message: `--year ${wantedYear}: nicht im Datensatz / not in the dataset (${data.years.join(', ')})`,
    };
  const ids = request.indicators ?? [...derived.indicators.keys()];
  const unknown = ids.filter((id) => !derived.indicators.has(id));
  if (unknown.length > 0)
    return {
      ok: false,
      message: `--indicators ${unknown.join(',')}: unbekannt / unknown (${[...derived.indicators.keys()].join(', ')})`,
    };
  const indicators = ids.map((id) => derived.indicators.get(id)!);
  const level = data.levels[levelIndex]!;
  const parentLevel = data.levels[levelIndex + 1];
  const areaCount = level.areaIds.length;
  const parentCount = parentLevel?.areaIds.length ?? 0;
  const classified = indicators.map((indicator) =>
    classifyCells(
      indicator.levels[levelIndex]!,
      areaCount,
      yearIndices,
      defaultClassification(indicator.spec, request.classify),
    ),
  );
  const rows: TableRow[] = [];
  yearIndices.forEach((yearIndex, listed) => {
    for (let area = 0; area < areaCount; area++) {
      const parent = level.parentIndex?.[area] ?? -1;
      rows.push({
        id: level.areaIds[area]!,
        name: level.names[area] ?? '',
        parentId: parent >= 0 ? (parentLevel?.areaIds[parent] ?? '') : '',
        parentName: parent >= 0 ? (parentLevel?.names[parent] ?? '') : '',
        year: data.years[yearIndex]!,
        values: indicators.map((indicator, column) => {
          const cell = yearIndex * areaCount + area;
          const cells = indicator.levels[levelIndex]!;
          const classIndex = classified[column]!.classes[listed * areaCount + area]!;
          return {
            value: valueAt(cells, cell),
            status: statusOf(cells.status[cell]!),
            class: classIndex >= 0 ? classIndex + 1 : null,
            parent:
              parentLevel && parent >= 0
                ? valueAt(indicator.levels[levelIndex + 1]!, yearIndex * parentCount + parent)
                : null,
            city: valueAt(indicator.city, yearIndex),
          };
        }),
      });
    }
  });
  return {
    ok: true,
    table: {
      derived,
      levelId,
      indicators,
      breaks: classified.map((result) => result.breaks),
      years: yearIndices.map((index) => data.years[index]!),
      rows,
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
    parent: 'übergeordnet',
    city: 'Stadt',
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
    parent: 'parent',
    city: 'city',
  },
} as const;

/** CSV in the locale's spreadsheet convention (German: BOM, `;`, decimal comma), values with the indicator's decimals. */
export function tableToCsv(table: IndicatorTable, locale: Locale): string {
  const style = csvStyle(locale);
  const words = headers[locale];
  const separator = locale === 'de' ? ' ' : '_';
  const header: string[] = [words.id, words.name, words.level, words.parentId, words.parentName, words.year];
  for (const { spec } of table.indicators)
    header.push(
      spec.id,
      `${spec.id}${separator}${words.reason}`,
      `${spec.id}${separator}${words.class}`,
      `${spec.id}${separator}${words.parent}`,
      `${spec.id}${separator}${words.city}`,
    );
  const number = (value: number | null, decimals: number) =>
    value === null ? '' : formatCsvNumber(value, decimals, style);
  const rows = table.rows.map((row) => {
    const cells = [
      escapeCsvText(row.id, style),
      escapeCsvText(row.name, style),
      escapeCsvText(table.levelId, style),
      escapeCsvText(row.parentId, style),
      escapeCsvText(row.parentName, style),
      String(row.year),
    ];
    row.values.forEach((entry, column) => {
      const decimals = table.indicators[column]!.spec.decimals;
      cells.push(
        number(entry.value, decimals),
        escapeCsvText(entry.value === null ? describeStatus(entry.status, locale) : '', style),
        entry.class === null ? '' : String(entry.class),
        number(entry.parent, decimals),
        number(entry.city, decimals),
      );
    });
    return cells;
  });
  return writeCsv(header, rows, style);
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1e6) / 1e6);

/** JSON for scripts: metadata (labels, units, classification breaks) and the rows, numbers rounded to 6 decimals. */
export function tableToJson(table: IndicatorTable, locale: Locale): string {
  const { manifest } = table.derived.data;
  const document = {
    dataset: {
      id: manifest.id,
      title: localize(manifest.title, locale),
      source: localize(manifest.source, locale),
      fictional: manifest.fictional,
    },
    level: table.levelId,
    years: table.years,
    indicators: table.indicators.map(({ spec }, column) => ({
      id: spec.id,
      label: localize(spec.label, locale),
      unit: localize(spec.unit, locale),
      decimals: spec.decimals,
      polarity: spec.polarity,
      breaks: table.breaks[column]!.map((bounds) => bounds.map((bound) => round(bound))),
    })),
    rows: table.rows.map((row) => ({
      id: row.id,
      name: row.name,
      parentId: row.parentId || null,
      parentName: row.parentName || null,
      year: row.year,
      values: Object.fromEntries(
        row.values.map((entry, column) => [
          table.indicators[column]!.spec.id,
          {
            value: round(entry.value),
            reason: entry.value === null ? entry.status : null,
            class: entry.class,
            parent: round(entry.parent),
            city: round(entry.city),
          },
        ]),
      ),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
