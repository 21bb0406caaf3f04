/**
 * Which reader a geometry file needs: the manifest's `format`, else the file extension, else the
 * first bytes (zip and shapefile magic numbers, a JSON brace).
 */
import { issue, type Issue } from '../issue';

/** The reader for a file: GeoJSON, a .shp with its siblings, or a zip holding a shapefile. */
export type GeometryFormat = 'geojson' | 'shp' | 'zip';

/** The format of a geometry file, or a 'geometry-format' error when it is none of them. */
export function detectGeometryFormat(
  file: string,
  declared: 'geojson' | 'shapefile' | undefined,
  bytes: Uint8Array,
): GeometryFormat | Issue {
  const sniffed = sniff(bytes);
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  let format: GeometryFormat | null;
  if (declared === 'geojson') format = 'geojson';
  else if (declared === 'shapefile') format = sniffed === 'zip' || extension === 'zip' ? 'zip' : 'shp';
  else if (extension === 'geojson' || extension === 'json') format = 'geojson';
  else if (extension === 'shp' || extension === 'zip') format = extension;
  else format = sniffed;
  if (format === null)
    return issue('geometry-format', 'error', { file }, { reason: 'unknown-format', message: '' });
  // A binary format whose bytes say otherwise is damaged (or misnamed); JSON errors are located later.
  if (format !== 'geojson' && sniffed !== format) {
    return issue(
      'geometry-format',
      'error',
      { file },
      { reason: 'shapefile-damaged', message: `not a .${format} file` },
    );
  }
  return format;
}

function sniff(bytes: Uint8Array): GeometryFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  // Shapefile main file: big-endian file code 9994 (ESRI Shapefile Technical Description, 1998).
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0x27 && bytes[3] === 0x0a) return 'shp';
  for (const byte of bytes.subarray(0, 64)) {
    if (byte === 0x7b || byte === 0x5b) return 'geojson';
    // Whitespace and a UTF-8 byte order mark may come first.
    if (![0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf].includes(byte)) break;
  }
  return null;
}
