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

/**
 * The CSS background of a legend swatch that looks like the map's pattern: diagonal hatching for
 * no data, dots for suppressed values, plain for excluded areas.
 */
export function swatchBackground(style: MissingStyle): string {
  switch (style.pattern) {
    case 'hatch':
      return `repeating-linear-gradient(45deg, ${style.ink} 0 1.5px, ${style.background} 1.5px 5px)`;
    case 'dots':
      return `radial-gradient(circle, ${style.ink} 1px, transparent 1.4px) 0 0 / 4px 4px, ${style.background}`;
    case 'none':
      return style.background;
  }
}
