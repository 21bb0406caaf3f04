/**
 * Areas a table marks as not to be counted (e.g. the MSS column `KOM` with "ungültig (EW unter
 * 300)" or "ungültig (Ausreißer)"), read into a mask over the base level's cells with the reason.
 */
import type { AreaId, DataExclusions } from '../engine/types';
import type { LevelSpec, LocalizedText, TableSpec } from '../manifest/schema';
import { makeIdNormaliser } from './area-id';
import { parseCsv } from './csv-parse';
import { decodeText } from './decode-text';
import { issue, type Issue } from './issue';
import { parseYear } from './table/parse-year';

/**
 * Reads the `exclusion` columns of the tables that have one. A matching cell (after trimming) marks
 * the area in the row's year, or in every year when the table has no year column; the first
 * matching mark of a cell wins. Returns null when no table marks anything, an error issue when a
 * named column is missing.
 *
 * Planners see such areas as excluded with the publisher's reason, not as extreme values.
 *
 * @example
 * // KOM "ungültig (Ausreißer)" in the row of 10100205 → marks[area of 10100205] = 1 + index of that reason
 */
export async function readExclusions(
  tables: readonly TableSpec[],
  readFile: (path: string) => Promise<Uint8Array | null>,
  areaIds: readonly AreaId[],
  years: readonly number[],
  ids: LevelSpec['ids'],
): Promise<{ exclusions: DataExclusions | null; issues: Issue[] }> {
  const issues: Issue[] = [];
  const reasons: LocalizedText[] = [];
  const areaCount = areaIds.length;
  const marks = new Uint8Array(areaCount * years.length);
  const areaIndex = new Map<string, number>(areaIds.map((id, index) => [id, index]));
  const yearIndex = new Map(years.map((year, index) => [year, index]));
  const normalise = makeIdNormaliser(ids);
  let marked = 0;
  for (const table of tables) {
    if (!table.exclusion) continue;
    const bytes = await readFile(table.file);
    if (!bytes) continue; // reported when the table itself was read
    const decoded = decodeText(bytes, { file: table.file, encoding: table.encoding });
    const parsed = parseCsv(decoded.text, { file: table.file, delimiter: table.delimiter });
    if (!parsed.ok) continue;
    const { header, rows } = parsed.value;
    const column = (name: string) => header.findIndex((candidate) => candidate.trim() === name.trim());
    const idColumn = column(table.idColumn);
    const markColumn = column(table.exclusion.column);
    const yearColumn =
      table.layout !== 'wide' && table.yearColumn !== undefined ? column(table.yearColumn) : -1;
    if (markColumn < 0 || idColumn < 0) {
      issues.push(
        issue(
          'unknown-column',
          'error',
          { file: table.file },
          { column: markColumn < 0 ? table.exclusion.column : table.idColumn },
        ),
      );
      continue;
    }
    const codeOf = new Map<string, number>();
    for (const { value, reason } of table.exclusion.values) {
      if (codeOf.has(value.trim())) continue;
      reasons.push(reason);
      if (reasons.length > 255) throw new Error('more than 255 exclusion reasons');
      codeOf.set(value.trim(), reasons.length);
    }
    const fixedYear = table.layout === 'long' && table.year !== undefined ? table.year : null;
    for (const row of rows) {
      const code = codeOf.get((row[markColumn] ?? '').trim());
      if (code === undefined) continue;
      const area = areaIndex.get(normalise(row[idColumn] ?? ''));
      if (area === undefined) continue; // unknown ids are reported by the table reader
      const year = yearColumn >= 0 ? parseYear(row[yearColumn] ?? '') : fixedYear;
      const targets =
        year === null
          ? years.map((_, index) => index)
          : [yearIndex.get(year)].filter((index) => index !== undefined);
      for (const target of targets) {
        const cell = target * areaCount + area;
        if (marks[cell] === 0) {
          marks[cell] = code;
          marked++;
        }
      }
    }
  }
  return { exclusions: marked > 0 ? { reasons, marks } : null, issues };
}
