import { describe, expect, it } from 'vitest';
import { deriveDataset } from '../../../src/engine/derive';
import { statusOf, type CellStatus, type Cells } from '../../../src/engine/types';
import { makeDataset, TWO_LEVELS, type TestVariable } from './make-dataset';

const rateIndicator = [
  { id: 'quote', label: 'SGB-II-Quote', type: 'rate' as const, numerator: 'sgb2', denominator: 'einwohner' },
];

function cellsOf(cells: Cells): (number | CellStatus)[] {
  return Array.from(cells.status, (code, index) =>
    code <= 1 ? Math.round((cells.values[index] as number) * 1e9) / 1e9 : statusOf(code),
  );
}

function rate(sgb2: TestVariable, einwohner: TestVariable, options = {}) {
  const data = makeDataset({
    years: [2020],
    levels: TWO_LEVELS,
    variables: { sgb2, einwohner },
    indicators: rateIndicator,
    options,
  });
  const derived = deriveDataset(data).indicators.get('quote');
  if (!derived) throw new Error('no quote');
  return {
    base: cellsOf(derived.levels[0] as Cells),
    district: cellsOf(derived.levels[1] as Cells),
    city: cellsOf(derived.city),
    partial: [...(derived.levels[1] as Cells).status, ...derived.city.status].map((code) => statusOf(code)),
  };
}

