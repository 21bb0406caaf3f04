/**
 * What the loading worker loads, carried in the worker's `name`: the worker starts fetching the
 * moment its script has run. A message posted to a worker that is still starting waits in the page
 * until the page's main thread is free, and at start-up that thread spends 100–200 ms evaluating
 * the main bundle. Kept tiny: first-load.ts, the first module the page runs, imports it.
 */
import type { DatasetRequest } from '../ui/app/load-demo';

const PREFIX = 'qm-load ';

/** The worker name that carries `request`. */
export function loadRequestName(request: DatasetRequest): string {
  return PREFIX + JSON.stringify(request);
}

/** The request a worker name carries, or null when it carries none (or a malformed one). */
export function loadRequestOf(name: string): DatasetRequest | null {
  if (!name.startsWith(PREFIX)) return null;
  try {
    const value: unknown = JSON.parse(name.slice(PREFIX.length));
    if (typeof value !== 'object' || value === null) return null;
    const { manifestUrl, fileUrls } = value as { manifestUrl?: unknown; fileUrls?: unknown };
    if (typeof manifestUrl !== 'string') return null;
    if (fileUrls === undefined) return { manifestUrl };
    if (typeof fileUrls !== 'object' || fileUrls === null) return null;
    const urls: Record<string, string> = {};
    for (const [file, url] of Object.entries(fileUrls)) {
      if (typeof url !== 'string') return null;
      urls[file] = url;
    }
    return { manifestUrl, fileUrls: urls };
  } catch {
    return null;
  }
}
