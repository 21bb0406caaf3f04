/**
 * One level's geometry file (GeoJSON, shapefile or zipped shapefile) to a GeometryLayer: valid area
 * outlines in WGS84 with their ids and names, and every problem as a located Issue.
 *
 * A feature with an error (no id, a duplicate id, no drawable polygon) is dropped and the rest of
 * the layer still loads; the result fails only when the file cannot be read, its CRS is not
 * recognised, or no valid feature is left.
 */
import { issue, type Issue, type Result } from '../issue';
import { checkGeometry, type CheckedGeometry } from './check-geometry';
import { median } from './crs-from-coordinates';
import type { CrsCode } from '../../manifest/schema';
import type { ToWgs84 } from './crs-definitions';
import { detectCrs } from './detect-crs';
import { detectGeometryFormat } from './detect-format';
import { readGeoJson } from './read-geojson';
import { reprojectGeometry } from './reproject';
import type { AreaFeature, GeometryLayer, GeometrySpec, RawLayer, ReadGeometryOptions } from './types';

/**
 * Reads, checks and reprojects the geometry of one level.
 *
 * @example
 * const result = await readGeometry(
 *   { file: 'plr.shp', idProperty: 'PLR_ID', nameProperty: 'PLR_NAME' },
 *   { readFile, normaliseId: (id) => id.padStart(8, '0'), levelId: 'plr' },
 * );
 * if (result.ok) result.value.ids; // ['01100101', …]
 */
export async function readGeometry(
  spec: GeometrySpec,
  options: ReadGeometryOptions,
): Promise<Result<GeometryLayer>> {
  const file = spec.file;
  const bytes = await options.readFile(file);
  if (!bytes) return { ok: false, issues: [issue('file-not-found', 'error', { file })] };
  const format = detectGeometryFormat(file, spec.format, bytes);
  if (typeof format !== 'string') return { ok: false, issues: [format] };

  let raw: Result<RawLayer>;
  if (format === 'geojson') {
    raw = readGeoJson(bytes, file);
  } else {
    // Shapefile reading (shpjs, unzip) is loaded only for shapefiles.
    const { readShapefile, readShapefileParts, readZippedShapefileParts } = await import('./read-shapefile');
    const parts =
      format === 'zip'
        ? await readZippedShapefileParts(bytes, file)
        : { ok: true as const, value: await readShapefileParts(bytes, file, options.readFile), issues: [] };
    raw = parts.ok ? readShapefile(parts.value, spec.encoding) : parts;
  }
  if (!raw.ok) return raw;
  return buildLayer(raw.value, spec, options, [...raw.issues]);
}

/** The converter to WGS84; proj4 is loaded only for data that needs reprojecting. */
async function converterTo4326(crs: CrsCode): Promise<ToWgs84> {
  if (crs === 'EPSG:4326') return (x, y) => [x, y];
  const { toWgs84 } = await import('./crs-definitions');
  return toWgs84(crs);
}

async function buildLayer(
  raw: RawLayer,
  spec: GeometrySpec,
  options: ReadGeometryOptions,
  issues: Issue[],
): Promise<Result<GeometryLayer>> {
  const file = spec.file;
  if (raw.features.length === 0) {
    issues.push(issue('geometry-format', 'error', { file }, { reason: 'no-features', message: '' }));
    return { ok: false, issues };
  }
  // First pass, in source coordinates: structure, and a typical position for CRS detection.
  const checked = raw.features.map((feature) => checkGeometry(feature.geometry));
  const xs: number[] = [];
  const ys: number[] = [];
  const bbox = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
  for (const { geometry } of checked) {
    if (!geometry) continue;
    const first = geometry.polygons[0]![0]![0]!;
    xs.push(first[0]!);
    ys.push(first[1]!);
    extendBbox(bbox, geometry);
  }
  // Without any polygon there is nothing to detect; the features' own errors say why.
  const detected =
    xs.length === 0
      ? { crs: null, issues: [] }
      : detectCrs({
          file,
          manifest: spec.crs,
          prj: raw.prj,
          geoJsonMember: raw.crsMember,
          isGeoJson: raw.isGeoJson,
          typicalPosition: [median(xs), median(ys)],
          bbox,
        });
  issues.push(...detected.issues);
  if (detected.crs === null && xs.length > 0) return { ok: false, issues };
  const convert = detected.crs === null ? null : await converterTo4326(detected.crs);

  // Second pass: reproject, then ids; a feature with any error is left out.
  const features: AreaFeature[] = [];
  const ids: string[] = [];
  const names: string[] = [];
  const firstIndexById = new Map<string, number>();
  raw.features.forEach((feature, index) => {
    const { geometry: source, problems } = checked[index]!;
    const rawId = readText(
      spec.idProperty === undefined ? feature.id : feature.properties?.[spec.idProperty],
    );
    const id = rawId === '' ? null : options.normaliseId(rawId);
    const where = id === null ? { file, feature: index } : { file, feature: index, areaId: id };
    for (const problem of problems) {
      const { code, severity, ...params } = problem;
      issues.push(issue(code, severity, where, params));
    }
    const geometry = source && convert ? reprojectGeometry(source, convert) : null;
    if (source && !geometry)
      issues.push(issue('invalid-geometry', 'error', where, { reason: 'out-of-range' }));
    if (id === null) {
      issues.push(issue('missing-id', 'error', where, { property: spec.idProperty ?? 'id' }));
      return;
    }
    if (!geometry) return;
    const first = firstIndexById.get(id);
    if (first !== undefined) {
      issues.push(issue('duplicate-id', 'error', where, { id, first: first + 1 }));
      return;
    }
    firstIndexById.set(id, index);
    const properties = feature.properties ?? {};
    features.push(
      feature.id === undefined
        ? { type: 'Feature', geometry, properties }
        : { type: 'Feature', id: feature.id, geometry, properties },
    );
    ids.push(id);
    names.push(spec.nameProperty === undefined ? '' : readText(properties[spec.nameProperty]));
  });
  if (features.length === 0 || detected.crs === null) return { ok: false, issues };
  const layerBbox = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
  for (const feature of features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    extendBbox(layerBbox, { type: 'MultiPolygon', polygons });
  }
  return { ok: true, value: { features, ids, names, crs: detected.crs, bbox: layerBbox }, issues };
}

// An id or name as text: strings trimmed, numbers as written; '' for anything else.
function readText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function extendBbox(bbox: [number, number, number, number], geometry: CheckedGeometry): void {
  for (const rings of geometry.polygons) {
    // The outline bounds the polygon; holes lie inside it.
    for (const [x, y] of rings[0] ?? []) {
      if (x! < bbox[0]) bbox[0] = x!;
      if (y! < bbox[1]) bbox[1] = y!;
      if (x! > bbox[2]) bbox[2] = x!;
      if (y! > bbox[3]) bbox[3] = y!;
    }
  }
}
