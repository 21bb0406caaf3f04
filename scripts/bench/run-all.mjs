/**
 * `npm run bench`: every benchmark in turn, each reporting ratios against a baseline measured in the
 * same run. Runs all of them even when one is over budget, then exits 1 if any was.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['engine and CSV loader', 'node', ['--expose-gc', 'dist-bench/bench.mjs']],
  ['bundle size', 'node', ['scripts/bench/bundle/run.mjs']],
  ['map: first paint and repaint', 'node', ['scripts/bench/map/run.mjs']],
];
const failed = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
console.log(
  failed.length === 0 ? '\nAll benchmarks within budget.' : `\nOver budget or failed: ${failed.join(', ')}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
