import type * as maplibregl from 'maplibre-gl';

/** The part of MapLibre's painter we hold: the GL drawing of a frame. */
interface Drawing {
  render: (...args: unknown[]) => void;
}

/**
 * Holds MapLibre's GL drawing until `ready()` says the frame is worth drawing; returns how to stop
 * holding (idempotent). Everything else MapLibre does in a frame (sources, tile requests, placement,
 * events) goes on; `ready` is asked once per frame, and the first yes ends the hold for good.
 *
 * Why: between adding a dataset's sources and their first tiles MapLibre draws a frame for every
 * source event, each showing only the background. In software GL every drawn frame costs 20–45 ms
 * of the GPU process plus a wait on the main thread when the page composites it: time taken from
 * MapLibre's tiling worker on the way to the first coloured map (docs/benchmarks.md). The map's
 * container has the background's colour, so nothing on screen changes while frames are held.
 */
export function holdFramesUntil(map: maplibregl.Map, ready: () => boolean): () => void {
  // `painter` is public on the Map class, `render` is its per-frame entry point (MapLibre 6).
  const drawing = map.painter as unknown as Drawing;
  let holding = true;
  const release = () => {
    if (!holding) return;
    holding = false;
    // Back to the prototype's method.
    delete (drawing as Partial<Drawing>).render;
  };
  const draw = Object.getPrototypeOf(drawing).render as Drawing['render'];
  drawing.render = function (this: unknown, ...args: unknown[]) {
    if (!ready()) return;
    release();
    draw.apply(this, args);
  };
  return () => {
    if (!holding) return;
    release();
    map.triggerRepaint();
  };
}

/** The part of MapLibre's painter that draws one layer of a frame. */
interface LayerDrawing {
  renderLayer: (...args: unknown[]) => void;
}

/**
 * Leaves the layers `held` names out of MapLibre's GL drawing until the returned function is
 * called (idempotent; it asks for a frame, which draws them). Their tiles and buckets are made as
 * usual, so they appear in the next frame without any new work in MapLibre's worker.
 *
 * Why: the patterns (Handlungsbedarf hatch, missing-value hatch and dots) are the only layers with
 * a GL program of their own. In software GL a program is linked and compiled while the page waits,
 * ~50 ms of the demo's first paint here (docs/benchmarks.md). The page's first map is drawn
 * without them and they follow one frame later.
 */
export function holdLayersUntilReleased(map: maplibregl.Map, held: (layerId: string) => boolean): () => void {
  // `renderLayer(painter, tileManager, layer, coords, context)`: the painter's per-layer entry (MapLibre 6).
  const painter = map.painter as unknown as LayerDrawing;
  const draw = Object.getPrototypeOf(painter).renderLayer as LayerDrawing['renderLayer'];
  let holding = true;
  painter.renderLayer = function (this: unknown, ...args: unknown[]) {
    const layer = args[2] as { readonly id: string } | undefined;
    if (layer && held(layer.id)) return;
    draw.apply(this, args);
  };
  return () => {
    if (!holding) return;
    holding = false;
    delete (painter as Partial<LayerDrawing>).renderLayer;
    map.triggerRepaint();
  };
}
