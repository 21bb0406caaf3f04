/**
 * The loader's checks of thresholds and Handlungsbedarf rules, on the demo manifest with one fault
 * each: every fault is an error located by its JSON path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../src/io/read-manifest';

const demo = JSON.parse(readFileSync('data/demo/manifest.json', 'utf8').replace(/^\uFEFF/, ''));

function check(change: (manifest: typeof demo) => void) {
  const manifest = structuredClone(demo);
  change(manifest);
  const result = readManifest(JSON.stringify(manifest), 'manifest.json');
  return result.issues.map((item) => [item.code, item.where.path, item.params.kind ?? item.params.message]);
}

const indicator = (manifest: typeof demo, id: string) =>
  manifest.indicators.find((candidate: { id: string }) => candidate.id === id);

describe('thresholds and Handlungsbedarf rules in the manifest', () => {
  it('accepts the demo rule', () => {
    expect(check(() => {})).toEqual([]);
  });

  it('asks for a direction on thresholds of a neutral indicator', () => {
    expect(
      check((manifest) => {
        indicator(manifest, 'einwohner').thresholds = [{ type: 'absolute', value: 300 }];
      }),
    ).toEqual([
      [
        'manifest-schema',
        'indicators[6].thresholds[0].direction',
        'required ("above" or "below") for a neutral indicator',
      ],
    ]);
    expect(
      check((manifest) => {
        indicator(manifest, 'einwohner').thresholds = [{ type: 'absolute', value: 300, direction: 'below' }];
      }),
    ).toEqual([]);
  });

  it('reports unknown thresholds and indicators of rule members', () => {
    expect(
      check((manifest) => {
        manifest.handlungsbedarf[0].members[1].threshold = 'ab99';
        manifest.handlungsbedarf[0].members[2].indicator = 'gibtsnicht';
      }),
    ).toEqual([
      ['unknown-reference', 'handlungsbedarf[0].members[1].threshold', 'threshold'],
      ['unknown-reference', 'handlungsbedarf[0].members[2].indicator', 'indicator'],
    ]);
  });

  it('needs the member to name a threshold when the indicator has several', () => {
    expect(
      check((manifest) => {
        delete manifest.handlungsbedarf[0].members[0].threshold;
      }),
    ).toEqual([
      [
        'manifest-schema',
        'handlungsbedarf[0].members[0].threshold',
        'required: sgb2_quote has 3 thresholds, name one by id or position',
      ],
    ]);
  });

  it('refuses k larger than n', () => {
    expect(
      check((manifest) => {
        manifest.handlungsbedarf[0].atLeast = 4;
      }),
    ).toEqual([['manifest-schema', 'handlungsbedarf[0].atLeast', 'atLeast 4 is more than the 3 members']]);
  });

  it('refuses k below 1 in the schema', () => {
    expect(
      check((manifest) => {
        manifest.handlungsbedarf[0].atLeast = 0;
      })[0]?.slice(0, 2),
    ).toEqual(['manifest-schema', 'handlungsbedarf[0].atLeast']);
  });
});
