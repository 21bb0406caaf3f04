// Unit tests build datasets with loadDataset and hand them to selectors directly; the app's loader
// primes each derivation instead (src/state/selectors.ts, derivedOf).
import { deriveDataset } from '../../src/engine/derive';
import { deriveWith } from '../../src/state/selectors';

deriveWith((dataset) => deriveDataset(dataset.data));
