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
