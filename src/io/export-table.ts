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
import { describeStatus } from '../i18n/status';
import type { ClassificationMethod, IndicatorSpec } from '../manifest/schema';
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
    parent: 'parent',
    city: 'city',
    met: 'thresholds_met',
    unjudged: 'thresholds_unknown',
    flag: { yes: 'yes', no: 'no', undecided: 'undecided' },
  },
} as const;

/** CSV in the locale's spreadsheet convention (German: BOM, `;`, decimal comma), values with the indicator's decimals. */
export function tableToCsv(resolved: ResolvedTable, locale: Locale): string {
  const style = csvStyle(locale);
  const words = headers[locale];
  const separator = locale === 'de' ? ' ' : '_';
  const header: string[] = [words.id, words.name, words.level, words.parentId, words.parentName, words.year];
  for (const spec of resolved.indicators)
    header.push(
      spec.id,
      `${spec.id}${separator}${words.reason}`,
      `${spec.id}${separator}${words.class}`,
      `${spec.id}${separator}${words.parent}`,
      `${spec.id}${separator}${words.city}`,
    );
  const flagRules = resolved.flags?.rules ?? [];
  for (const result of flagRules)
    header.push(
      result.rule.id,
      `${result.rule.id}${separator}${words.met}`,
      `${result.rule.id}${separator}${words.unjudged}`,
    );
  const number = (value: number | null, decimals: number) =>
    value === null ? '' : formatCsvNumber(value, decimals, style);
  const rows = resolved.table.rows.map((row, index) => {
    const cells = [
      escapeCsvText(row.areaId, style),
      escapeCsvText(row.name, style),
      escapeCsvText(row.levelId, style),
      escapeCsvText(row.parentId ?? '', style),
      escapeCsvText(row.parentName ?? '', style),
      String(row.year),
    ];
    for (const spec of resolved.indicators) {
      const entry = row.cells[spec.id]!;
      cells.push(
        number(entry.value, spec.decimals),
        escapeCsvText(entry.value === null ? describeStatus(entry.status, locale) : '', style),
        entry.class === null ? '' : String(entry.class),
        number(entry.parentValue, spec.decimals),
        number(entry.cityValue, spec.decimals),
      );
    }
    const cell = flagCellOf(resolved, row.year, index);
    for (const result of flagRules) {
      const flag = result.flag[cell] as number;
      cells.push(
        flag === FLAGGED ? words.flag.yes : flag === UNDECIDED ? words.flag.undecided : words.flag.no,
        String(result.met[cell]),
        String(result.unjudged[cell]),
      );
    }
    return cells;
  });
  return writeCsv(header, rows, style);
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
      breaks: table.breaks[spec.id]!.map((bounds) => bounds.map((bound) => round(bound))),
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
          return [
            spec.id,
            {
              value: round(entry.value),
              reason: entry.value === null ? entry.status : null,
              class: entry.class,
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
