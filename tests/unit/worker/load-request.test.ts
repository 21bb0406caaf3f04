import { describe, expect, it } from 'vitest';
import { loadRequestName, loadRequestOf } from '../../../src/worker/load-request';

describe('load request in the worker name', () => {
  it('round-trips a request with and without file URLs', () => {
    const plain = { manifestUrl: 'http://localhost:4173/data/x/manifest.json' };
    expect(loadRequestOf(loadRequestName(plain))).toEqual(plain);
    const demo = {
      manifestUrl: 'http://localhost:4173/assets/manifest-abc.json',
      fileUrls: {
        'manifest.json': 'http://localhost:4173/assets/manifest-abc.json',
        'a b;ä.csv': 'http://x/y',
      },
    };
    expect(loadRequestOf(loadRequestName(demo))).toEqual(demo);
  });

  it('refuses names that carry no request or a malformed one', () => {
    expect(loadRequestOf('')).toBeNull();
    expect(loadRequestOf('some other worker')).toBeNull();
    expect(loadRequestOf('qm-load {not json')).toBeNull();
    expect(loadRequestOf('qm-load null')).toBeNull();
    expect(loadRequestOf('qm-load {"manifestUrl":3}')).toBeNull();
    expect(loadRequestOf('qm-load {"manifestUrl":"u","fileUrls":{"a":1}}')).toBeNull();
    expect(loadRequestOf('qm-load {"manifestUrl":"u","fileUrls":"x"}')).toBeNull();
  });
});
