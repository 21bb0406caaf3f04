/**
 * Memoises a selector on the identity of its inputs: zustand (through React's useSyncExternalStore)
 * needs the same object back while nothing it depends on changed, or components re-render forever.
 */
export function memoizeSelector<State, const Inputs extends readonly unknown[], Result>(
  inputs: (state: State) => Inputs,
  compute: (...inputs: [...Inputs]) => Result,
): (state: State) => Result {
  let last: { inputs: Inputs; result: Result } | null = null;
  return (state) => {
    const next = inputs(state);
    if (
      last &&
      next.length === last.inputs.length &&
      next.every((value, index) => Object.is(value, last!.inputs[index]))
    )
      return last.result;
    const result = compute(...(next as unknown as [...Inputs]));
    last = { inputs: next, result };
    return result;
  };
}
