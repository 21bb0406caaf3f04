/**
 * From a manifest and its files to the engine's input: geometry of every level, the tables joined to
 * the base level's areas, parents linked. Every problem on the way is an Issue; only errors stop.
 *
 * Files are read through `readFile` (paths relative to the manifest), so the same code runs on fetched
 * demo files, files the user dropped into the browser, and files on disk in the CLI.
 */
import type { DatasetData, LevelData } from '../engine/types';
import type { LevelSpec, Manifest } from '../manifest/schema';
import { makeIdNormaliser } from './area-id';
import {
  areasFromKeys,
  levelData,
  linkParents,
  parentKeys,
  sortAreas,
  type LevelAreas,
} from './build-levels';
import { buildVariables, checkCounts, checkCoverage, collectYears, type TableInput } from './build-variables';
import { checkRates } from './check-rates';
import { parseCsv } from './csv-parse';
import { decodeText } from './decode-text';
import { assignParentsByContainment } from './geometry/assign-parents';
import { readGeometry } from './geometry/read-geometry';
import type { GeometryLayer } from './geometry/types';
import { issue, type Issue, type Result } from './issue';
import { readExclusions } from './read-exclusions';
import { readManifest } from './read-manifest';
import { readTable } from './read-table';

export type ReadFile = (relativePath: string) => Promise<Uint8Array | null>;

/** The features of one level in area order; `id` is the area index, which MapLibre's feature state uses. */
export interface LevelGeometry {
  readonly features: readonly GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[];
  readonly bbox: readonly [number, number, number, number];
}

export interface LoadedDataset {
  readonly data: DatasetData;
  /** Per level (same order as data.levels); null for a level without geometry. */
  readonly geometry: readonly (LevelGeometry | null)[];
}

/** Reports how far loading is: a fraction 0..1 and the file being read. */
export type LoadProgress = (fraction: number, file: string) => void;

/** Geometry of every level (area order) with the level ids, as soon as it is read. */
export interface EarlyGeometry {
  readonly levelIds: readonly string[];
  readonly geometry: readonly (LevelGeometry | null)[];
}

/** Receives the geometry as soon as it is read, before the tables. */
export type GeometryReady = (early: EarlyGeometry) => void;

/**
 * Loads a dataset described by a manifest's text. Fails (ok: false) only when no dataset can be
 * assembled: an invalid manifest, a missing or unreadable file, a missing column. Errors in single
 * rows or features are in the issues of an ok result.
 */
