/**
 * In-place selection (quickselect) of order statistics, so quantile breaks cost O(n) instead of a
 * full sort: at 50,000 areas × 20 years the sort dominated the whole derivation.
 */

/**
 * Reorders values so that values[r] is the r-th smallest for every r in `ranks` (ascending, within
 * left … right): one partition serves all ranks, and only sides that hold a wanted rank are
 * partitioned further, about half the work of one selectInPlace per rank.
 *
 * @example
 * const values = Float64Array.of(5, 1, 4, 2, 3);
 * selectRanks(values, [1, 3]); // values[1] = 2, values[3] = 4
 */
export function selectRanks(
  values: Float64Array,
  ranks: readonly number[],
  left = 0,
  right = values.length - 1,
  from = 0,
  to = ranks.length,
): void {
  while (from < to && right > left) {
    const middle = (left + right) >>> 1;
    const a = values[left] as number;
    const b = values[middle] as number;
    const c = values[right] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    // ranks ≤ j lie left, ranks ≥ i right, ranks between are equal to the pivot and in place
    let leftEnd = from;
    while (leftEnd < to && (ranks[leftEnd] as number) <= j) leftEnd++;
    let rightStart = leftEnd;
    while (rightStart < to && (ranks[rightStart] as number) < i) rightStart++;
    if (leftEnd - from < to - rightStart) {
      selectRanks(values, ranks, left, j, from, leftEnd);
      left = i;
      from = rightStart;
    } else {
      selectRanks(values, ranks, i, right, rightStart, to);
      right = j;
      to = leftEnd;
    }
  }
}

/** Below this many values, plain selectRanks beats the bucket pre-pass. */
const BUCKET_SELECT_MIN = 2048;

/** Scratch buffers of rankValues, kept between calls (grown on demand, never observable). */
let bucketCounts = new Int32Array(0);
let bucketSlots = new Int32Array(0);
let candidates = new Float64Array(0);

/**
 * The values at the given ranks (ascending, within 0 … values.length−1) as if values were sorted,
 * into `out` (same order as ranks). values must not hold NaN; they may be reordered.
 *
 * For large inputs one pass counts values into equal-width buckets between min and max (a monotone
 * map, so every value of a lower bucket is smaller than every value of a higher one), a second pass
 * gathers only the buckets that hold a wanted rank, and selectRanks runs on those few values. Two
 * predictable passes instead of several partitions with unpredictable branches; the order
 * statistics are the same values either way.
 *
 * @example
 * const out: number[] = [];
 * rankValues(Float64Array.of(5, 1, 4, 2, 3), [1, 3], out); // out = [2, 4]
 */
export function rankValues(values: Float64Array, ranks: readonly number[], out: number[]): void {
  const count = values.length;
  out.length = ranks.length;
  if (count < BUCKET_SELECT_MIN || ranks.length === 0) {
    selectRanks(values, ranks);
    for (let index = 0; index < ranks.length; index++) out[index] = values[ranks[index] as number] as number;
    return;
  }
  let min = values[0] as number;
  let max = min;
  for (let index = 1; index < count; index++) {
    const value = values[index] as number;
    if (value < min) min = value;
    else if (value > max) max = value;
  }
  const range = max - min;
  if (!(range > 0 && range < Number.POSITIVE_INFINITY)) {
    // all equal (every rank is min), or infinite / NaN range: no useful buckets
    if (range === 0) out.fill(min);
    else {
      selectRanks(values, ranks);
      for (let index = 0; index < ranks.length; index++)
        out[index] = values[ranks[index] as number] as number;
    }
    return;
  }
  const bucketCount = Math.max(16, count >>> 3);
  if (bucketCounts.length < bucketCount) {
    bucketCounts = new Int32Array(bucketCount);
    bucketSlots = new Int32Array(bucketCount).fill(-1);
  } else bucketCounts.fill(0, 0, bucketCount);
  const counts = bucketCounts;
  const slots = bucketSlots;
  const top = bucketCount - 1;
  const scale = bucketCount / range;
  for (let index = 0; index < count; index++) {
    const bucket = ((values[index] as number) - min) * scale;
    const clamped = bucket < top ? bucket | 0 : top;
    counts[clamped] = (counts[clamped] as number) + 1;
  }
  // the bucket of every rank, its first rank (start) and a slot in the candidate buffer per wanted bucket
  const wanted: number[] = [];
  const starts: number[] = [];
  let bucket = 0;
  let before = 0;
  for (let index = 0; index < ranks.length; index++) {
    const rank = ranks[index] as number;
    while (before + (counts[bucket] as number) <= rank) before += counts[bucket++] as number;
    if (wanted.length === 0 || wanted[wanted.length - 1] !== bucket) {
      wanted.push(bucket);
      starts.push(before);
    }
  }
  let gathered = 0;
  const segmentStarts: number[] = [];
  for (let slot = 0; slot < wanted.length; slot++) {
    const wantedBucket = wanted[slot] as number;
    slots[wantedBucket] = slot;
    segmentStarts.push(gathered);
    gathered += counts[wantedBucket] as number;
  }
  if (candidates.length < gathered) candidates = new Float64Array(Math.max(gathered, count >>> 2));
  const buffer = candidates;
  const fill = segmentStarts.slice();
  for (let index = 0; index < count; index++) {
    const value = values[index] as number;
    const raw = (value - min) * scale;
    const slot = slots[raw < top ? raw | 0 : top] as number;
    if (slot >= 0) {
      const at = fill[slot] as number;
      buffer[at] = value;
      fill[slot] = at + 1;
    }
  }
  for (const wantedBucket of wanted) slots[wantedBucket] = -1;
  // select within each wanted bucket: its values sit in buffer[segment … segment+size−1]
  let index = 0;
  const local: number[] = [];
  for (let slot = 0; slot < wanted.length; slot++) {
    const segment = segmentStarts[slot] as number;
    const size = counts[wanted[slot] as number] as number;
    const first = starts[slot] as number;
    local.length = 0;
    const from = index;
    while (index < ranks.length && (ranks[index] as number) < first + size) {
      local.push(segment + (ranks[index] as number) - first);
      index++;
    }
    selectRanks(buffer, local, segment, segment + size - 1);
    for (let rank = from; rank < index; rank++) out[rank] = buffer[local[rank - from] as number] as number;
  }
}
