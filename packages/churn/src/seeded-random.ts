/**
 * A deterministic pseudo-random number generator: the same seed always gives the same
 * sequence of floats in [0, 1). It is Mulberry32 (Tommy Ettinger's 32-bit generator: a Weyl
 * sequence with step 0x6D2B79F5 passed through an integer mix), small and fast, and good
 * enough for shuffles and simulations; not for cryptography.
 *
 * @example
 * ```ts
 * import { seededRandom } from "@rapport/churn";
 * const next = seededRandom(42);
 * next(); // the same first number on every run
 * ```
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isFinite(seed)) {
    throw new RangeError(`seededRandom: expected a finite seed, received ${seed}`);
  }
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
