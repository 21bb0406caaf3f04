/**
 * `npm run bench`: engine and loader benchmarks as ratios against baselines measured in the same run.
 * Budgets: ../shared/DESIGN.md; results and how to read them: docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { readBeside } from '../../src/cli/read-files';
import { loadDataset } from '../../src/io/load-dataset';
import { benchCharts } from './chart-bench';
import { benchCsv } from './csv-bench';
import { benchEngine, syntheticSets } from './engine-bench';

/** Charts may cost this much more than a bare d3 + React render of the same marks (frame, axes, labels). */
const CHART_RATIO_BUDGET = 3;

async function main(): Promise<void> {
  if (process.argv.includes('--only-charts')) {
    const charts = [...benchCharts(542, 21), ...benchCharts(5_000, 9)];
    const over = charts.filter((chart) => chart.ratio > CHART_RATIO_BUDGET);
    if (over.length > 0) {
      console.log(`\nOVER BUDGET: ${over.map((chart) => chart.name).join('; ')}`);
      process.exitCode = 1;
    }
    return;
  }
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
  console.log('');
  const charts = [...benchCharts(542, 21), ...benchCharts(5_000, 9)];
  const chartsOver = charts.filter((chart) => chart.ratio > CHART_RATIO_BUDGET);
  const failures = [
    ...chartsOver.map((chart) => `${chart.name} > ${CHART_RATIO_BUDGET}× its bare baseline`),
    large.engineMs >= 1000 && 'engine 10 M values ≥ 1 s',
    csv.ratio > 1.5 && 'CSV path > 1.5× papaparse',
  ].filter(Boolean);
  if (failures.length > 0) {
    console.log(`\nOVER BUDGET: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

await main();
