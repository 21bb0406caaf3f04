/**
 * The loader's output: one record per (area, year) with a value and a status per variable, in
 * typed arrays, as the dataset assembler needs them. Also the options every layout reader shares.
 */
import type { Issue } from '../issue';
import type { CsvTable } from '../csv-parse';
import type { MissingSentinels } from '../missing-symbols';

/** Values of one variable for every record of a table. */
export interface VariableColumn {
  /** Header of the source column (the pattern for wide tables, the value column for stacked ones). */
  readonly column: string;
  /** NaN where missing. */
  readonly values: Float64Array;
  /** Codes from statusCode() in src/engine/types.ts: 0 ok, else the missing reason. */
  readonly status: Uint8Array;
}

/** A table read into records of (area, year). */
export interface TableColumns {
  /** Number of (area, year) records. */
  readonly rowCount: number;
  /** Normalised ids, per record. */
  readonly areaIds: readonly string[];
  /** Per record. */
  readonly years: Int32Array;
  /** 1-based file line of the record (its first line for wide and stacked tables). */
  readonly lines: Int32Array;
  /** Variable id → its values. */
  readonly variables: ReadonlyMap<string, VariableColumn>;
}

/** Options for readTable. */
export interface ReadTableOptions {
  /** File name for issues. */
  readonly file: string;
  /** The variable ids the manifest defines; a table column for any other id is an error. */
  readonly variables: ReadonlySet<string>;
  /** Turns a trimmed raw id into the level's key form (padding, case). */
  readonly normaliseId: (raw: string) => string;
}

/** What every layout reader works on; readers push their issues into `issues`. */
export interface LayoutContext {
  readonly csv: CsvTable;
  readonly file: string;
  readonly sentinels: MissingSentinels;
  readonly variables: ReadonlySet<string>;
  readonly normaliseId: (raw: string) => string;
  readonly issues: Issue[];
}
