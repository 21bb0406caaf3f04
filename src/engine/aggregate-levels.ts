/**
 * The fast path of aggregateJointly: one pass over the base cells, then each level merged into the
 * next coarser one, so every parent level costs only as much as its children level. Gives the same
 * sums and states as aggregateJointly per target (a property test checks this).
 */
import type { AggregatedSums } from './aggregate';
import type { Hierarchy } from './hierarchy';
import { UNKNOWN } from './status-codes';
import { OK, PARTIAL, type Cells } from './types';

/** Running totals for the areas of one target (a level above the base, or the city). */
interface Accumulator {
  readonly first: Float64Array;
  readonly second: Float64Array | null;
  /** Per area (the same in every year): how many base areas end up here. */
  readonly children: Int32Array;
  /** Per cell: how many of those base areas lacked a value (so contributed = children − missing). */
  readonly missing: Int32Array;
  readonly partial: Uint8Array;
  /** First missing reason + 1 (0: none yet). */
  readonly reason: Int16Array;
  readonly disagree: Uint8Array;
}

function makeAccumulator(areaCount: number, yearCount: number, hasSecond: boolean): Accumulator {
  const cellCount = areaCount * yearCount;
  return {
    first: new Float64Array(cellCount),
    second: hasSecond ? new Float64Array(cellCount) : null,
    children: new Int32Array(areaCount),
    missing: new Int32Array(cellCount),
    partial: new Uint8Array(cellCount),
    reason: new Int16Array(cellCount),
    disagree: new Uint8Array(cellCount),
  };
}

/**
 * aggregateJointly for every target at once (levels, then the city) for one or two operands
 * (a count, or a rate's numerator and denominator). The base level's sums are the operands'
 * own value arrays (not copied): callers must not write to them.
 *
 * @example
 * // base (num, den) = (2, 10), (4, 30), (missing, 5), all in one district
 * // → district (6, 40) 'partial', city (6, 40) 'partial'
 */
