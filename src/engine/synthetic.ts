/**
 * A seeded synthetic dataset (three levels, counts and rates) for benchmarks and property tests.
 * Fictional numbers with plausible magnitudes; the same seed always gives the same data.
 */
import type { IndicatorSpec, Manifest } from '../manifest/schema';
import { statusCode, type AreaId, type Cells, type DatasetData, type LevelData } from './types';

/** Size and seed of a synthetic dataset. */
export interface SyntheticOptions {
  /** Number of base areas (Sozialräume). */
  readonly areas: number;
  /** Number of consecutive years. */
  readonly years: number;
  /** Number of indicators (counts, rates, changes, a trend, an index; more are extra rates). */
  readonly indicators: number;
  readonly seed: number;
  /** Default 2001. */
  readonly firstYear?: number;
}

/**
 * A small, fast, seeded PRNG (mulberry32): numbers in [0, 1). The engine never calls Math.random.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // the same first number on every run and platform
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VARIABLES = [
  'einwohner',
  'einwohner_15_64',
  'einwohner_u15',
  'arbeitslose',
  'sgb2',
  'sgb2_u15',
] as const;
const common = { decimals: 1, polarity: 'higher-is-worse' } as const;
const rate = (id: string, numerator: string, denominator: string): IndicatorSpec => ({
  ...common,
  id,
  label: id,
  type: 'rate',
  numerator,
  denominator,
  per: 100,
});
const TEMPLATES: readonly IndicatorSpec[] = [
  {
    ...common,
    polarity: 'neutral',
    id: 'einwohner',
    label: 'Einwohner',
    type: 'count',
    variable: 'einwohner',
  },
  rate('arbeitslosenquote', 'arbeitslose', 'einwohner_15_64'),
  rate('sgb2Quote', 'sgb2', 'einwohner'),
  rate('kinderarmut', 'sgb2_u15', 'einwohner_u15'),
  {
    ...common,
    id: 'sgb2Veraenderung',
    label: 'Δ',
    type: 'change',
    of: 'sgb2Quote',
    periods: 2,
    mode: 'absolute',
  },
  { ...common, id: 'sgb2Trend', label: 'Trend', type: 'trend', of: 'sgb2Quote', periods: 4 },
  {
    ...common,
    id: 'statusIndex',
    label: 'Status',
    type: 'index',
    members: ['arbeitslosenquote', 'sgb2Quote', 'kinderarmut'].map((indicator) => ({ indicator, weight: 1 })),
    method: 'sum-restandardise',
    sd: 'population',
  },
  {
    ...common,
    id: 'alqVeraenderung',
    label: 'Δ %',
    type: 'change',
    of: 'arbeitslosenquote',
    periods: 1,
    mode: 'relative',
  },
  { ...common, id: 'arbeitslose', label: 'Arbeitslose', type: 'count', variable: 'arbeitslose' },
  rate('anteilU15', 'einwohner_u15', 'einwohner'),
];

/**
 * Builds a DatasetData with `areas` base areas grouped 8 to a district region and 12 regions to a
 * district (3 levels), `years` years, the first `indicators` of a fixed list (then extra rates),
 * options minCount 3 and minPopulation 300 on `einwohner`, and about 0.3 % cells marked unknown.
 *
 * @example
 * const data = makeSyntheticDataset({ areas: 542, years: 10, indicators: 10, seed: 1 });
 * data.levels.map((level) => level.areaIds.length); // [542, 68, 6]
 */
export function makeSyntheticDataset(options: SyntheticOptions): DatasetData {
  const random = seededRandom(options.seed);
  const firstYear = options.firstYear ?? 2001;
  const years = Array.from({ length: options.years }, (_, index) => firstYear + index);
  const counts = [options.areas, Math.ceil(options.areas / 8), Math.ceil(options.areas / 96)];
  const levelIds = ['sozialraum', 'bezirksregion', 'bezirk'];
  const levels: LevelData[] = counts.map((count, level) => ({
    id: levelIds[level] as string,
    label: levelIds[level] as string,
    areaIds: Array.from(
      { length: count },
      (_, index) => `${level}${String(index).padStart(7, '0')}` as AreaId,
    ),
    names: Array.from({ length: count }, (_, index) => `Gebiet ${level}-${index}`),
    parentIndex:
      level < 2
        ? Int32Array.from({ length: count }, (_, index) => Math.floor(index / (level === 0 ? 8 : 12)))
        : null,
  }));
  const variables = makeVariables(options.areas, years.length, random);
  const indicators: IndicatorSpec[] = [];
  for (let index = 0; index < options.indicators; index++) {
    indicators.push(
      TEMPLATES[index] ?? rate(`extraRate${index}`, 'sgb2', index % 2 ? 'einwohner' : 'einwohner_15_64'),
    );
  }
  const manifest: Manifest = {
    formatVersion: 1,
    id: 'synthetic',
    title: 'Synthetische Stadt',
    fictional: true,
    levels: levelIds.map((id) => ({ id, label: id })),
    tables: [
      { id: 'daten', layout: 'long', file: 'daten.csv', idColumn: 'id', yearColumn: 'jahr', columns: {} },
    ],
    variables: VARIABLES.map((id) => ({ id, label: id, kind: 'count' })),
    indicators,
    options: { minCount: 3, minPopulation: 300, populationVariable: 'einwohner', sd: 'population' },
  };
  return { manifest, years, levels, variables };
}

/** Population with a slow random walk; the other counts as plausible shares of it. */
function makeVariables(areaCount: number, yearCount: number, random: () => number): Map<string, Cells> {
  const cellCount = areaCount * yearCount;
  const arrays = Object.fromEntries(VARIABLES.map((id) => [id, new Float64Array(cellCount)])) as Record<
    (typeof VARIABLES)[number],
    Float64Array
  >;
  for (let area = 0; area < areaCount; area++) {
    let population = random() < 0.01 ? 50 + Math.floor(random() * 250) : 300 + Math.floor(random() * 8000);
    const poverty = 0.02 + random() * 0.25;
    for (let year = 0; year < yearCount; year++) {
      const cell = year * areaCount + area;
      population = Math.max(20, Math.round(population * (0.97 + random() * 0.06)));
      const working = Math.round(population * (0.6 + random() * 0.1));
      const children = Math.round(population * (0.1 + random() * 0.08));
      arrays.einwohner[cell] = population;
      arrays.einwohner_15_64[cell] = working;
      arrays.einwohner_u15[cell] = children;
      arrays.arbeitslose[cell] = Math.round(working * poverty * (0.3 + random() * 0.2));
      arrays.sgb2[cell] = Math.round(population * poverty * (0.8 + random() * 0.4));
      arrays.sgb2_u15[cell] = Math.round(children * poverty * (1.2 + random() * 0.6));
    }
  }
  const unknown = statusCode('unknown');
  const variables = new Map<string, Cells>();
  for (const id of VARIABLES) {
    const values = arrays[id];
    const status = new Uint8Array(cellCount);
    // einwohner stays complete; other counts get a few unknown cells (secret or not delivered)
    if (id !== 'einwohner') {
      for (let cell = 0; cell < cellCount; cell++) {
        if (random() < 0.003) {
          status[cell] = unknown;
          values[cell] = Number.NaN;
        }
      }
    }
    variables.set(id, { values, status });
  }
  return variables;
}
