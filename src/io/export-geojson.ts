/**
 * One level as GeoJSON for a GIS: every area's polygon (WGS84, as RFC 7946 requires) with the
 * indicator table's columns as properties (value, missing reason, class, parent and city value of
 * each indicator), and title, source and date as top-level foreign members (RFC 7946 §6.1).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { localize } from '../i18n/locale';
import type { ExportMeta } from './export-meta';
import { tableRecords, type ResolvedTable, type TableRecordCell } from './export-table';
import type { LevelGeometry } from './load-dataset';

/** Property value of a cell: numbers rounded to the decimals the table shows, text as text. */
function propertyValue(cell: TableRecordCell): string | number | null {
  if (cell === null) return null;
  if (cell.kind === 'text') return cell.text;
  // + 0 turns -0 (a rounded tiny decrease) into 0, as the CSV prints it.
  return Number(cell.value.toFixed(cell.decimals)) + 0;
}

/** What the collection carries besides its features. */
export interface LevelGeoJsonMembers {
  readonly title: string;
  readonly source: string;
  readonly date: string;
  readonly dataset: string;
  readonly level: string;
  readonly year: number;
  readonly indicators: readonly {
    readonly id: string;
    readonly label: string;
    readonly unit: string;
    readonly decimals: number;
  }[];
  /** Property key → column header in the export's language. */
  readonly fields: Readonly<Record<string, string>>;
}

export type LevelGeoJson = FeatureCollection<Polygon | MultiPolygon> & LevelGeoJsonMembers;

/**
 * The level's features with the table's values. The table must be of one year and of the level the
 * geometry belongs to; areas are matched by id, so an area without a table row keeps empty values.
 */
export function levelToGeoJson(
  resolved: ResolvedTable,
  geometry: LevelGeometry,
  meta: ExportMeta,
): LevelGeoJson {
  const { locale } = meta;
  const { data } = resolved.derived;
  const level = data.levels.find((candidate) => candidate.id === resolved.levelId);
  if (level === undefined) throw new Error(`unknown level: ${resolved.levelId}`);
  if (resolved.table.years.length !== 1) throw new Error('levelToGeoJson requires a table of one year');
  const records = tableRecords(resolved, locale);
  const idColumn = records.columns.findIndex((column) => column.key === 'id');
  const rowById = new Map(records.rows.map((row) => [(row[idColumn] as { text: string }).text, row]));
  const features = geometry.features.map((feature, area): Feature<Polygon | MultiPolygon> => {
    const areaId = level.areaIds[area] as string;
    const row = rowById.get(areaId);
    const properties: Record<string, string | number | null> = {};
    records.columns.forEach((column, index) => {
      properties[column.key] = row ? propertyValue(row[index] ?? null) : null;
    });
    if (!row) properties.id = areaId;
    return { type: 'Feature', id: areaId, properties, geometry: feature.geometry };
  });
  return {
    type: 'FeatureCollection',
    title: meta.title,
    source: meta.source,
    date: meta.date,
    dataset: data.manifest.id,
    level: resolved.levelId,
    year: resolved.table.years[0]!,
    indicators: resolved.indicators.map((spec) => ({
      id: spec.id,
      label: localize(spec.label, locale),
      unit: localize(spec.unit, locale),
      decimals: spec.decimals,
    })),
    fields: Object.fromEntries(records.columns.map((column) => [column.key, column.label])),
    features,
  };
}

/** The GeoJSON text: the collection's members first, then one feature per line (readable diffs). */
export function levelGeoJsonText(collection: LevelGeoJson): string {
  const { features, ...members } = collection;
  const head = JSON.stringify(members, null, 1).slice(0, -2);
  const lines = features.map((feature) => JSON.stringify(feature));
  return `${head},\n"features": [\n${lines.join(',\n')}\n]}\n`;
}
