/**
 * Engine benchmark: the full derivation (rates, parents, city, changes, trends, index, z-scores,
 * default classes) for the demo, a Berlin-size and a 10 M value synthetic dataset. The baseline, run
 * in the same process, is one plain pass over the same input cells (a rate loop without any of the
 * semantics): the cost of just touching the data.
 */
import { deriveAll } from '../../src/engine/derive-all';
import { makeSyntheticDataset } from '../../src/engine/synthetic';
import type { DatasetData } from '../../src/engine/types';
import { compare, ms } from './measure';

/** One bare pass: numerator / denominator × 100 for every pair of input variables, base level only. */
function bareRateLoop(data: DatasetData): number {
  const variables = [...data.variables.values()];
  let checksum = 0;
  for (let index = 0; index + 1 < variables.length; index += 2) {
    const numerator = variables[index]!.values;
    const denominator = variables[index + 1]!.values;
    const out = new Float64Array(numerator.length);
    for (let cell = 0; cell < numerator.length; cell++)
      out[cell] = (numerator[cell]! / denominator[cell]!) * 100;
    checksum += out[0]!;
  }
  return checksum;
}

export interface EngineResult {
  readonly name: string;
  readonly values: number;
  readonly engineMs: number;
  readonly baselineMs: number;
  readonly ratio: number;
  readonly nsPerValue: number;
}

/** Derives one dataset repeatedly against the bare loop; `values` = areas × indicators × years. */
export function benchEngine(name: string, data: DatasetData, runs: number): EngineResult {
  const values = data.levels[0]!.areaIds.length * data.manifest.indicators.length * data.years.length;
  const { candidate, baseline } = compare(
    () => deriveAll(data),
    () => bareRateLoop(data),
    runs,
  );
  const result = {
    name,
    values,
    engineMs: candidate.median,
    baselineMs: baseline.median,
    ratio: candidate.median / baseline.median,
    nsPerValue: (candidate.median * 1e6) / values,
  };
  console.log(
    `engine  ${name.padEnd(34)} ${String(values).padStart(10)} values  ${ms(result.engineMs).padStart(9)}  ` +
      `bare loop ${ms(result.baselineMs).padStart(8)}  ratio ${result.ratio.toFixed(1)}×  ${result.nsPerValue.toFixed(0)} ns/value`,
  );
  return result;
}

/** The synthetic sizes of DESIGN.md's budgets. */
export function syntheticSets(): { name: string; data: DatasetData; runs: number }[] {
  return [
    {
      name: 'Berlin-size 542 × 10 × 10',
      data: makeSyntheticDataset({ areas: 542, indicators: 10, years: 10, seed: 1 }),
      runs: 21,
    },
    {
      name: 'synthetic 5,000 × 10 × 20',
      data: makeSyntheticDataset({ areas: 5_000, indicators: 10, years: 20, seed: 2 }),
      runs: 7,
    },
    {
      name: 'synthetic 50,000 × 10 × 20',
      data: makeSyntheticDataset({ areas: 50_000, indicators: 10, years: 20, seed: 3 }),
      runs: 5,
    },
  ];
}