export async function loadDataset(
  manifestText: string,
  readFile: ReadFile,
  manifestFile = 'manifest.json',
  onProgress: LoadProgress = () => {},
  onGeometry: GeometryReady = () => {},
): Promise<Result<LoadedDataset>> {
  const read = readManifest(manifestText, manifestFile);
  if (!read.ok) return read;
  const spec = read.value;
  const issues: Issue[] = [...read.issues];
  const fail = (): Result<LoadedDataset> => ({ ok: false, issues });

  // Geometry of every level that has one.
  const layers: (GeometryLayer | null)[] = [];
  const steps = spec.levels.length + spec.tables.length + 1;
  let step = 0;
  for (const level of spec.levels) {
    onProgress(step++ / steps, level.geometry?.file ?? level.id);
    if (!level.geometry) {
      layers.push(null);
      continue;
    }
    const result = await readGeometry(
      { ...level.geometry, idProperty: level.idProperty ?? 'id', nameProperty: level.nameProperty ?? 'name' },
      { readFile, normaliseId: makeIdNormaliser(level.ids), levelId: level.id },
    );
    issues.push(...result.issues);
    layers.push(result.ok ? result.value : null);
    if (!result.ok) return fail();
  }
  // The map can start drawing while the tables are read and the indicators derived.
  const geometry = layers.map((layer) => (layer ? inAreaOrder(layer) : null));
  onGeometry({ levelIds: spec.levels.map((level) => level.id), geometry });

  // Tables, with ids normalised as the base level says.
  const base = spec.levels[0]!;
  const normaliseBaseId = makeIdNormaliser(base.ids);
  const variableIds = new Set(spec.variables.map((variable) => variable.id));
  const tables: TableInput[] = [];
  for (const [index, table] of spec.tables.entries()) {
    onProgress(step++ / steps, table.file);
    if (table.level && table.level !== base.id) {
      issues.push(
        issue(
          'manifest-schema',
          'error',
          { path: `tables[${index}].level` },
          { message: `tables describe the finest level (${base.id})` },
        ),
      );
      return fail();
    }
    const bytes = await readFile(table.file);
    if (!bytes) {
      issues.push(issue('file-not-found', 'error', { file: table.file }, {}));
      return fail();
    }
    const result = readTable(bytes, table, {
      file: table.file,
      variables: variableIds,
      normaliseId: normaliseBaseId,
    });
    issues.push(...result.issues);
    if (!result.ok) return fail();
    tables.push({ file: table.file, columns: result.value });
  }

  onProgress(step / steps, manifestFile);
  const levels = await buildLevels(spec, layers, tables, readFile, issues);
  if (!levels) return fail();
  const baseLevel = levels.data[0]!;
  const years = collectYears(tables);
  const built = buildVariables(tables, spec.variables, baseLevel.areaIds, years);
  issues.push(...built.issues);
  issues.push(...checkCounts(built.cells, spec.variables, baseLevel.areaIds, years));
  issues.push(...checkCoverage(built.hasRow, baseLevel.areaIds, years));
  issues.push(...checkRates(spec.indicators, built.cells, baseLevel.areaIds, years));
  const marked = await readExclusions(spec.tables, readFile, baseLevel.areaIds, years, base.ids);
  issues.push(...marked.issues);
  if (marked.issues.some((item) => item.severity === 'error')) return fail();
  // Errors that leave a usable dataset (a dropped feature, a duplicate row) are reported but do not
  // stop the load: the planner sees the data and the list of what is wrong with it.
  return {
    ok: true,
    value: {
      data: {
        manifest: spec,
        years,
        levels: levels.data,
        variables: built.cells,
        ...(marked.exclusions ? { exclusions: marked.exclusions } : {}),
      },
      geometry,
    },
    issues,
  };
}

/** Levels fine → coarse: areas from geometry (or from the finer level's parent keys), then parent links. */
async function buildLevels(
  spec: Manifest,
  layers: readonly (GeometryLayer | null)[],
  tables: readonly TableInput[],
  readFile: ReadFile,
  issues: Issue[],
): Promise<{ data: LevelData[] } | null> {
  // Areas of each level, unsorted, in the order of their source.
  const areas: LevelAreas[] = [];
  const baseLayer = layers[0];
  areas.push(
    baseLayer
      ? {
          ids: baseLayer.ids,
          names: baseLayer.names,
          properties: baseLayer.features.map((feature) => feature.properties ?? {}),
        }
      : idsFromTables(tables, spec.levels[0]!),
  );
  const keys: (string | null)[][] = [];
  for (let index = 0; index < spec.levels.length - 1; index++) {
    const level = spec.levels[index]!;
    const parentLayer = layers[index + 1] ?? null;
    const rule = level.parent;
    const childAreas = areas[index]!;
    if (!rule) {
      issues.push(
        issue(
          'manifest-schema',
          'error',
          { path: `levels[${index}].parent` },
          { message: 'a finer level needs a parent rule' },
        ),
      );
      return null;
    }
    let levelKeys: (string | null)[];
    if (rule.type === 'contains') {
      const childLayer = layers[index];
      if (!childLayer || !parentLayer) {
        issues.push(
          issue(
            'manifest-schema',
            'error',
            { path: `levels[${index}].parent` },
            { message: 'the contains rule needs geometry on both levels' },
          ),
        );
        return null;
      }
      const parents = assignParentsByContainment(childLayer, parentLayer);
      levelKeys = Array.from(parents, (parent) => (parent < 0 ? null : parentLayer.ids[parent]!));
    } else {
      const tableKeys =
        rule.type === 'property' && rule.table
          ? await keysFromTable(spec, rule.table, rule.property, level, readFile, issues)
          : null;
      if (rule.type === 'property' && rule.table && !tableKeys) return null;
      levelKeys = parentKeys(rule, childAreas.ids, childAreas.properties ?? [], tableKeys);
    }
    keys.push(levelKeys);
    const parentSpec = spec.levels[index + 1]!;
    areas.push(
      parentLayer
        ? {
            ids: parentLayer.ids,
            names: parentLayer.names,
            properties: parentLayer.features.map((feature) => feature.properties ?? {}),
          }
        : areasFromKeys(levelKeys, parentSpec),
    );
  }

  const sorted = areas.map(sortAreas);
  const data: LevelData[] = [];
  spec.levels.forEach((level, index) => {
    const { order, ids, names } = sorted[index]!;
    let parentIndex: Int32Array | null = null;
    const levelKeys = keys[index];
    if (levelKeys) {
      const parent = sorted[index + 1]!;
      const linked = linkParents(
        order.map((original) => levelKeys[original] ?? null),
        ids,
        parent.ids,
        spec.levels[index + 1]!.id,
      );
      issues.push(...linked.issues);
      parentIndex = linked.parentIndex;
    }
    data.push(levelData(level, ids, names, parentIndex));
  });
  return { data };
}

