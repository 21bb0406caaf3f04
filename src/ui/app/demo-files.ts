/**
 * The demo city ships inside the build: Vite emits each file of data/demo as an asset and gives us its
 * URL, so the static site needs no server-side folder layout and no request leaves the origin.
 */
const urls = import.meta.glob('/data/demo/*.{json,geojson,csv}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The URL of a demo file by its name relative to the manifest, or undefined. */
export function demoFileUrl(name: string): string | undefined {
  return urls[`/data/demo/${name.replace(/^\.\//, '')}`];
}

/**
 * Every demo file by its name, as absolute URLs resolved against `base` (the page), so a worker,
 * whose own URL differs from the page's, fetches the same files.
 */
export function demoFileUrls(base: string): Record<string, string> {
  const absolute: Record<string, string> = {};
  for (const [path, url] of Object.entries(urls))
    absolute[path.replace(/^\/data\/demo\//, '')] = new URL(url, base).href;
  return absolute;
}