// Expected values worked by hand: base = sgb2 / einwohner × 100; district X = (a + b) sums, Y = c;
// city = all three sums. Never a mean of child rates.
describe('rate', () => {
  it.each([
    {
      name: 'parents are Σnum / Σden, not the mean of rates',
      sgb2: { a: 12, b: 30, c: 10 },
      einwohner: { a: 200, b: 400, c: 1000 },
      // a 6, b 7.5, c 1; X = 42/600 = 7 (mean of rates would be 6.75); city 52/1600 = 3.25
      base: [6, 7.5, 1],
      district: [7, 1],
      city: [3.25],
    },
    {
      name: 'zero denominator',
      sgb2: { a: 0, b: 30, c: 10 },
      einwohner: { a: 0, b: 400, c: 1000 },
      // a 0/0; X = 30/400 = 7.5 (a contributes 0 to both sums); city 40/1400
      base: ['zero-denominator', 7.5, 1],
      district: [7.5, 1],
      city: [Math.round((40 / 1400) * 100 * 1e9) / 1e9],
    },
    {
      name: 'small numerators are suppressed, zero is shown, parents use the real sums',
      sgb2: { a: 2, b: 0, c: 1 },
      einwohner: { a: 100, b: 100, c: 100 },
      // a 2 < 3 suppressed, b 0 shown; X = 2/200 → numerator 2 suppressed too; Y 1 suppressed; city 3/300 = 1
      base: ['suppressed', 0, 'suppressed'],
      district: ['suppressed', 'suppressed'],
      city: [1],
    },
    {
      name: 'missing numerator first, then denominator; parent partial over areas with both',
      sgb2: { a: '.', b: 30, c: 10 },
      einwohner: { a: 'x', b: 400, c: 'empty' },
      // a → 'unknown' (numerator first); c → 'empty'; X = 30/400 partial; Y has no child with both → 'empty'
      base: ['unknown', 7.5, 'empty'],
      district: [7.5, 'empty'],
      city: [7.5],
    },
    {
      name: 'children disagreeing on the reason give unknown',
      sgb2: { a: '*', b: '-', c: 10 },
      einwohner: { a: 100, b: 100, c: 1000 },
      base: ['anonymised', 'none', 1],
      district: ['unknown', 1],
      city: [1],
    },
  ])('$name', ({ sgb2, einwohner, base, district, city }) => {
    const result = rate(sgb2, einwohner);
    expect(result.base).toEqual(base);
    expect(result.district).toEqual(district);
    expect(result.city).toEqual(city);
  });

  it('marks a parent partial when some children lacked values', () => {
    const result = rate({ a: '.', b: 30, c: 10 }, { a: 100, b: 400, c: 1000 });
    expect(result.partial).toEqual(['partial', 'ok', 'partial']);
  });

  it.each([
    // minPopulation 300 on einwohner: a (200) excluded; X (600) and the city stay
    { minPopulation: 300, base: ['excluded', 7.5, 1], district: [7, 1] },
    // 700: X (600) is excluded too, the city (1600) is not
    { minPopulation: 700, base: ['excluded', 'excluded', 1], district: ['excluded', 1] },
  ])('excludes areas below minPopulation $minPopulation', ({ minPopulation, base, district }) => {
    const result = rate(
      { a: 12, b: 30, c: 10 },
      { a: 200, b: 400, c: 1000 },
      { minPopulation, populationVariable: 'einwohner' },
    );
    expect(result.base).toEqual(base);
    expect(result.district).toEqual(district);
    expect(result.city).toEqual([3.25]);
  });

  it('sums several variables in one operand; a missing one makes the cell missing', () => {
    const data = makeDataset({
      years: [2020],
      levels: TWO_LEVELS,
      variables: {
        sgb2: { a: 10, b: 20, c: 5 },
        sgb12: { a: 2, b: '.', c: 5 },
        einwohner: { a: 100, b: 100, c: 100 },
      },
      indicators: [
        { id: 'transfer', label: 'T', type: 'rate', numerator: ['sgb2', 'sgb12'], denominator: 'einwohner' },
      ],
    });
    const cells = deriveDataset(data).indicators.get('transfer')?.levels[0] as Cells;
    // a (10 + 2) / 100 = 12 %, b has an unknown part, c (5 + 5) / 100 = 10 %
    expect(cellsOf(cells)).toEqual([12, 'unknown', 10]);
  });

  it('gives not-aggregable to parents of a rate over a given share', () => {
    const data = makeDataset({
      years: [2020],
      levels: TWO_LEVELS,
      variables: { anteil: { a: 10, b: 20, c: 5 }, eins: { a: 1, b: 1, c: 1 } },
      shares: ['anteil'],
      indicators: [{ id: 'r', label: 'R', type: 'rate', numerator: 'anteil', denominator: 'eins', per: 1 }],
    });
    const derived = deriveDataset(data).indicators.get('r');
    expect(cellsOf(derived?.levels[0] as Cells)).toEqual([10, 20, 5]);
    expect(cellsOf(derived?.levels[1] as Cells)).toEqual(['not-aggregable', 'not-aggregable']);
  });

  it('does not change its input', () => {
    const data = makeDataset({
      years: [2020],
      levels: TWO_LEVELS,
      variables: { sgb2: { a: 12, b: 30, c: 10 }, einwohner: { a: 200, b: 400, c: 1000 } },
      indicators: rateIndicator,
    });
    const before = [...(data.variables.get('sgb2') as Cells).values];
    const statusBefore = [...(data.variables.get('sgb2') as Cells).status];
    Object.freeze(data.manifest);
    deriveDataset(data);
    expect([...(data.variables.get('sgb2') as Cells).values]).toEqual(before);
    expect([...(data.variables.get('sgb2') as Cells).status]).toEqual(statusBefore);
  });
});

describe('minimum population and missing rows', () => {
  it('keeps "no data" for a year without a row instead of calling the area excluded', () => {
    // Worked by hand: 2020 has a row (12 / 400 × 100 = 3); 2021 has none; 2022 is below 300.
    const data = makeDataset({
      years: [2020, 2021, 2022],
      levels: [{ id: 'sozialraum', areas: [{ id: 'a' }] }],
      variables: { einwohner: { a: [400, 'no-row', 250] }, sgb2: { a: [12, 'no-row', 10] } },
      indicators: [
        { id: 'quote', label: 'Quote', type: 'rate', numerator: 'sgb2', denominator: 'einwohner' },
      ],
      options: { minPopulation: 300, populationVariable: 'einwohner' },
    });
    expect(cellsOf(deriveDataset(data).indicators.get('quote')!.levels[0]!)).toEqual([
      3,
      'no-row',
      'excluded',
    ]);
  });
});
