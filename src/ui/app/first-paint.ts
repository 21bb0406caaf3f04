import { createElement, useEffect, useState, type ReactNode } from 'react';

/** A function component (what we load later are all function components). */
type Component<Props> = (props: Props) => ReactNode;

/**
 * "The page has shown its main content": the first coloured map, or the table or chart opened
 * instead. What is not needed for that (export menu, classification controls, issue texts, chart
 * export buttons, the detail panel's time series) loads afterwards, so its code and its repaints do
 * not delay the first map.
 */
let markShown: () => void = () => {};
const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Called once the main content is on screen (later calls do nothing). */
export function mainContentShown(): void {
  markShown();
}

/** Resolves once the main content is on screen. */
export function whenMainContentShown(): Promise<void> {
  return shown;
}

type Loading<Props> =
  | { readonly state: 'waiting' }
  | { readonly state: 'ready'; readonly component: Component<Props> }
  | { readonly state: 'failed' };

/**
 * A component whose module is fetched as soon as the main content is on screen; until then it
 * renders the component `placeholder` with the same props (nothing by default). Unlike React.lazy it never suspends: a lazy component
 * rendered before its module is there throws to the nearest Suspense boundary on every render of
 * its parents, and the panels re-render several times while the first map is made (the demo: 12
 * suspensions before the first paint, each an exception V8 locates in the source). These are
 * extras around the main content: if their module cannot be fetched, the placeholder stays and the
 * console says why, instead of an error that would take the whole page with it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props, like React.lazy's constraint
export function lazyAfterMainContent<C extends Component<any>>(
  load: () => Promise<{ default: C }>,
  placeholder: Component<Parameters<C>[0]> = () => null,
): C {
  type Props = Parameters<C>[0];
  let loading: Loading<Props> = { state: 'waiting' };
  const loaded = shown.then(load).then(
    (module): Loading<Props> => (loading = { state: 'ready', component: module.default }),
    (error: unknown): Loading<Props> => {
      console.warn('Programmteil nicht geladen / part of the app not loaded:', error);
      return (loading = { state: 'failed' });
    },
  );
  function AfterMainContent(props: Props) {
    const [current, setCurrent] = useState<Loading<Props>>(() => loading);
    useEffect(() => {
      if (current.state !== 'waiting') return;
      let live = true;
      void loaded.then((done) => {
        if (live) setCurrent(done);
      });
      return () => {
        live = false;
      };
    }, [current]);
    return createElement(current.state === 'ready' ? current.component : placeholder, props);
  }
  return AfterMainContent as C;
}
