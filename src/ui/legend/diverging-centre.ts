/**
 * The centre of a diverging scheme: 0 (no change) or the city value of the shown year.
 *
 * The store has no field for it yet, so it lives as an optional `divergingCentre` key on the store's
 * state, set with zustand's merging setState and read defensively. Once AppState declares
 * `divergingCentre: 'zero' | 'city'` (with an action and a URL key), these two functions are the
 * only places to change.
 */
import type { AppState, AppStore } from '../../state/store';

export type DivergingCentre = 'zero' | 'city';

/** The chosen centre; 'zero' unless 'city' was chosen. */
export function divergingCentreOf(state: AppState): DivergingCentre {
  return (state as AppState & { readonly divergingCentre?: unknown }).divergingCentre === 'city'
    ? 'city'
    : 'zero';
}

/** Chooses the centre (clears a legend highlight, as every classification change does). */
export function setDivergingCentre(store: AppStore, centre: DivergingCentre): void {
  store.setState({ divergingCentre: centre, highlightedClass: null } as Partial<AppState>);
}
