/**
 * Problems in input are data, not exceptions: every loader returns them as Issues, and one function
 * (describeIssue in src/i18n/issues.ts) turns each into a German or English sentence.
 */

/** Stable English slugs; tests and the CLI's exit status depend on them. Append only. */
export type IssueCode =
  // files and manifest
  | 'file-not-found'
  | 'manifest-json'
  | 'manifest-schema'
  | 'unknown-reference'
  | 'unknown-column'
  // CSV
  | 'encoding-fallback'
  | 'csv-malformed'
  | 'empty-table'
  | 'ambiguous-number-format'
  | 'non-numeric-cell'
  | 'invalid-year'
  | 'duplicate-row'
  | 'unknown-id'
  | 'negative-count'
  | 'numerator-exceeds-denominator'
  | 'series-gap'
  // geometry
  | 'geometry-json'
  | 'geometry-format'
  | 'crs-assumed'
  | 'crs-unknown'
  | 'invalid-geometry'
  | 'empty-geometry'
  | 'unsupported-geometry'
  | 'missing-id'
  | 'duplicate-id'
  | 'geometry-without-data'
  | 'parent-not-found';

export type Severity = 'error' | 'warning' | 'info';

/** Where a problem is: as much as is known. Rows and lines are 1-based as a spreadsheet shows them. */
export interface IssueLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: string;
  readonly areaId?: string;
  readonly year?: number;
  readonly feature?: number;
  /** JSON path inside the manifest, e.g. "indicators[2].numerator". */
  readonly path?: string;
}

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly where: IssueLocation;
  /** Values for the sentence: the offending text, counts, assumptions. */
  readonly params: Readonly<Record<string, string | number>>;
}

/** A result that carries its issues: ok with warnings, or failed with at least one error. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export function issue(
  code: IssueCode,
  severity: Severity,
  where: IssueLocation,
  params: Record<string, string | number> = {},
): Issue {
  return { code, severity, where, params };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((item) => item.severity === 'error');
}
