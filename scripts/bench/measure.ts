/** Timing helpers for benchmarks: medians of repeated runs, with garbage collection between runs. */
import { performance } from 'node:perf_hooks';

declare const gc: (() => void) | undefined;

export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times, and returns the milliseconds. */
export function measure(work: () => unknown, runs: number, warmup = 1): Timing {
  for (let index = 0; index < warmup; index++) work();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    if (typeof gc === 'function') gc();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)]!,
    min: times[0]!,
    max: times[times.length - 1]!,
    runs,
  };
}

/** Interleaves candidate and baseline runs so that machine noise hits both alike. */
export function compare(
  candidate: () => unknown,
  baseline: () => unknown,
  runs: number,
): { candidate: Timing; baseline: Timing } {
  candidate();
  baseline();
  const candidateTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let index = 0; index < runs; index++) {
    for (const [work, times] of [
      [baseline, baselineTimes],
      [candidate, candidateTimes],
    ] as const) {
      if (typeof gc === 'function') gc();
      const start = performance.now();
      work();
      times.push(performance.now() - start);
    }
  }
  const summary = (times: number[]): Timing => {
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)]!,
      min: times[0]!,
      max: times[times.length - 1]!,
      runs,
    };
  };
  return { candidate: summary(candidateTimes), baseline: summary(baselineTimes) };
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
