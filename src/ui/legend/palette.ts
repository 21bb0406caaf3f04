/**
 * ColorBrewer colour schemes for the choropleth (colorbrewer.ts), with the colour-blind
 * rating ColorBrewer gives them, and the default scheme for an indicator.
 *
 * Sequential ramps run light → dark (low → high values). Diverging ramps are used from their warm
 * end (red, orange, brown, pink) through a light middle to their cool end (divergingColorsWarmFirst);
 * class-colors.ts decides which arm stands for "worse".
 */
import { interpolateRgbBasis } from 'd3-interpolate';
import type { IndicatorSpec } from '../../manifest/schema';
import { colorBrewerRamp, longestColorBrewerRamp } from './colorbrewer';

export type PaletteKind = 'sequential' | 'diverging';

/** One ColorBrewer scheme as the app offers it. */
export interface PaletteInfo {
  /** ColorBrewer name, e.g. "YlOrRd"; this is what the store and the URL hold. */
  readonly name: string;
  readonly kind: PaletteKind;
  /**
   * ColorBrewer's own rating ("colorblind safe" for every class count). Every sequential scheme is;
   * of the diverging ones RdYlGn and Spectral are not (red and green arms look alike).
   */
  readonly colorBlindSafe: boolean;
}

/** The schemes the app offers, in the order the controls list them. */
export const PALETTES: readonly PaletteInfo[] = [
  { name: 'YlOrRd', kind: 'sequential', colorBlindSafe: true },
  { name: 'OrRd', kind: 'sequential', colorBlindSafe: true },
  { name: 'Reds', kind: 'sequential', colorBlindSafe: true },
  { name: 'Blues', kind: 'sequential', colorBlindSafe: true },
  { name: 'Greens', kind: 'sequential', colorBlindSafe: true },
  { name: 'Purples', kind: 'sequential', colorBlindSafe: true },
  { name: 'YlGnBu', kind: 'sequential', colorBlindSafe: true },
  { name: 'PuBuGn', kind: 'sequential', colorBlindSafe: true },
  { name: 'Greys', kind: 'sequential', colorBlindSafe: true },
  { name: 'RdBu', kind: 'diverging', colorBlindSafe: true },
  { name: 'PuOr', kind: 'diverging', colorBlindSafe: true },
  { name: 'BrBG', kind: 'diverging', colorBlindSafe: true },
  { name: 'PiYG', kind: 'diverging', colorBlindSafe: true },
  { name: 'RdYlBu', kind: 'diverging', colorBlindSafe: true },
  { name: 'RdYlGn', kind: 'diverging', colorBlindSafe: false },
  { name: 'Spectral', kind: 'diverging', colorBlindSafe: false },
];

/** Default for levels (rates, counts, indices): colour-blind safe, dark = high. */
export const DEFAULT_SEQUENTIAL_PALETTE = 'YlOrRd';
/** Default for changes: colour-blind safe, red and blue arms. */
export const DEFAULT_DIVERGING_PALETTE = 'RdBu';

const paletteByName = new Map(PALETTES.map((palette) => [palette.name, palette]));

/** The scheme of a name, or undefined for a name the app does not offer (e.g. from a hand-edited URL). */
export function paletteInfo(name: string): PaletteInfo | undefined {
  return paletteByName.get(name);
}

/** True for a scheme name the app offers (for validating URL parameters). */
export function isPaletteName(name: string): boolean {
  return paletteByName.has(name);
}

const PERCENTAGE_POINT_UNITS = new Set(['prozentpunkte', 'percentage points', 'pp', '%-punkte', 'pp.']);

/**
 * Whether an indicator reads as a change around zero, and so gets a diverging scheme by default:
 * type `change` or `trend`, or a unit in percentage points (a difference of rates, however the
 * indicator was computed). Decided from the manifest, not from the values, so the scheme does not
 * flip between years or levels when the values happen to straddle 0 in one year and not in another.
 */
export function isChangeIndicator(spec: IndicatorSpec): boolean {
  if (spec.type === 'change' || spec.type === 'trend') return true;
  const unit = spec.unit;
  const texts = unit === undefined ? [] : typeof unit === 'string' ? [unit] : [unit.de, unit.en ?? ''];
  return texts.some((text) => PERCENTAGE_POINT_UNITS.has(text.trim().toLowerCase()));
}

/** The kind of scheme an indicator is drawn with: diverging for changes, sequential for levels. */
export function paletteKindOf(spec: IndicatorSpec): PaletteKind {
  return isChangeIndicator(spec) ? 'diverging' : 'sequential';
}

/**
 * The scheme an indicator is drawn with: the chosen one when the app offers it and it is of the
 * indicator's kind, else the default for that kind. The choice stays in the store across indicators,
 * so a sequential choice for rates does not turn a change map sequential (and back again).
 */
export function resolvePalette(spec: IndicatorSpec, chosen: string | null): PaletteInfo {
  const kind = paletteKindOf(spec);
  const picked = chosen === null ? undefined : paletteInfo(chosen);
  if (picked && picked.kind === kind) return picked;
  return paletteByName.get(
    kind === 'diverging' ? DEFAULT_DIVERGING_PALETTE : DEFAULT_SEQUENTIAL_PALETTE,
  ) as PaletteInfo;
}

/**
 * `count` colours of a scheme as hex, in the scheme's own order (sequential: light → dark;
 * diverging: as d3 stores them, mostly warm end first). ColorBrewer's hand-tuned ramps where they exist (3–9 sequential,
 * 3–11 diverging); 1 or 2 colours take the ends of the 3-class ramp; longer ramps are sampled from
 * d3's interpolator at class centres.
 */
export function paletteColors(name: string, count: number): string[] {
  const known = paletteByName.has(name) ? name : DEFAULT_SEQUENTIAL_PALETTE;
  if (count <= 0) return [];
  const three = colorBrewerRamp(known, 3) as string[];
  if (count === 1) return [three[2] as string];
  if (count === 2) return [three[0] as string, three[2] as string];
  const ramp = colorBrewerRamp(known, count);
  if (ramp) return ramp;
  // Beyond the hand-tuned ramps, what d3's interpolate… does: a basis spline through the longest.
  const interpolate = interpolateRgbBasis(longestColorBrewerRamp(known) as string[]);
  return Array.from({ length: count }, (_, index) => toHex(interpolate((index + 0.5) / count)));
}

/** Diverging schemes whose d3 ramp starts at the cool end (d3's PuOr runs purple → orange). */
const COOL_FIRST = new Set(['PuOr']);

/**
 * `count` colours of a diverging scheme from its warm end (red, orange, brown, pink) through the
 * light middle to its cool end, whatever order d3 stores the scheme in.
 */
export function divergingColorsWarmFirst(name: string, count: number): string[] {
  const ramp = paletteColors(name, count);
  return COOL_FIRST.has(name) ? ramp.reverse() : ramp;
}

/** "rgb(12, 34, 56)" (what d3's interpolators give) or "#abc123" → "#0c2238". */
export function toHex(color: string): string {
  if (color.startsWith('#')) return color.toLowerCase();
  const parts = color.match(/\d+(\.\d+)?/g);
  if (!parts || parts.length < 3) return color;
  return `#${parts
    .slice(0, 3)
    .map((part) =>
      Math.max(0, Math.min(255, Math.round(Number(part))))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
