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
