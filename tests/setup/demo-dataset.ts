/** The demo city as the loader reads it from data/demo (for tests that need a whole dataset). */
import { readFileSync } from 'node:fs';
import { readBeside } from '../../src/cli/read-files';
import { loadDataset, type LoadedDataset } from '../../src/io/load-dataset';

export const DEMO_MANIFEST = 'data/demo/manifest.json';

export async function loadDemoDataset(): Promise<LoadedDataset> {
  const result = await loadDataset(readFileSync(DEMO_MANIFEST, 'utf8'), readBeside(DEMO_MANIFEST));
  if (!result.ok) throw new Error('demo did not load');
  return result.value;
}
