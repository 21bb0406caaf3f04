/**
 * The optional basemap, off by default: nothing leaves the page's origin unless whoever builds the
 * site sets VITE_BASEMAP_URL, e.g.
 *
 *   VITE_BASEMAP_URL='https://tiles.example.org/{z}/{x}/{y}.png' npx vite build   (raster tiles)
 *   VITE_BASEMAP_URL='https://tiles.example.org/style.json' npx vite build       (MapLibre style)
 *
 * The built page's Content-Security-Policy (vite.config.ts) allows only its own origin, so a
 * deployment with a basemap must also allow the tile host in img-src / connect-src. Tile providers
 * usually require attribution: add it to the style or page.
 */
import { basemapOf, type Basemap } from './map-style';

/** The configured basemap URL, or null (the default: no basemap, the map works offline). */
export const basemapUrl: string | null = (import.meta.env.VITE_BASEMAP_URL as string | undefined) || null;

/** The configured basemap, classified (raster template or style URL). */
export const basemap: Basemap | null = basemapOf(basemapUrl);