/** A level's features in area order (sorted by id, as LevelData lists them); `id` is the area index. */
function inAreaOrder(layer: GeometryLayer): LevelGeometry {
  const { order } = sortAreas({ ids: layer.ids, names: layer.names });
  return {
    features: order.map((original, area) => ({ ...layer.features[original]!, id: area })),
    bbox: layer.bbox,
  };
}

/** Base-level areas when the level has no geometry: every id that occurs in a table. */
function idsFromTables(tables: readonly TableInput[], level: LevelSpec): LevelAreas {
  const ids = [...new Set(tables.flatMap((table) => table.columns.areaIds))];
  return { ids, names: ids.map((id) => level.names?.[id] ?? id) };
}

/** Parent keys from a lookup table: its id column → the named column (e.g. Berlin's LOR hierarchy file). */
async function keysFromTable(
  spec: Manifest,
  tableId: string,
  column: string,
  level: LevelSpec,
  readFile: ReadFile,
  issues: Issue[],
): Promise<Map<string, string> | null> {
  const table = spec.tables.find((candidate) => candidate.id === tableId);
  if (!table) return null;
  const bytes = await readFile(table.file);
  if (!bytes) {
    issues.push(issue('file-not-found', 'error', { file: table.file }, {}));
    return null;
  }
  const decoded = decodeText(bytes, { file: table.file, encoding: table.encoding });
  const parsed = parseCsv(decoded.text, { file: table.file, delimiter: table.delimiter });
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return null;
  }
  const { header, rows } = parsed.value;
  const idColumn = header.indexOf(table.idColumn);
  const keyColumn = header.indexOf(column);
  if (idColumn < 0 || keyColumn < 0) {
    issues.push(
      issue(
        'unknown-column',
        'error',
        { file: table.file },
        { column: idColumn < 0 ? table.idColumn : column },
      ),
    );
    return null;
  }
  const normalise = makeIdNormaliser(level.ids);
  const keys = new Map<string, string>();
  for (const row of rows) {
    const id = row[idColumn];
    const key = row[keyColumn];
    if (id !== undefined && key !== undefined && key.trim() !== '') keys.set(normalise(id), key.trim());
  }
  return keys;
}

/** A `readFile` for a set of in-memory files (dropped files, tests): paths are compared without "./". */
export function readFromMemory(files: ReadonlyMap<string, Uint8Array>): ReadFile {
  const clean = (path: string) => path.replace(/^\.\//, '');
  const byName = new Map([...files].map(([name, bytes]) => [clean(name), bytes]));
  return async (path) => byName.get(clean(path)) ?? null;
}
