/**
 * A small seeded pseudo-random number generator, so that `npm run demo` always writes the same bytes.
 * Math.random is never used by the demo generator.
 */

/**
 * mulberry32: a 32-bit generator with a good spread for its size (public domain, Tommy Ettinger).
 * @param {number} seed an unsigned 32-bit integer
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Helpers on top of a uniform generator.
 * @param {() => number} uniform
 */
export function randomTools(uniform) {
  /** @type {number | null} */
  let spare = null;
  /** Standard normal variate (Box–Muller, keeping the second value for the next call). */
  function normal() {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }
  return {
    uniform,
    normal,
    /**
     * @param {number} low
     * @param {number} high
     */
    between: (low, high) => low + (high - low) * uniform(),
    /**
     * Fisher–Yates shuffle into a new array.
     * @template T
     * @param {readonly T[]} items
     * @returns {T[]}
     */
    shuffle(items) {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(uniform() * (i + 1));
        const swap = /** @type {T} */ (copy[i]);
        copy[i] = /** @type {T} */ (copy[j]);
        copy[j] = swap;
      }
      return copy;
    },
  };
}

/** @typedef {ReturnType<typeof randomTools>} Random */
