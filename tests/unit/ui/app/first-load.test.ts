import { describe, expect, it } from 'vitest';
import { resolveSource, takeStartedWorker } from '../../../../src/ui/app/first-load';

const page = 'https://stadt.example/monitor/?dataset=x';
const base = 'https://stadt.example/monitor/';

describe('resolveSource', () => {
  it('loads a same-origin manifest by its absolute URL', () => {
    expect(resolveSource('daten/manifest.json', page, base)).toEqual({
      source: 'daten/manifest.json',
      request: { manifestUrl: 'https://stadt.example/monitor/daten/manifest.json' },
      crossOrigin: false,
    });
  });

  it('refuses another origin and falls back to the demo, saying so', () => {
    const resolved = resolveSource('https://elsewhere.example/manifest.json', page, base);
    expect(resolved.crossOrigin).toBe(true);
    expect(resolved.source).toBeNull();
    expect(resolved.request.manifestUrl).toMatch(/^https:\/\/stadt\.example\/.*manifest.*\.json$/);
    expect(resolved.request.fileUrls?.['manifest.json']).toBe(resolved.request.manifestUrl);
  });

  it('loads the demo, with every demo file by name, when no dataset is named', () => {
    const resolved = resolveSource(null, page, base);
    expect(resolved).toMatchObject({ source: null, crossOrigin: false });
    expect(Object.keys(resolved.request.fileUrls ?? {})).toContain('manifest.json');
  });
});

describe('takeStartedWorker', () => {
  it('has nothing to hand over where no worker was started (Node, no window)', () => {
    expect(takeStartedWorker(null)).toBeNull();
  });
});
