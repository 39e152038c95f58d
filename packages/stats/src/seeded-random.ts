import { expectedMessage } from "./expected-message";

/**
 * A deterministic pseudo-random number generator: the same seed always gives the same
 * sequence of floats in [0, 1). It is Mulberry32 (Tommy Ettinger's 32-bit generator: a Weyl
 * sequence with step 0x6D2B79F5 passed through an integer mix), small and fast, and good
 * enough for shuffles and simulations; not for cryptography.
 *
 * @example
 * ```ts
 * import { seededRandom } from "@rapport/stats";
 * const next = seededRandom(42);
 * next(); // the same first number on every run
 * ```
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isFinite(seed)) {
    const message = expectedMessage("seededRandom: seed", "a finite number", seed);
    throw typeof seed === "number" ? new RangeError(message) : new TypeError(message);
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
