/**
 * Which of `;` `,` tab `|` separates the fields. papaparse's own guess prefers the delimiter that
 * gives more fields, which picks `,` for German rows such as `1,5;2,3`; here a delimiter must occur
 * in the header and the same number of times in each sampled line (outside quotes), and among those
 * `;` wins over tab, `|` and `,` because `,` is the decimal mark in German files.
 */

/** The delimiters a table may use (manifest `delimiter`). */
export type Delimiter = ';' | ',' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [';', '\t', '|', ','];
const SAMPLE_LINES = 20;
const SAMPLE_CHARS = 65536;

/**
 * Guess the delimiter from the first lines of `text`. Falls back to the candidate seen most often in
 * the header, and to `;` for a one-column file.
 *
 * @example detectDelimiter('Gebiet;Anteil\n01;1,5\n') // → ';'
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = sampleCounts(text.slice(0, SAMPLE_CHARS));
  const header = counts[0];
  if (header === undefined) return ';';
  for (const candidate of CANDIDATES) {
    const expected = header.get(candidate) ?? 0;
    if (expected > 0 && counts.every((line) => (line.get(candidate) ?? 0) === expected)) return candidate;
  }
  let best: Delimiter = ';';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = header.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Per non-empty sampled line: candidate → occurrences outside quotes. A quoted newline joins lines. */
function sampleCounts(sample: string): Map<Delimiter, number>[] {
  const lines: Map<Delimiter, number>[] = [];
  let current = new Map<Delimiter, number>();
  let inQuotes = false;
  let hasContent = false;
  for (let i = 0; i < sample.length && lines.length < SAMPLE_LINES; i++) {
    const char = sample[i] as string;
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (hasContent) lines.push(current);
      current = new Map();
      hasContent = false;
      continue;
    } else if (!inQuotes && (CANDIDATES as readonly string[]).includes(char)) {
      const delimiter = char as Delimiter;
      current.set(delimiter, (current.get(delimiter) ?? 0) + 1);
    }
    hasContent = true;
  }
  // A line cut off by the sample size is not compared (unless it is the only one).
  if (hasContent && (lines.length === 0 || sample.length < SAMPLE_CHARS)) lines.push(current);
  return lines;
}
