import type * as maplibregl from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { holdFramesUntil, holdLayersUntilReleased } from '../../../../src/ui/map/hold-frames';

/** A stand-in for MapLibre's painter: `render` on the prototype, like the real class. */
class FakePainter {
  drawn: unknown[][] = [];
  layers: string[] = [];
  render(...args: unknown[]): void {
    this.drawn.push(args);
  }
  /** MapLibre 6: renderLayer(painter, tileManager, layer, coords, context). */
  renderLayer(_painter: unknown, _tiles: unknown, layer: { id: string }): void {
    this.layers.push(layer.id);
  }
}

function fakeMap() {
  const painter = new FakePainter();
  let repaints = 0;
  const map = {
    painter,
    triggerRepaint: () => {
      repaints += 1;
    },
  } as unknown as maplibregl.Map;
  return { map, painter, repaints: () => repaints };
}

describe('holdFramesUntil', () => {
  it('draws nothing while not ready, then draws and stops asking', () => {
    const { map, painter } = fakeMap();
    let ready = false;
    let asked = 0;
    holdFramesUntil(map, () => {
      asked += 1;
      return ready;
    });
    painter.render('frame 1');
    painter.render('frame 2');
    expect(painter.drawn).toEqual([]);
    ready = true;
    painter.render('frame 3');
    expect(painter.drawn).toEqual([['frame 3']]);
    // The hold is gone: later frames draw without asking, through the prototype's method again.
    painter.render('frame 4');
    expect(painter.drawn).toEqual([['frame 3'], ['frame 4']]);
    expect(asked).toBe(3);
    expect(Object.prototype.hasOwnProperty.call(painter, 'render')).toBe(false);
  });

  it('release ends the hold and asks for a frame, once', () => {
    const { map, painter, repaints } = fakeMap();
    const release = holdFramesUntil(map, () => false);
    painter.render('held');
    release();
    release();
    painter.render('drawn');
    expect(painter.drawn).toEqual([['drawn']]);
    expect(repaints()).toBe(1);
  });

  it('release after the hold ended on its own asks for nothing', () => {
    const { map, painter, repaints } = fakeMap();
    const release = holdFramesUntil(map, () => true);
    painter.render('drawn');
    release();
    expect(repaints()).toBe(0);
    expect(painter.drawn).toEqual([['drawn']]);
  });
});

describe('holdLayersUntilReleased', () => {
  const frame = (painter: FakePainter, ...ids: string[]) => {
    for (const id of ids) painter.renderLayer(painter, null, { id });
  };

  it('leaves the held layers out of every frame until released, then draws them and asks for a frame once', () => {
    const { map, painter, repaints } = fakeMap();
    const release = holdLayersUntilReleased(map, (id) => id.endsWith('-hatch'));
    frame(painter, 'fill', 'flag-hatch', 'lines');
    frame(painter, 'fill', 'flag-hatch', 'lines');
    expect(painter.layers).toEqual(['fill', 'lines', 'fill', 'lines']);
    release();
    release();
    expect(repaints()).toBe(1);
    frame(painter, 'fill', 'flag-hatch', 'lines');
    expect(painter.layers.slice(4)).toEqual(['fill', 'flag-hatch', 'lines']);
    // Back to the prototype's method.
    expect(Object.prototype.hasOwnProperty.call(painter, 'renderLayer')).toBe(false);
  });
});
