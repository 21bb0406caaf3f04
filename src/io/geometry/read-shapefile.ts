/**
 * An ESRI shapefile to raw features: the .shp given directly (with .dbf, .prj and .cpg read from
 * beside it) or a .zip holding them. Geometry and records are parsed by shpjs, without reprojection.
 */
import { parseDbf, parseShp } from 'shpjs';
import { issue, type Issue, type Result } from '../issue';
import { dbfEncoding } from './dbf-encoding';
import type { RawLayer } from './types';
import { unzipShapefile } from './unzip-shapefile';

/** The parts of a shapefile as bytes, and the names to report problems under. */
export interface ShapefileParts {
  readonly shp: Uint8Array;
  readonly dbf: Uint8Array | null;
  readonly prj: Uint8Array | null;
  readonly cpg: Uint8Array | null;
  readonly shpFile: string;
  readonly dbfFile: string;
}

/** The parts of `file` (a .shp) read from beside it; .dbf, .prj and .cpg may be upper case. */
export async function readShapefileParts(
  shp: Uint8Array,
  file: string,
  readFile: (relativePath: string) => Promise<Uint8Array | null>,
): Promise<ShapefileParts> {
  const base = file.replace(/\.shp$/i, '');
  const sibling = async (extension: string) =>
    (await readFile(`${base}.${extension}`)) ?? (await readFile(`${base}.${extension.toUpperCase()}`));
  const [dbf, prj, cpg] = await Promise.all([sibling('dbf'), sibling('prj'), sibling('cpg')]);
  return { shp, dbf, prj, cpg, shpFile: file, dbfFile: `${base}.dbf` };
}

/** The parts of the first shapefile inside a zip, or a 'geometry-format' error. */
export async function readZippedShapefileParts(
  zip: Uint8Array,
  file: string,
): Promise<Result<ShapefileParts>> {
  let parts: Awaited<ReturnType<typeof unzipShapefile>>;
  try {
    parts = await unzipShapefile(zip);
  } catch (error) {
    return fail(
      issue('geometry-format', 'error', { file }, { reason: 'zip-unreadable', message: messageOf(error) }),
    );
  }
  if (!parts)
    return fail(
      issue('geometry-format', 'error', { file }, { reason: 'zip-without-shapefile', message: '' }),
    );
  const base = `${file}/${parts.name.replace(/\.shp$/i, '')}`;
  return { ok: true, value: { ...parts, shpFile: `${base}.shp`, dbfFile: `${base}.dbf` }, issues: [] };
}

/** Raw features of a shapefile, with its .prj text; a missing .dbf fails (no ids without it). */
export function readShapefile(
  parts: ShapefileParts,
  manifestEncoding: 'utf-8' | 'windows-1252' | undefined,
): Result<RawLayer> {
  if (!parts.dbf) return fail(issue('file-not-found', 'error', { file: parts.dbfFile }));
  const issues: Issue[] = [];
  const decodeText = (bytes: Uint8Array | null) =>
    bytes === null ? null : new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const encoding = dbfEncoding(parts.dbf, decodeText(parts.cpg), manifestEncoding);
  if (encoding.isFallback) {
    issues.push(issue('encoding-fallback', 'warning', { file: parts.dbfFile }, { encoding: encoding.label }));
  }
  let geometries: ReturnType<typeof parseShp>;
  let records: ReturnType<typeof parseDbf>;
  try {
    geometries = parseShp(parts.shp);
  } catch (error) {
    return fail(
      issue(
        'geometry-format',
        'error',
        { file: parts.shpFile },
        { reason: 'shapefile-damaged', message: messageOf(error) },
      ),
    );
  }
  try {
    records = parseDbf(parts.dbf, encoding.label);
  } catch (error) {
    return fail(
      issue(
        'geometry-format',
        'error',
        { file: parts.dbfFile },
        { reason: 'shapefile-damaged', message: messageOf(error) },
      ),
    );
  }
  const features = geometries.map((geometry, index) => ({ geometry, properties: records[index] ?? null }));
  return {
    ok: true,
    value: { features, prj: decodeText(parts.prj), crsMember: undefined, isGeoJson: false },
    issues,
  };
}

function fail<T>(problem: Issue): Result<T> {
  return { ok: false, issues: [problem] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
