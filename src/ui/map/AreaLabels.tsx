import { useEffect, useState } from 'react';
import { layoutLabels, type Box, type PlacedLabel } from './label-layout';
import type { LabelPoints } from './label-points';

/** What the labels need from the map, without importing MapLibre here. */
export interface LabelView {
  /** lon/lat → px in the map container. */
  readonly project: (lon: number, lat: number) => { x: number; y: number };
  readonly size: () => { width: number; height: number };
  /** What floats over the map (legend, buttons), in px of the map container: no label goes there. */
  readonly obstacles: () => readonly Box[];
  /** Calls back after every camera change (throttled to frames); returns the unsubscribe. */
  readonly subscribe: (onChange: () => void) => () => void;
}

export interface AreaLabelsProps {
  readonly view: LabelView;
  readonly points: LabelPoints;
  readonly names: readonly string[];
}

/**
 * Area names as an HTML overlay (the style has no glyphs, so no symbol layers): placed at each
 * area's label point, larger areas first, dropped where they would collide. Text only.
 */
export function AreaLabels({ view, points, names }: AreaLabelsProps) {
  const [labels, setLabels] = useState<PlacedLabel[]>([]);

  useEffect(() => {
    const update = () => {
      const { width, height } = view.size();
      const candidates = [];
      for (const index of points.order) {
        const lon = points.coordinates[index * 2]!;
        const lat = points.coordinates[index * 2 + 1]!;
        if (Number.isNaN(lon)) continue;
        const { x, y } = view.project(lon, lat);
        if (x < 0 || y < 0 || x > width || y > height) continue;
        candidates.push({ index, x, y, text: names[index] ?? '' });
      }
      setLabels(layoutLabels(candidates, { width, height, obstacles: view.obstacles() }));
    };
    update();
    return view.subscribe(update);
  }, [view, points, names]);

  return (
    <div className="map-labels" aria-hidden="true" data-testid="map-labels">
      {labels.map((label) => (
        <span
          key={label.index}
          className="map-label"
          style={{ transform: `translate(${label.x}px, ${label.y}px)` }}
        >
          {label.text}
        </span>
      ))}
    </div>
  );
}
