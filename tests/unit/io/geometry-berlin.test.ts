/**
 * The real Berlin LOR 2021 shapefiles (542 Planungsräume, 143 Bezirksregionen, EPSG:25833, UTF-8 DBF)
 * from ../shared/data/real/berlin-mss-2021 (see SOURCE.md there). Expected counts, the id format and
 * the PLR → BZR prefix rule are from SOURCE.md; Berlin's extent (13.09–13.76 E, 52.34–52.68 N) from
 * the Senate's LOR documentation, widened by a few hundredths of a degree.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignParentsByContainment, readGeometry, type GeometryLayer } from '../../../src/io/geometry';
import type { Issue } from '../../../src/io/issue';
import { BERLIN_DIR } from '../../real/berlin-mss-2021';

const folder = BERLIN_DIR;

async function load(file: string, idProperty: string, nameProperty: string) {
  const readFileFromFolder = async (relativePath: string) => {
    try {
      return new Uint8Array(await readFile(path.join(folder, relativePath)));
    } catch {
      return null;
    }
  };
  const started = performance.now();
  const result = await readGeometry(
    { file, idProperty, nameProperty },
    { readFile: readFileFromFolder, normaliseId: (id) => id, levelId: 'berlin' },
  );
  return { result, milliseconds: performance.now() - started };
}

describe('Berlin LOR 2021 shapefiles', () => {
  let planungsraeume: GeometryLayer;
  let bezirksregionen: GeometryLayer;
  let planungsraumIssues: readonly Issue[];
  let loadMilliseconds: number;

  beforeAll(async () => {
    // Never skipped: without the data this test says where it looked.
    expect(
      existsSync(path.join(folder, 'lor_planungsraeume_2021.shp')),
      `Berlin shapefiles not found in ${folder}`,
    ).toBe(true);
    await load('lor_planungsraeume_2021.shp', 'PLR_ID', 'PLR_NAME'); // warm-up (module loading, JIT)
    const plr = await load('lor_planungsraeume_2021.shp', 'PLR_ID', 'PLR_NAME');
    const bzr = await load('lor_bezirksregionen_2021.shp', 'BZR_ID', 'BZR_NAME');
    if (!plr.result.ok || !bzr.result.ok) throw new Error('Berlin shapefiles did not load');
    planungsraeume = plr.result.value;
    planungsraumIssues = plr.result.issues;
    bezirksregionen = bzr.result.value;
    loadMilliseconds = plr.milliseconds;
  });

  it('loads 542 Planungsräume in well under a second', ({ annotate }) => {
    void annotate(`lor_planungsraeume_2021.shp (3.2 MB) loaded in ${loadMilliseconds.toFixed(0)} ms`);
    expect(planungsraeume.features).toHaveLength(542);
    expect(planungsraeume.crs).toBe('EPSG:25833');
    expect(loadMilliseconds).toBeLessThan(1000);
  });

  it('reports no errors', () => {
    expect(planungsraumIssues.filter((item) => item.severity === 'error')).toEqual([]);
  });

  it('keeps 8-digit ids with leading zeros and names with umlauts and ß', () => {
    expect(planungsraeume.ids.every((id) => /^\d{8}$/.test(id))).toBe(true);
    // Mitte (Bezirk 01): 49 Planungsräume, as in plr_only_no_geo.csv.
    expect(planungsraeume.ids.filter((id) => id.startsWith('01'))).toHaveLength(49);
    expect(planungsraeume.names.filter((name) => name === 'Schloßstraße')).toHaveLength(2);
  });

  it('has the ids and names of the independent PLR list (plr_only_no_geo.csv)', async () => {
    const listed = (await readFile(path.join(folder, 'plr_only_no_geo.csv'), 'utf8'))
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','));
    const listedNames = new Map(listed.map(([id, name]) => [id, name]));
    expect([...planungsraeume.ids].sort()).toEqual([...listedNames.keys()].sort());
    // The two sources spell a few names differently ("Meller Bogen" / "Mellerbogen"); mojibake would
    // break every name with ä, ö, ü or ß (242 of the 542).
    const sameName = planungsraeume.ids.filter(
      (id, index) => listedNames.get(id) === planungsraeume.names[index],
    );
    expect(sameName.length).toBeGreaterThanOrEqual(530);
    expect(planungsraeume.names[planungsraeume.ids.indexOf('01100102')]).toBe('Großer Tiergarten');
  });

  it('lies inside Berlin in longitude/latitude', () => {
    const [west, south, east, north] = planungsraeume.bbox;
    expect(west).toBeGreaterThan(13.05);
    expect(east).toBeLessThan(13.8);
    expect(south).toBeGreaterThan(52.3);
    expect(north).toBeLessThan(52.7);
    expect(east - west).toBeGreaterThan(0.6);
  });

  it('finds the Bezirksregion of at least 99 % of the Planungsräume by containment', () => {
    expect(bezirksregionen.features).toHaveLength(143);
    const parents = assignParentsByContainment(planungsraeume, bezirksregionen);
    let matching = 0;
    parents.forEach((parent, child) => {
      if (parent >= 0 && bezirksregionen.ids[parent] === planungsraeume.ids[child]!.slice(0, 6)) matching++;
    });
    expect(matching / planungsraeume.ids.length).toBeGreaterThanOrEqual(0.99);
  });
});
