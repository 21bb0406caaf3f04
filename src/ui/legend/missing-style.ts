/**
 * How areas without a class look, on the map and in the legend alike: no data is hatched (so it is
 * never read as a light class colour), suppressed areas are dotted, excluded areas plain grey.
 */
export type MissingKind = 'no-data' | 'suppressed' | 'excluded';

export interface MissingStyle {
  readonly background: string;
  readonly ink: string;
  /** Pattern drawn in `ink` over `background`. */
  readonly pattern: 'hatch' | 'dots' | 'none';
}

export const MISSING_STYLES: Readonly<Record<MissingKind, MissingStyle>> = {
  'no-data': { background: '#ffffff', ink: '#8a96a3', pattern: 'hatch' },
  suppressed: { background: '#eef0f2', ink: '#6b7785', pattern: 'dots' },
  excluded: { background: '#c8ced5', ink: '#c8ced5', pattern: 'none' },
};

/** Which missing style a cell state gets: engine suppression and exclusion, everything else no data. */
export function missingKindOf(status: string): MissingKind {
  if (status === 'suppressed' || status === 'anonymised') return 'suppressed';
  if (status === 'excluded') return 'excluded';
  return 'no-data';
}
