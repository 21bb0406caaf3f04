/**
 * Builds DatasetData for tests from plain objects, with a full Manifest (defaults filled in by
 * running the real zod schema). Reused by engine, state and CLI tests.
 *
 * @example
 * const data = makeDataset({
 *   years: [2020],
 *   levels: [
 *     { id: 'sozialraum', areas: [{ id: 'a', parent: 'X' }, { id: 'b', parent: 'X' }] },
 *     { id: 'bezirk', areas: [{ id: 'X' }] },
 *   ],
 *   variables: { einwohner: { a: [100], b: [200] }, sgb2: { a: [12], b: '.' } },
 *   indicators: [{ id: 'quote', label: 'Quote', type: 'rate', numerator: 'sgb2', denominator: 'einwohner' }],
 * });
 */
import { manifest, type ManifestInput, type MissingReason } from '../../../src/manifest/schema';
import {
  statusCode,
  type AreaId,
  type Cells,
  type DatasetData,
  type LevelData,
} from '../../../src/engine/types';

/** German official statistics symbols, as the io layer reads them. */
const SYMBOLS: Readonly<Record<string, MissingReason>> = {
  '.': 'unknown',
  '*': 'anonymised',
  '-': 'none',
  '–': 'none',
  x: 'not-meaningful',
  '/': 'unreliable',
  '...': 'later',
  'k.A.': 'not-available',
  '': 'empty',
};

/** A cell: a number, a missing reason, or an official symbol ('.', '*', '-', 'x', '/', '...', 'k.A.', ''). */
export type TestCell = number | MissingReason | string;

export interface TestArea {
  readonly id: string;
  readonly name?: string;
  /** Id of the parent in the next level; absent or unknown → parentIndex −1. */
  readonly parent?: string;
}

export interface TestLevel {
  readonly id: string;
  readonly areas: readonly TestArea[];
}

/** Values per area id: one cell per year, or one cell / reason for all years. Areas not listed get `no-row`. */
export type TestVariable = Readonly<Record<string, readonly TestCell[] | TestCell>>;

export interface TestDatasetInput {
  readonly years: readonly number[];
  /** Fine → coarse. */
  readonly levels: readonly TestLevel[];
  readonly variables: Readonly<Record<string, TestVariable>>;
  /** Variables of kind `share` (others are counts). */
  readonly shares?: readonly string[];
  readonly indicators: ManifestInput['indicators'];
  readonly options?: ManifestInput['options'];
  readonly handlungsbedarf?: ManifestInput['handlungsbedarf'];
  /** Keep the areas in the given order instead of sorting by id (the io contract sorts). */
  readonly keepAreaOrder?: boolean;
}

/** Builds a complete DatasetData; throws on inconsistent test input. */
export function makeDataset(input: TestDatasetInput): DatasetData {
  const levelAreas = input.levels.map((level) =>
    input.keepAreaOrder
      ? [...level.areas]
      : [...level.areas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
  const parsed = manifest.parse({
    formatVersion: 1,
    id: 'test',
    title: 'Test',
    levels: input.levels.map((level) => ({ id: level.id, label: level.id })),
    tables: [
      { id: 'table', layout: 'long', file: 'table.csv', idColumn: 'id', yearColumn: 'year', columns: {} },
    ],
    variables: Object.keys(input.variables).map((id) => ({
      id,
      label: id,
      kind: input.shares?.includes(id) ? 'share' : 'count',
    })),
    indicators: input.indicators,
    handlungsbedarf: input.handlungsbedarf,
    options: input.options,
  });
  const levels: LevelData[] = levelAreas.map((areas, index) => {
    const coarser = levelAreas[index + 1];
    const parentIndex =
      coarser === undefined
        ? null
        : Int32Array.from(areas, (area) => coarser.findIndex((candidate) => candidate.id === area.parent));
    return {
      id: input.levels[index]?.id ?? `level${index}`,
      label: input.levels[index]?.id ?? `level${index}`,
      areaIds: areas.map((area) => area.id as AreaId),
      names: areas.map((area) => area.name ?? area.id),
      parentIndex,
    };
  });
  const baseAreas = levelAreas[0] ?? [];
  const yearCount = input.years.length;
  const variables = new Map<string, Cells>();
  for (const [id, byArea] of Object.entries(input.variables)) {
    const values = new Float64Array(baseAreas.length * yearCount);
    const status = new Uint8Array(values.length);
    baseAreas.forEach((area, areaIndex) => {
      const given = byArea[area.id];
      for (let year = 0; year < yearCount; year++) {
        const cell: TestCell =
          given === undefined
            ? 'no-row'
            : Array.isArray(given)
              ? (given[year] ?? 'no-row')
              : (given as TestCell);
        const index = year * baseAreas.length + areaIndex;
        if (typeof cell === 'number') values[index] = cell;
        else {
          values[index] = Number.NaN;
          status[index] = statusCode(SYMBOLS[cell] ?? (cell as MissingReason));
        }
      }
    });
    variables.set(id, { values, status });
  }
  return { manifest: parsed, years: [...input.years], levels, variables };
}

/** A flat three-area, one-district dataset for quick tests. */
export const TWO_LEVELS: readonly TestLevel[] = [
  {
    id: 'sozialraum',
    areas: [
      { id: 'a', name: 'Altstadt', parent: 'X' },
      { id: 'b', name: 'Bahnhof', parent: 'X' },
      { id: 'c', name: 'Chausseeviertel', parent: 'Y' },
    ],
  },
  {
    id: 'bezirk',
    areas: [
      { id: 'X', name: 'Nord' },
      { id: 'Y', name: 'Süd' },
    ],
  },
];
