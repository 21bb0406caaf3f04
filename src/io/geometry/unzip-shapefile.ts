/**
 * The parts of a zipped shapefile. Uses but-unzip, the unzipper shpjs itself depends on (Node's zlib
 * in Node, DecompressionStream in browsers); shpjs's own parseZip is not used because it reprojects
 * with the .prj on its own terms and throws on a .prj that proj4 cannot read.
 */
import { iter } from 'but-unzip';

/** The bytes of one shapefile's parts found in a zip (the first .shp in the archive). */
export interface ZippedShapefile {
  /** Path of the .shp inside the zip. */
  readonly name: string;
  readonly shp: Uint8Array;
  readonly dbf: Uint8Array | null;
  readonly prj: Uint8Array | null;
  readonly cpg: Uint8Array | null;
}

/** The first shapefile in a zip, null when there is none; throws on a damaged archive. */
export async function unzipShapefile(zip: Uint8Array): Promise<ZippedShapefile | null> {
  const entries = new Map<string, () => Promise<Uint8Array> | Uint8Array>();
  for (const entry of iter(zip)) {
    // macOS adds resource forks (__MACOSX/._name.shp) that are no shapefiles.
    if (entry.filename.includes('__MACOSX/') || entry.filename.endsWith('/')) continue;
    entries.set(entry.filename, entry.read);
  }
  const shpName = [...entries.keys()].find((name) => /\.shp$/i.test(name));
  if (shpName === undefined) return null;
  const base = shpName.slice(0, -4).toLowerCase();
  const part = async (extension: string): Promise<Uint8Array | null> => {
    for (const [name, read] of entries) {
      if (name.toLowerCase() === `${base}.${extension}`) return await read();
    }
    return null;
  };
  const [shp, dbf, prj, cpg] = await Promise.all([part('shp'), part('dbf'), part('prj'), part('cpg')]);
  return shp ? { name: shpName, shp, dbf, prj, cpg } : null;
}
