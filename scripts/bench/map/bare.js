// The baseline for the map benchmarks: the same maplibre-gl build, the same GeoJSON (?geojson=),
// a step colour expression over one value per feature, nothing else. Publishes window.__bare:
// paintedAt (performance.now() at the first 'idle'), presentedAt (the first animation frame after
// it: the browser has composited, and in software GL drawn, that frame) and repaint(k) (a setFeatureState loop over
// all features, resolved with the ms to the next 'idle' and to the animation frame after it).
import * as maplibregl from './maplibre-gl.mjs';

const colors = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
const params = new URLSearchParams(location.search);
const geojsonUrl = params.get('geojson');
// The size of the app's map (w, h in CSS pixels), so both pages draw and composite as many pixels.
const container = document.getElementById('map');
if (params.has('w')) container.style.width = `${Number(params.get('w'))}px`;
if (params.has('h')) container.style.height = `${Number(params.get('h'))}px`;
const data = await (await fetch(geojsonUrl)).json();
const count = data.features.length;
let west = Infinity,
  south = Infinity,
  east = -Infinity,
  north = -Infinity;
data.features.forEach((feature, index) => {
  feature.id = index;
  feature.properties = { ...feature.properties, v: ((index * 2654435761) % 1000) / 1000 };
  const rings =
    feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
});
const value = ['coalesce', ['feature-state', 'v'], ['get', 'v']];
const map = new maplibregl.Map({
  container: 'map',
  bounds: [west, south, east, north],
  fitBoundsOptions: { padding: 24 },
  fadeDuration: 0,
  attributionControl: false,
  style: {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: { cells: { type: 'geojson', data } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e9edf1' } },
      {
        id: 'fill',
        type: 'fill',
        source: 'cells',
        // Like the app: the outline layer draws the edges, so no antialiased edge pass.
        paint: {
          'fill-antialias': false,
          'fill-color': [
            'step',
            value,
            colors[0],
            0.2,
            colors[1],
            0.4,
            colors[2],
            0.6,
            colors[3],
            0.8,
            colors[4],
          ],
        },
      },
      { id: 'outline', type: 'line', source: 'cells', paint: { 'line-color': '#5b6673', 'line-width': 0.5 } },
    ],
  },
});
window.__bare = {
  map,
  paintedAt: null,
  presentedAt: null,
  repaint: (k) =>
    new Promise((resolve) => {
      const start = performance.now();
      for (let index = 0; index < count; index++) {
        map.setFeatureState(
          { source: 'cells', id: index },
          { v: (((index + k * 7919) * 2654435761) % 1000) / 1000 },
        );
      }
      map.once('idle', () => {
        const idle = performance.now() - start;
        requestAnimationFrame(() => resolve({ idle, shown: performance.now() - start }));
      });
    }),
};
map.once('idle', () => {
  window.__bare.paintedAt = performance.now();
  requestAnimationFrame(() => {
    window.__bare.presentedAt = performance.now();
  });
});
