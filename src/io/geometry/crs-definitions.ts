/**
 * proj4 definitions of the coordinate systems German municipal geometry comes in, kept in code so
 * that nothing is looked up at run time. Strings as published by the EPSG registry's PROJ export
 * (epsg.io, 2024); DHDN uses the 7-parameter shift EPSG:1777 (Germany, ~1 m), since proj4 in the
 * browser has no BeTA2007 grid.
 */
import proj4 from 'proj4';
import type { CrsCode } from '../../manifest/schema';

const ETRS89 = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const DHDN = '+ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs';

/** proj4 definition string per supported CRS. */
export const PROJ4_DEFINITIONS: Readonly<Record<CrsCode, string>> = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:4258': '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs',
  'EPSG:3857':
    '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  'EPSG:25832': `+proj=utm +zone=32 ${ETRS89}`,
  'EPSG:25833': `+proj=utm +zone=33 ${ETRS89}`,
  // ETRS89 / UTM with the zone number in front of the easting (32 356 548 instead of 356 548).
  'EPSG:4647': `+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 ${ETRS89}`,
  'EPSG:5650': `+proj=tmerc +lat_0=0 +lon_0=15 +k=0.9996 +x_0=33500000 +y_0=0 ${ETRS89}`,
  // DHDN / 3-degree Gauss-Krüger zones 2 to 5.
  'EPSG:31466': `+proj=tmerc +lat_0=0 +lon_0=6 +k=1 +x_0=2500000 +y_0=0 ${DHDN}`,
  'EPSG:31467': `+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 ${DHDN}`,
  'EPSG:31468': `+proj=tmerc +lat_0=0 +lon_0=12 +k=1 +x_0=4500000 +y_0=0 ${DHDN}`,
  'EPSG:31469': `+proj=tmerc +lat_0=0 +lon_0=15 +k=1 +x_0=5500000 +y_0=0 ${DHDN}`,
};

/** Converts one [x, y] position of a CRS to [longitude, latitude] in WGS84 (unrounded). */
export type ToWgs84 = (x: number, y: number) => [number, number];

/** The converter from a CRS to WGS84; the identity for WGS84 itself. */
export function toWgs84(crs: CrsCode): ToWgs84 {
  if (crs === 'EPSG:4326') return (x, y) => [x, y];
  const converter = proj4(PROJ4_DEFINITIONS[crs], PROJ4_DEFINITIONS['EPSG:4326']);
  return (x, y) => {
    const [longitude, latitude] = converter.forward([x, y]);
    return [longitude ?? Number.NaN, latitude ?? Number.NaN];
  };
}
