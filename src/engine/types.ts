/**
 * Data shapes shared by io (which fills them) and the engine (which derives from them).
 *
 * Values live in flat typed arrays, year-major: cell = yearIndex * areaCount + areaIndex. That keeps
 * one year of one indicator contiguous (classification, z-scores) and the whole derivation of
 * 10 M values well under a second.
 */
import type { IndicatorSpec, LocalizedText, Manifest, MissingReason } from '../manifest/schema';

/** Area key (Gebietsschlüssel) as a string; leading zeros are significant. */
export type AreaId = string & { readonly __brand: 'AreaId' };

/** State of one cell. `ok` and `partial` carry a value; every other state is a missing reason. */
export type CellStatus = 'ok' | 'partial' | MissingReason;

/**
 * The numeric code of each cell state, as stored in the `status` arrays. Order is fixed (stored codes
 * depend on it): append only.
 */
export const CELL_STATUSES = [
  'ok',
  'partial',
  'unknown',
  'anonymised',
  'none',
  'not-meaningful',
  'unreliable',
  'later',
  'not-available',
  'empty',
  'no-row',
  'suppressed',
  'excluded',
  'zero-denominator',
  'no-base',
  'not-aggregable',
  'invalid-number',
] as const satisfies readonly CellStatus[];

const codeByStatus = new Map<CellStatus, number>(CELL_STATUSES.map((status, code) => [status, code]));

/** The stored code of a cell state. */
export function statusCode(status: CellStatus): number {
  const code = codeByStatus.get(status);
  if (code === undefined) throw new Error(`unknown cell status: ${status}`);
  return code;
}

/** The cell state of a stored code. */
export function statusOf(code: number): CellStatus {
  const status = CELL_STATUSES[code];
  if (status === undefined) throw new Error(`unknown cell status code: ${code}`);
  return status;
}

/** Code 0 (`ok`) and 1 (`partial`) carry a value. */
export const OK = 0;
export const PARTIAL = 1;
export function hasValue(code: number): boolean {
  return code <= PARTIAL;
}

/** Values and states of one quantity for all areas of one level and all years (year-major). */
export interface Cells {
  /** NaN where the status is a missing reason. */
  readonly values: Float64Array;
  readonly status: Uint8Array;
}

/** One Raumebene after loading: areas sorted by id (plain code-unit order), with their parents. */
export interface LevelData {
  readonly id: string;
  readonly label: LocalizedText;
  readonly areaIds: readonly AreaId[];
  readonly names: readonly string[];
  /** For each area, the index of its parent in the next coarser level, -1 if none was found; null for the coarsest level. */
  readonly parentIndex: Int32Array | null;
}

/** Base-level areas the data marks as not to be counted (invalid, outlier), with the publisher's reason. */
export interface DataExclusions {
  /** The reasons, as the manifest gives them. */
  readonly reasons: readonly LocalizedText[];
  /** Base level, year-major: 0 = not marked, else 1 + the index of the reason. */
  readonly marks: Uint8Array;
}

/** A loaded dataset: the engine's whole input. */
export interface DatasetData {
  readonly manifest: Manifest;
  /** Ascending. */
  readonly years: readonly number[];
  /** Fine → coarse; levels[0] is the base level that the tables describe. */
  readonly levels: readonly LevelData[];
  /** Variable id → cells at the base level. */
  readonly variables: ReadonlyMap<string, Cells>;
  /** Areas the tables mark as excluded (manifest `exclusion`); absent when none is marked. */
  readonly exclusions?: DataExclusions | null;
}

/** One indicator derived for every level and for the whole city. */
export interface DerivedIndicator {
  readonly spec: IndicatorSpec;
  /** Per level (same order as DatasetData.levels), year-major. */
  readonly levels: readonly Cells[];
  /** The whole city: one area, so index = yearIndex. */
  readonly city: Cells;
}

/** The engine's output for a dataset. */
export interface DerivedDataset {
  readonly data: DatasetData;
  /** In manifest order. */
  readonly indicators: ReadonlyMap<string, DerivedIndicator>;
}