export function aggregateToTargets(
  first: Cells,
  second: Cells | null,
  hierarchy: Hierarchy,
  yearCount: number,
): AggregatedSums[] {
  const { areaCounts, parentIndex } = hierarchy;
  const levelCount = areaCounts.length;
  const accumulators: Accumulator[] = [];
  for (let target = 1; target <= levelCount; target++) {
    accumulators.push(
      makeAccumulator(target < levelCount ? (areaCounts[target] as number) : 1, yearCount, second !== null),
    );
  }
  const baseCount = areaCounts[0] as number;
  const baseStatus = new Uint8Array(baseCount * yearCount);
  const baseParent = parentIndex[0] ?? null;
  const baseTargetCount = levelCount > 1 ? (areaCounts[1] as number) : 1;
  const city = accumulators[levelCount - 1] as Accumulator;
  const firstValues = first.values;
  const firstStatus = first.status;
  const secondValues = second === null ? null : second.values;
  const secondStatus = second === null ? null : second.status;
  const parentAccumulator = accumulators[0] as Accumulator;
  // children per area do not depend on the year: count them once, base areas first, then up the levels
  for (let area = 0; area < baseCount; area++) {
    const parent = baseParent === null ? -1 : (baseParent[area] as number);
    if (parent >= 0) parentAccumulator.children[parent] = (parentAccumulator.children[parent] as number) + 1;
    else city.children[0] = (city.children[0] as number) + 1;
  }
  for (let level = 1; level < levelCount; level++) {
    const from = (accumulators[level - 1] as Accumulator).children;
    const parents = parentIndex[level] ?? null;
    const into = accumulators[level] as Accumulator;
    for (let area = 0; area < (areaCounts[level] as number); area++) {
      const parent = parents === null ? -1 : (parents[area] as number);
      if (parent >= 0) into.children[parent] = (into.children[parent] as number) + (from[area] as number);
      else city.children[0] = (city.children[0] as number) + (from[area] as number);
    }
  }
  for (let year = 0; year < yearCount; year++) {
    const yearOffset = year * baseCount;
    const targetOffset = year * baseTargetCount;
    for (let area = 0; area < baseCount; area++) {
      const cell = yearOffset + area;
      const codeA = firstStatus[cell] as number;
      const codeB = secondStatus === null ? OK : (secondStatus[cell] as number);
      const missing = codeA > PARTIAL ? codeA : codeB > PARTIAL ? codeB : -1;
      const isPartial = codeA === PARTIAL || codeB === PARTIAL;
      baseStatus[cell] = missing >= 0 ? missing : isPartial ? PARTIAL : OK;
      const parent = baseParent === null ? -1 : (baseParent[area] as number);
      const accumulator = parent >= 0 ? parentAccumulator : city;
      const target = parent >= 0 ? targetOffset + parent : year;
      if (missing >= 0) {
        accumulator.missing[target] = (accumulator.missing[target] as number) + 1;
        mergeReason(accumulator, target, missing + 1, 0);
        continue;
      }
      if (isPartial) accumulator.partial[target] = 1;
      const firstSums = accumulator.first;
      firstSums[target] = (firstSums[target] as number) + (firstValues[cell] as number);
      const secondSums = accumulator.second;
      if (secondSums !== null && secondValues !== null) {
        secondSums[target] = (secondSums[target] as number) + (secondValues[cell] as number);
      }
    }
  }
  // merge each level into the next coarser one (or the city where the parent chain ends)
  for (let level = 1; level < levelCount; level++) {
    const from = accumulators[level - 1] as Accumulator;
    const areaCount = areaCounts[level] as number;
    const parents = parentIndex[level] ?? null;
    const parentCount = level + 1 < levelCount ? (areaCounts[level + 1] as number) : 1;
    for (let year = 0; year < yearCount; year++) {
      for (let area = 0; area < areaCount; area++) {
        const parent = parents === null ? -1 : (parents[area] as number);
        const into = parent >= 0 ? (accumulators[level] as Accumulator) : city;
        mergeInto(
          into,
          parent >= 0 ? year * parentCount + parent : year,
          from,
          year * areaCount + area,
          area,
        );
      }
    }
  }
  const results: AggregatedSums[] = [
    { sums: second === null ? [first.values] : [first.values, second.values], status: baseStatus },
  ];
  for (const accumulator of accumulators) results.push(finish(accumulator));
  return results;
}

function mergeReason(into: Accumulator, target: number, reason: number, disagree: number): void {
  const seen = into.reason[target] as number;
  if (seen === 0) into.reason[target] = reason;
  else if (seen !== reason) into.disagree[target] = 1;
  if (disagree) into.disagree[target] = 1;
}

function mergeInto(into: Accumulator, target: number, from: Accumulator, cell: number, area: number): void {
  const missing = from.missing[cell] as number;
  const reason = from.reason[cell] as number;
  if (reason !== 0) mergeReason(into, target, reason, from.disagree[cell] as number);
  if (missing !== 0) into.missing[target] = (into.missing[target] as number) + missing;
  if (missing === (from.children[area] as number)) return; // nobody contributed
  if (from.partial[cell]) into.partial[target] = 1;
  into.first[target] = (into.first[target] as number) + (from.first[cell] as number);
  if (into.second !== null && from.second !== null) {
    into.second[target] = (into.second[target] as number) + (from.second[cell] as number);
  }
}

function finish(accumulator: Accumulator): AggregatedSums {
  const { first, second, children, missing, partial, reason, disagree } = accumulator;
  const status = new Uint8Array(first.length);
  const areaCount = children.length;
  for (let cell = 0; cell < first.length; cell++) {
    const childCount = children[cell % areaCount] as number;
    const count = childCount - (missing[cell] as number);
    if (count === 0) {
      const seen = reason[cell] as number;
      status[cell] = seen === 0 || disagree[cell] ? UNKNOWN : seen - 1;
      first[cell] = Number.NaN;
      if (second !== null) second[cell] = Number.NaN;
    } else {
      status[cell] = count < childCount || partial[cell] ? PARTIAL : OK;
    }
  }
  return { sums: second === null ? [first] : [first, second], status };
}
