/**
 * The CRS a shapefile's .prj (ESRI or OGC WKT) describes, for the systems German municipalities use.
 * Decided from the projection parameters rather than the name, since names are spelled many ways
 * ("ETRS_1989_UTM_Zone_33N", "ETRS89 / UTM zone 33N", "DHDN_3_Degree_Gauss_Zone_4", …).
 */
import type { CrsCode } from '../../manifest/schema';

/** The CRS of a WKT text, or null when it is none of the supported ones. */
export function crsFromWkt(wkt: string): CrsCode | null {
  const text = wkt.trim();
  const authority = /^PROJCS\[.*AUTHORITY\["EPSG",\s*"?(\d+)"?\]\]\s*$/is.exec(text);
  if (authority?.[1]) {
    const byCode = crsFromEpsgNumber(Number(authority[1]));
    if (byCode) return byCode;
  }
  if (/^GEOGCS\[/i.test(text)) return /ETRS|ETRF/i.test(text) ? 'EPSG:4258' : 'EPSG:4326';
  if (!/^PROJCS\[/i.test(text)) return null;
  if (/Mercator_Auxiliary_Sphere|Popular_Visualisation|Pseudo[-_ ]Mercator|Web_Mercator/i.test(text)) {
    return 'EPSG:3857';
  }
  if (!/Transverse_Mercator|Gauss_Kruger/i.test(text)) return null;
  const centralMeridian = parameter(text, 'central_meridian');
  const falseEasting = parameter(text, 'false_easting');
  const scale = parameter(text, 'scale_factor');
  if (centralMeridian === null || falseEasting === null) return null;
  const isBessel = /bessel|DHDN|Deutsches_Hauptdreiecksnetz|Potsdam/i.test(text);
  if (scale === 1 || (scale === null && isBessel)) {
    // Gauss-Krüger: zone = central meridian / 3, false easting = zone × 1e6 + 500 000.
    const zone = centralMeridian / 3;
    if (isBessel && [2, 3, 4, 5].includes(zone) && falseEasting === zone * 1e6 + 500000) {
      return `EPSG:${31464 + zone}` as CrsCode;
    }
    return null;
  }
  if (scale !== null && Math.abs(scale - 0.9996) > 1e-9) return null;
  // ETRS89 and WGS84 UTM differ by well under a metre in Germany: both are read as ETRS89.
  if (centralMeridian === 9 && falseEasting === 500000) return 'EPSG:25832';
  if (centralMeridian === 15 && falseEasting === 500000) return 'EPSG:25833';
  if (centralMeridian === 9 && falseEasting === 32500000) return 'EPSG:4647';
  if (centralMeridian === 15 && falseEasting === 33500000) return 'EPSG:5650';
  return null;
}

/** A supported CRS by its EPSG number, including the WGS84 UTM and ESRI aliases read as equivalent. */
export function crsFromEpsgNumber(code: number): CrsCode | null {
  const aliases: Record<number, CrsCode> = {
    4326: 'EPSG:4326',
    4258: 'EPSG:4258',
    3857: 'EPSG:3857',
    900913: 'EPSG:3857',
    102100: 'EPSG:3857',
    25832: 'EPSG:25832',
    32632: 'EPSG:25832',
    25833: 'EPSG:25833',
    32633: 'EPSG:25833',
    4647: 'EPSG:4647',
    5650: 'EPSG:5650',
    31466: 'EPSG:31466',
    31467: 'EPSG:31467',
    31468: 'EPSG:31468',
    31469: 'EPSG:31469',
  };
  return aliases[code] ?? null;
}

function parameter(wkt: string, name: string): number | null {
  const match = new RegExp(`PARAMETER\\["${name}",\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  if (!match?.[1]) return null;
  const value = Number(match[1]);
  return Number.isFinite(value) ? value : null;
}
