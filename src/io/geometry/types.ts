/**
 * Shapes shared by the geometry loaders: what a level's geometry source says, what the loader needs
 * from its caller, and the layer it returns.
 */
import type { MultiPolygon, Polygon, Feature } from 'geojson';
import type { CrsCode, LevelSpec } from '../../manifest/schema';

/** The manifest's geometry source of a level, with the level's id and name properties. */
export type GeometrySpec = NonNullable<LevelSpec['geometry']> & {
  /** Property that holds the area id; `undefined` reads the GeoJSON feature's top-level `id`. */
  readonly idProperty: string | undefined;
  /** Property that holds the area name; names are '' where it is absent. */
  readonly nameProperty: string | undefined;
};

/** What the loader needs from its caller: file access (relative to the manifest) and id rules. */
export interface ReadGeometryOptions {
  /** The bytes of a file beside the manifest, or null when there is no such file. */
  readonly readFile: (relativePath: string) => Promise<Uint8Array | null>;
  /** Turns a raw id (DBF numbers lose leading zeros) into the level's canonical form. */
  readonly normaliseId: (raw: string) => string;
  /** The level being read (for messages and callers' bookkeeping). */
  readonly levelId: string;
}

/** An area outline as the map draws it. */
export type AreaFeature = Feature<Polygon | MultiPolygon>;

/** The valid features of one level's geometry, in WGS84 longitude/latitude. */
export interface GeometryLayer {
  /** Valid features only, in file order, properties kept as in the file, coordinates rounded to 1e-7°. */
  readonly features: readonly AreaFeature[];
  /** Normalised id per feature (same order). */
  readonly ids: readonly string[];
  /** Name per feature ('' if absent). */
  readonly names: readonly string[];
  /** The source CRS. */
  readonly crs: CrsCode;
  /** [west, south, east, north] in WGS84. */
  readonly bbox: [number, number, number, number];
}

/** A feature as read from the file, before validation and reprojection. */
export interface RawFeature {
  readonly geometry: unknown;
  readonly properties: Record<string, unknown> | null;
  /** GeoJSON's top-level feature id, if any. */
  readonly id?: string | number;
}

/** What a format reader returns: raw features and what the file says about its CRS. */
export interface RawLayer {
  readonly features: readonly RawFeature[];
  /** Text of the shapefile's .prj, null for GeoJSON or when absent. */
  readonly prj: string | null;
  /** The GeoJSON `crs` member, undefined when absent. */
  readonly crsMember: unknown;
  readonly isGeoJson: boolean;
}
