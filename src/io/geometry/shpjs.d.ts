/**
 * The part of shpjs 6 that the loader uses (the package ships no types). Both functions parse
 * buffers; parseShp reprojects only when given a .prj, which the loader never passes.
 */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  type Bytes = ArrayBuffer | ArrayBufferView;
  /** Geometries of a .shp in file order (null for null shapes), coordinates as stored. */
  export function parseShp(shp: Bytes): (Geometry | null)[];
  /** Records of a .dbf, text decoded with the TextDecoder label `encoding` (default UTF-8). */
  export function parseDbf(dbf: Bytes, encoding?: string): Record<string, unknown>[];
}
