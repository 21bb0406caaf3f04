/**
 * GeoJSON bytes to raw features: a FeatureCollection, a single Feature, or a bare geometry.
 * Syntax errors come back located by line and column.
 */
import { issue, type Issue, type Result } from '../issue';
import { findJsonSyntaxError, lineAndColumnAt } from './json-syntax-error';
import type { RawFeature, RawLayer } from './types';

/** Raw features of a GeoJSON file (UTF-8, as RFC 7946 requires; a BOM is dropped). */
export function readGeoJson(bytes: Uint8Array, file: string): Result<RawLayer> {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(text, file, error)] };
  }
  const notGeoJson = (message: string): Result<RawLayer> => ({
    ok: false,
    issues: [issue('geometry-format', 'error', { file }, { reason: 'not-geojson', message })],
  });
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return notGeoJson(Array.isArray(document) ? 'array' : typeof document);
  }
  const object = document as Record<string, unknown>;
  const crsMember = object.crs;
  let features: RawFeature[];
  if (object.type === 'FeatureCollection') {
    if (!Array.isArray(object.features)) return notGeoJson(`features: ${typeof object.features}`);
    features = object.features.map(toRawFeature);
  } else if (object.type === 'Feature') {
    features = [toRawFeature(object)];
  } else if (typeof object.type === 'string' && 'coordinates' in object) {
    features = [{ geometry: object, properties: null }];
  } else if (object.type === 'GeometryCollection') {
    features = [{ geometry: object, properties: null }];
  } else {
    return notGeoJson(`type: ${JSON.stringify(object.type ?? null)}`);
  }
  return { ok: true, value: { features, prj: null, crsMember, isGeoJson: true }, issues: [] };
}

function toRawFeature(value: unknown): RawFeature {
  if (typeof value !== 'object' || value === null) return { geometry: null, properties: null };
  const feature = value as Record<string, unknown>;
  const properties =
    typeof feature.properties === 'object' &&
    feature.properties !== null &&
    !Array.isArray(feature.properties)
      ? (feature.properties as Record<string, unknown>)
      : null;
  const id = typeof feature.id === 'string' || typeof feature.id === 'number' ? feature.id : undefined;
  return id === undefined
    ? { geometry: feature.geometry, properties }
    : { geometry: feature.geometry, properties, id };
}

function syntaxIssue(text: string, file: string, error: unknown): Issue {
  const message = error instanceof Error ? error.message : String(error);
  let found: ReturnType<typeof findJsonSyntaxError> = null;
  try {
    found = findJsonSyntaxError(text);
  } catch {
    // Nesting too deep for the scanner: report without a position.
  }
  if (!found) return issue('geometry-json', 'error', { file }, { message });
  const { line, column } = lineAndColumnAt(text, found.offset);
  const params: Record<string, string> =
    found.character === ''
      ? { reason: 'unexpected-end', message }
      : { reason: 'unexpected-character', character: found.character, message };
  return issue('geometry-json', 'error', { file, line, column: String(column) }, params);
}
