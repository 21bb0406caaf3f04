/**
 * Tells the map's focus ring apart for mouse and keyboard. The MapLibre canvas is focusable (Tab,
 * arrow keys, Enter); a click focuses it too, and Chromium then shows `:focus-visible` as soon as a
 * key is pressed on it, a modifier included: after a Shift-click (comparison) or Escape the whole
 * map kept a keyboard ring that the mouse user never asked for. Here the canvas is marked
 * `data-focused-by="pointer"` from a pointer press until a key other than a modifier is pressed on
 * it or it loses focus; map.css shows the ring only without the mark, so keyboard users (Tab in,
 * or keys used after a click) still see it.
 */

/** The attribute the stylesheet reads. */
export const POINTER_FOCUS_ATTRIBUTE = 'data-focused-by';

const CANVAS = '.maplibregl-canvas';
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Fn', 'OS']);

function canvasOf(target: EventTarget | null): Element | null {
  return typeof Element !== 'undefined' && target instanceof Element && target.matches(CANVAS)
    ? target
    : null;
}

/**
 * Listens on `root` (the document) for presses, keys and focus leaving, for every map canvas on
 * the page, now or later. Returns how to stop.
 */
export function trackPointerFocus(root: Document): () => void {
  const onPointerDown = (event: Event) =>
    canvasOf(event.target)?.setAttribute(POINTER_FOCUS_ATTRIBUTE, 'pointer');
  const onKeyDown = (event: Event) => {
    if (MODIFIERS.has((event as KeyboardEvent).key)) return;
    canvasOf(event.target)?.removeAttribute(POINTER_FOCUS_ATTRIBUTE);
  };
  const onFocusOut = (event: Event) => canvasOf(event.target)?.removeAttribute(POINTER_FOCUS_ATTRIBUTE);
  // Capture: MapLibre's own handlers may stop the events from bubbling.
  root.addEventListener('pointerdown', onPointerDown, true);
  root.addEventListener('keydown', onKeyDown, true);
  root.addEventListener('focusout', onFocusOut, true);
  return () => {
    root.removeEventListener('pointerdown', onPointerDown, true);
    root.removeEventListener('keydown', onKeyDown, true);
    root.removeEventListener('focusout', onFocusOut, true);
  };
}
