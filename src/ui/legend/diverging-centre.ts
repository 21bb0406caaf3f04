/**
 * The centre of a diverging scheme: 0 (no change) or the city value of the shown year.
 */
import type { AppState, AppStore } from '../../state/store';

export type DivergingCentre = AppState['divergingCentre'];

/** The chosen centre. */
export function divergingCentreOf(state: AppState): DivergingCentre {
  return state.divergingCentre;
}

/** Chooses the centre (clears a legend highlight, as every classification change does). */
export function setDivergingCentre(store: AppStore, centre: DivergingCentre): void {
  store.getState().setDivergingCentre(centre);
}
