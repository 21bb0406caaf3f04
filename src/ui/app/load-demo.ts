/**
 * Fetching a dataset: its manifest, the files the manifest names, the loader and the engine's
 * derivation. The same code runs in the loading worker and, where workers fail, on the main thread.
 * This is the only place in the app that calls fetch.
 */
import { deriveDataset } from '../../engine/derive';
import type { DerivedDataset } from '../../engine/types';
import { issue, type Issue } from '../../io/issue';
import { loadDataset, type GeometryReady, type LoadedDataset } from '../../io/load-dataset';

/** What to fetch: absolute URLs only (the worker's base URL is not the page's). */
export interface DatasetRequest {
  /** Absolute URL of the manifest. */
  readonly manifestUrl: string;
  /** File name (as the manifest writes it, without "./") → absolute URL; for the demo's emitted assets. */
  readonly fileUrls?: Readonly<Record<string, string>>;
}

export type DatasetOutcome =
  | {
      readonly ok: true;
      readonly dataset: LoadedDataset;
      readonly derived: DerivedDataset;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Share of the progress bar reached once loading is done; derivation takes the rest. */
const LOADED = 0.85;

/** Where a file named in the manifest lives; null when it would leave the manifest's origin. */
function fileUrl(request: DatasetRequest, name: string): string | null {
  const clean = name.replace(/^\.\//, '');
  const mapped = request.fileUrls?.[clean];
  if (mapped) return mapped;
  try {
    const url = new URL(clean, request.manifestUrl);
    return url.origin === new URL(request.manifestUrl).origin ? url.href : null;
  } catch {
    return null;
  }
}

async function fetchBytes(url: string | null): Promise<Uint8Array | null> {
  if (url === null) return null;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/** Fetches, loads and derives a dataset; `onProgress` gets a fraction 0..1. */
export async function fetchDataset(
  request: DatasetRequest,
  onProgress: (fraction: number) => void = () => {},
  onGeometry: GeometryReady = () => {},
): Promise<DatasetOutcome> {
  onProgress(0);
  // Emitted demo assets carry a hash in their name; issues should name the file as the author wrote it.
  const manifestName = request.fileUrls
    ? 'manifest.json'
    : decodeURIComponent(new URL(request.manifestUrl).pathname.split('/').pop() || 'manifest.json');
  const manifest = await fetchBytes(request.manifestUrl);
  if (!manifest) {
    // Name the whole path the link asked for, so a typo in `?dataset=` is easy to spot.
    const requested = request.fileUrls
      ? manifestName
      : decodeURIComponent(new URL(request.manifestUrl).pathname);
    return { ok: false, issues: [issue('file-not-found', 'error', { file: requested })] };
  }
  const result = await loadDataset(
    new TextDecoder().decode(manifest),
    (name) => fetchBytes(fileUrl(request, name)),
    manifestName,
    (fraction) => onProgress(0.05 + fraction * (LOADED - 0.05)),
    onGeometry,
  );
  if (!result.ok) return { ok: false, issues: result.issues };
  onProgress(LOADED);
  const derived = deriveDataset(result.value.data);
  onProgress(1);
  return { ok: true, dataset: result.value, derived, issues: result.issues };
}
