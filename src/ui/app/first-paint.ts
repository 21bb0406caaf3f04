import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * "The page has shown its main content": the first coloured map, or the table or chart opened
 * instead. What is not needed for that (export menu, classification controls, issue texts, chart
 * export buttons) loads afterwards, so its code and its repaints do not delay the first map.
 */
let markShown: () => void = () => {};
const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Called once the main content is on screen (later calls do nothing). */
export function mainContentShown(): void {
  markShown();
}

/** For React.lazy: loads the module after the main content is on screen. */
export function afterMainContent<T>(load: () => Promise<T>): () => Promise<T> {
  return () => shown.then(load);
}

/**
 * A React.lazy component whose module is fetched as soon as the main content is on screen (not
 * first when it renders), so it is there when asked for and never delays the first map.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint React.lazy has itself
export function lazyAfterMainContent<Component extends ComponentType<any>>(
  load: () => Promise<{ default: Component }>,
): LazyExoticComponent<Component> {
  const loaded = afterMainContent(load)();
  // A failed fetch surfaces where the component renders (React.lazy), not as an unhandled rejection.
  loaded.catch(() => undefined);
  return lazy(() => loaded);
}
