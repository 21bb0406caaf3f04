/**
 * Which CRS a geometry file is in, in order of trust: the manifest, the shapefile's .prj, the GeoJSON
 * `crs` member, and last the coordinate range (reported as an assumption).
 */
import type { CrsCode } from '../../manifest/schema';
import { issue, type Issue } from '../issue';
import { crsFromGeoJsonMember } from './crs-from-name';
import { crsFromCoordinates } from './crs-from-coordinates';
import { crsFromWkt } from './crs-from-wkt';

/** Everything a file says, or lets guess, about its CRS. */
export interface CrsEvidence {
  readonly file: string;
  /** `geometry.crs` of the manifest. */
  readonly manifest: CrsCode | undefined;
  /** Text of the shapefile's .prj, if there is one. */
  readonly prj: string | null;
  /** The GeoJSON `crs` member, if there is one. */
  readonly geoJsonMember: unknown;
  /** True for GeoJSON, whose default without a `crs` member is WGS84 (RFC 7946). */
  readonly isGeoJson: boolean;
  /** A typical position (median of the features' first vertices), null when there is none. */
  readonly typicalPosition: readonly [number, number] | null;
  /** Source bbox [minX, minY, maxX, maxY], for the message when nothing fits. */
  readonly bbox: readonly [number, number, number, number] | null;
}

/** The detected CRS with the issues of the detection, or null and a 'crs-unknown' error. */
export function detectCrs(evidence: CrsEvidence): { crs: CrsCode | null; issues: Issue[] } {
  if (evidence.manifest) return { crs: evidence.manifest, issues: [] };
  const fromPrj = evidence.prj === null ? null : crsFromWkt(evidence.prj);
  if (fromPrj) return { crs: fromPrj, issues: [] };
  const fromMember = crsFromGeoJsonMember(evidence.geoJsonMember);
  if (fromMember) return { crs: fromMember, issues: [] };

  const [x, y] = evidence.typicalPosition ?? [Number.NaN, Number.NaN];
  const guess = crsFromCoordinates(x, y);
  const where = { file: evidence.file };
  if (!guess) {
    return {
      crs: null,
      issues: [issue('crs-unknown', 'error', where, { detail: describeEvidence(evidence) })],
    };
  }
  const saysNothing = evidence.prj === null && evidence.geoJsonMember == null;
  if (guess.crs === 'EPSG:4326' && evidence.isGeoJson && saysNothing) return { crs: guess.crs, issues: [] };
  return {
    crs: guess.crs,
    issues: [issue('crs-assumed', 'warning', where, { crs: guess.crs, basis: 'coordinates' })],
  };
}

function describeEvidence(evidence: CrsEvidence): string {
  const parts: string[] = [];
  const projectionName = evidence.prj === null ? null : /^\s*\w+\["([^"]*)"/.exec(evidence.prj)?.[1];
  if (projectionName) parts.push(`.prj ${projectionName}`);
  if (evidence.bbox) {
    const [minX, minY, maxX, maxY] = evidence.bbox.map((value) => Math.round(value * 1000) / 1000);
    parts.push(`x ${minX} … ${maxX}, y ${minY} … ${maxY}`);
  }
  return parts.join('; ') || '–';
}
