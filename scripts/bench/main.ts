/**
 * `npm run bench`: engine and loader benchmarks as ratios against baselines measured in the same run.
 * Budgets: ../shared/DESIGN.md; results and how to read them: docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { readBeside } from '../../src/cli/read-files';
import { loadDataset } from '../../src/io/load-dataset';
import { benchCsv } from './csv-bench';
import { benchEngine, syntheticSets } from './engine-bench';

async function main(): Promise<void> {
  console.log(
    `Quartiersmonitor benchmarks — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})\n`,
  );
  const demoPath = 'data/demo/manifest.json';
  const demo = await loadDataset(readFileSync(demoPath, 'utf8'), readBeside(demoPath));
  if (!demo.ok) throw new Error('demo did not load');
  const results = [benchEngine('demo city 99 × 15 × 10', demo.value.data, 31)];
  for (const set of syntheticSets()) results.push(benchEngine(set.name, set.data, set.runs));
  const small = results.find((result) => result.name.includes('5,000'))!;
  const large = results.find((result) => result.name.includes('50,000'))!;
  console.log(
    `engine  linearity: ns/value at 50,000 areas ÷ ns/value at 5,000 areas = ${(large.nsPerValue / small.nsPerValue).toFixed(2)} (1.00 = linear)`,
  );
  console.log(
    `engine  budget: 10 M values ${large.engineMs < 1000 ? 'within' : 'OVER'} 1 s (${large.engineMs.toFixed(0)} ms)\n`,
  );
  const csv = benchCsv(680_000, 5);
  const failures = [
    large.engineMs >= 1000 && 'engine 10 M values ≥ 1 s',
    csv.ratio > 1.5 && 'CSV path > 1.5× papaparse',
  ].filter(Boolean);
  if (failures.length > 0) {
    console.log(`\nOVER BUDGET: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

await main();
