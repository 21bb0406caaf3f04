/**
 * How much of the map's left side the floating legend keeps from the data: the camera fits the data
 * beside it, and the print image, which draws the legend beside the map instead of over it, centres
 * the map on what is visible beside it.
 */
import type * as maplibregl from 'maplibre-gl';

/** Space kept free on every side of the fitted data, in CSS px. */
export const FIT_MARGIN = 24;

/**
 * The left padding (CSS px) that keeps the data clear of the legend floating over the bottom-left
 * corner of `container`'s map area: the legend's width plus a margin, as long as that leaves the data
 * at least 40 % of the map's width (narrower maps fold their legend, see Legend.tsx), else the margin.
 * The legend's width comes from its CSS (21rem) when it is not there yet: the camera set for the
 * early geometry is then the one the dataset keeps, and MapLibre tiles the data only once.
 */
export function legendClearance(container: HTMLElement): number {
  const legend = container.closest('.map-area')?.querySelector<HTMLElement>('[data-testid="legend"]');
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const width = container.clientWidth;
  const legendWidth = legend?.offsetWidth ?? Math.min(21 * rem, width - 1.5 * rem);
  return width - (legendWidth + FIT_MARGIN) - FIT_MARGIN >= 0.4 * width
    ? legendWidth + FIT_MARGIN
    : FIT_MARGIN;
}

/**
 * How far (CSS px) the middle of the map beside the legend lies right of the container's middle:
 * the zoom buttons zoom around it, and the print image is centred on it.
 */
export function visibleMiddleOffset(container: HTMLElement): number {
  return (legendClearance(container) - FIT_MARGIN) / 2;
}

/** The map position in the middle of what is visible beside the floating legend. */
export function visibleMiddle(map: Pick<maplibregl.Map, 'getContainer' | 'unproject'>): maplibregl.LngLat {
  const container = map.getContainer();
  return map.unproject([
    container.clientWidth / 2 + visibleMiddleOffset(container),
    container.clientHeight / 2,
  ]);
}
