/**
 * The bundle-size baseline: a bare page with the libraries the dashboard is built on (maplibre-gl,
 * react, zustand, modular d3) and nothing of ours. TOOLCHAIN.md measured the same set at ~376 kB gzip.
 */
import { extent } from 'd3-array';
import { format } from 'd3-format';
import { scaleQuantize } from 'd3-scale';
import { schemeYlOrRd } from 'd3-scale-chromatic';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';

maplibregl.setWorkerUrl(workerUrl);
const useYear = create<{ year: number; setYear: (year: number) => void }>()((set) => ({
  year: 2024,
  setYear: (year) => set({ year }),
}));

function Map() {
  const container = useRef<HTMLDivElement>(null);
  const year = useYear((state) => state.year);
  useEffect(() => {
    const values = [1, 5, 9];
    const scale = scaleQuantize<string>()
      .domain(extent(values) as [number, number])
      .range(schemeYlOrRd[5] as string[]);
    const map = new maplibregl.Map({
      container: container.current!,
      style: {
        version: 8,
        sources: {},
        layers: [{ id: 'bg', type: 'background', paint: { 'background-color': scale(5) } }],
      },
    });
    return () => map.remove();
  }, []);
  return (
    <div>
      <p>{format(',.1f')(year)}</p>
      <div ref={container} style={{ height: 400 }} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Map />);
