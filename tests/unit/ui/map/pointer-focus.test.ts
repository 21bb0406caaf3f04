// @vitest-environment jsdom
/**
 * The map canvas carries the pointer mark from a press until a real key (not a modifier) is used on
 * it or it loses focus; other elements are never marked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { POINTER_FOCUS_ATTRIBUTE, trackPointerFocus } from '../../../../src/ui/map/pointer-focus';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function setUp() {
  document.body.innerHTML =
    '<div><canvas class="maplibregl-canvas" tabindex="0"></canvas><button>b</button></div>';
  stop = trackPointerFocus(document);
  const canvas = document.querySelector('canvas')!;
  const button = document.querySelector('button')!;
  const press = (target: Element) => target.dispatchEvent(new Event('pointerdown', { bubbles: true }));
  const key = (target: Element, name: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  const mark = () => canvas.getAttribute(POINTER_FOCUS_ATTRIBUTE);
  return { canvas, button, press, key, mark };
}

describe('trackPointerFocus', () => {
  it('marks a pressed canvas and keeps the mark through modifier keys (Shift-click)', () => {
    const { canvas, press, key, mark } = setUp();
    expect(mark()).toBeNull();
    press(canvas);
    expect(mark()).toBe('pointer');
    key(canvas, 'Shift');
    key(canvas, 'Control');
    expect(mark()).toBe('pointer');
  });

  it('drops the mark when a key is used on the map, or focus leaves it', () => {
    const { canvas, press, key, mark } = setUp();
    press(canvas);
    key(canvas, 'ArrowLeft');
    expect(mark()).toBeNull();
    press(canvas);
    canvas.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(mark()).toBeNull();
  });

  it('marks nothing else, and stops listening when asked', () => {
    const { canvas, button, press, mark } = setUp();
    press(button);
    expect(button.hasAttribute(POINTER_FOCUS_ATTRIBUTE)).toBe(false);
    stop!();
    stop = null;
    press(canvas);
    expect(mark()).toBeNull();
  });
});
