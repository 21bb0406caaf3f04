/**
 * Geometry loaders: GeoJSON and ESRI shapefiles (plain or zipped) to WGS84 area outlines, with CRS
 * detection, reprojection, validation, and parents by spatial containment.
 */

// Reading a level's geometry
export { readGeometry } from './read-geometry';
export type { AreaFeature, GeometryLayer, GeometrySpec, ReadGeometryOptions } from './types';

// Parents by containment
export { assignParentsByContainment } from './assign-parents';

// Coordinate systems
export { PROJ4_DEFINITIONS, toWgs84 } from './crs-definitions';
export { crsFromWkt, crsFromEpsgNumber } from './crs-from-wkt';
export { crsFromName, crsFromGeoJsonMember } from './crs-from-name';
export { crsFromCoordinates } from './crs-from-coordinates';
export { detectCrs } from './detect-crs';

// Validation
export { checkGeometry, type GeometryReason } from './check-geometry';
export { hasSelfIntersection } from './self-intersection';
