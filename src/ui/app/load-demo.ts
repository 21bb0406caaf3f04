import { issue, type Issue } from '../../io/issue';
import { loadDataset, type LoadedDataset } from '../../io/load-dataset';
import { demoFileUrl } from './demo-files';

/** Fetches a file of the demo city; the only place in the app that calls fetch. */
async function fetchDemoFile(name: string): Promise<Uint8Array | null> {
  const url = demoFileUrl(name);
  if (!url) return null;
  const response = await fetch(url);
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
}

/** Loads the embedded demo city through the same loader analysts' files go through. */
export async function loadDemo(): Promise<
  { ok: true; dataset: LoadedDataset; issues: readonly Issue[] } | { ok: false; issues: readonly Issue[] }
> {
  const manifest = await fetchDemoFile('manifest.json');
  if (!manifest) return { ok: false, issues: [issue('file-not-found', 'error', { file: 'manifest.json' })] };
  const result = await loadDataset(new TextDecoder().decode(manifest), fetchDemoFile);
  return result.ok
    ? { ok: true, dataset: result.value, issues: result.issues }
    : { ok: false, issues: result.issues };
}
