/**
 * The CRS named by a GeoJSON `crs` member (the 2008 GeoJSON draft, still written by QGIS and ogr2ogr
 * for projected data): `{"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}}`.
 */
import type { CrsCode } from '../../manifest/schema';
import { crsFromEpsgNumber } from './crs-from-wkt';

/** The CRS of a GeoJSON `crs` member, or null when it is absent or not a supported one. */
export function crsFromGeoJsonMember(member: unknown): CrsCode | null {
  if (typeof member !== 'object' || member === null) return null;
  const properties = (member as { properties?: unknown }).properties;
  if (typeof properties !== 'object' || properties === null) return null;
  const name = (properties as { name?: unknown }).name;
  return typeof name === 'string' ? crsFromName(name) : null;
}

/**
 * The CRS of a name such as "EPSG:25832", "urn:ogc:def:crs:EPSG::25832",
 * "http://www.opengis.net/def/crs/EPSG/0/25832" or "urn:ogc:def:crs:OGC:1.3:CRS84".
 */
export function crsFromName(name: string): CrsCode | null {
  if (/CRS84$/i.test(name.trim())) return 'EPSG:4326';
  if (!/EPSG/i.test(name)) return null;
  // The code is the last number ("EPSG/0/25832": 0 is the registry version).
  const code = /(\d+)\s*$/.exec(name)?.[1];
  return code ? crsFromEpsgNumber(Number(code)) : null;
}
