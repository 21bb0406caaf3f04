// A three-area, two-district dataset whose chart numbers are computed by hand in the tests.
// SGB-II rates (sgb2 / einwohner × 100): 2020 a 10, b 10, c 5 (Nord 30/300 = 10, Süd 5, city
// 35/400 = 8.75); 2021 a 12, b 15, c 6 (Nord 14, Süd 6, city 48/400 = 12); 2022 a unknown ('.').
import { deriveDataset } from '../../../../src/engine/derive';
import type { DerivedDataset } from '../../../../src/engine/types';
import type { ManifestInput } from '../../../../src/manifest/schema';
import { makeDataset, TWO_LEVELS } from '../../engine/make-dataset';

export function chartDataset(quoteExtra: Partial<ManifestInput['indicators'][number]> = {}): DerivedDataset {
  return deriveDataset(
    makeDataset({
      years: [2020, 2021, 2022],
      levels: TWO_LEVELS,
      variables: {
        einwohner: { a: [100, 100, 100], b: [200, 200, 200], c: [100, 100, 100] },
        sgb2: { a: [10, 12, '.'], b: [20, 30, 40], c: [5, 6, 7] },
      },
      indicators: [
        {
          id: 'quote',
          label: 'SGB-II-Quote',
          unit: '%',
          decimals: 1,
          polarity: 'higher-is-worse',
          type: 'rate',
          numerator: 'sgb2',
          denominator: 'einwohner',
          ...quoteExtra,
        } as ManifestInput['indicators'][number],
        { id: 'einwohner', label: 'Einwohner', decimals: 0, type: 'count', variable: 'einwohner' },
      ],
    }),
  );
}
