/**
 * The CRS guessed from where the coordinates lie, for files that say nothing about their CRS.
 * The ranges cover Germany with a margin; outside them nothing is guessed.
 */
import type { CrsCode } from '../../manifest/schema';

/** A guess and whether the coordinates leave room for another supported CRS. */
export interface CrsGuess {
  readonly crs: CrsCode;
  /** True where the range also fits another CRS (plain UTM: zone 32 or 33). */
  readonly isAmbiguous: boolean;
}

/**
 * The CRS of a typical position of the file (the median of the features' first vertices, so that
 * a single broken feature does not decide), or null when no supported CRS has such coordinates.
 *
 * - |x| ≤ 180 and |y| ≤ 90: longitude/latitude (EPSG:4326).
 * - x 2.4e6–5.6e6, y 5.2e6–6.2e6: DHDN Gauss-Krüger, zone = first digit of x (EPSG:31466–31469).
 * - x 32.0e6–32.99e6 or 33.0e6–33.99e6, y 5.2e6–6.2e6: ETRS89 UTM with zone prefix (EPSG:4647, 5650).
 * - x 1e5–9e5, y 5.2e6–6.2e6: ETRS89 UTM without zone; zone 32 and 33 overlap here (western Germany
 *   in zone 32 and eastern Germany in zone 33 share eastings 280–500 km and all northings), so this
 *   assumes zone 32 (EPSG:25832), where most of Germany lies, and marks the guess ambiguous.
 */
export function crsFromCoordinates(x: number, y: number): CrsGuess | null {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return { crs: 'EPSG:4326', isAmbiguous: false };
  const isGermanNorthing = y >= 5.2e6 && y <= 6.2e6;
  if (!isGermanNorthing) return null;
  if (x >= 2.4e6 && x <= 5.6e6) {
    const zone = Math.min(5, Math.max(2, Math.floor(x / 1e6)));
    return { crs: `EPSG:${31464 + zone}` as CrsCode, isAmbiguous: false };
  }
  if (x >= 32.0e6 && x < 33.0e6) return { crs: 'EPSG:4647', isAmbiguous: false };
  if (x >= 33.0e6 && x < 34.0e6) return { crs: 'EPSG:5650', isAmbiguous: false };
  if (x >= 1e5 && x <= 9e5) return { crs: 'EPSG:25832', isAmbiguous: true };
  return null;
}

/** The median of numbers (the lower middle one for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
