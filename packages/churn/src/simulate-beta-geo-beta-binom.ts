import { expectedMessage, seededRandom } from "@rapport/stats";
import {
  type BetaGeoBetaBinomParams,
  checkBetaGeoBetaBinomParams,
  type DiscreteHistory,
} from "./beta-geo-beta-binom-params";
import { gamma as gammaVariate } from "./simulate-bg-nbd";

/**
 * Options for {@link simulateBetaGeoBetaBinom}.
 *
 * @example
 * ```ts
 * import type { SimulateBetaGeoBetaBinomOptions } from "@rapport/churn";
 * const options: SimulateBetaGeoBetaBinomOptions = { customers: 10_000, seed: 1, periods: 6 };
 * ```
 */
export interface SimulateBetaGeoBetaBinomOptions {
  /** Customers to generate. */
  readonly customers: number;
  /** Seed of the random stream (same seed, same customers). */
  readonly seed: number;
  /** Transaction opportunities after the first transaction, n ≥ 1. */
  readonly periods: number;
}

/**
 * Draws customers from the BG/BB story (Fader, Hardie & Shang 2010, §2): each has a transaction
 * probability p ~ Beta(α, β) and a drop-out probability θ ~ Beta(γ, δ); at each of the n
 * opportunities a customer still alive first drops out with probability θ and, if not,
 * transacts with probability p. Returns each customer's (x, tₓ, n). Deterministic for a seed:
 * for tests and benchmarks of {@link fitBetaGeoBetaBinom}.
 *
 * @example
 * ```ts
 * import { fitBetaGeoBetaBinom, simulateBetaGeoBetaBinom } from "@rapport/churn";
 * const donors = simulateBetaGeoBetaBinom(
 *   { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 },
 *   { customers: 1000, seed: 3, periods: 6 },
 * );
 * fitBetaGeoBetaBinom(donors);
 * ```
 */
export function simulateBetaGeoBetaBinom(
  params: BetaGeoBetaBinomParams,
  options: SimulateBetaGeoBetaBinomOptions,
): DiscreteHistory[] {
  const fn = "simulateBetaGeoBetaBinom";
  checkBetaGeoBetaBinomParams(params, fn);
  const { customers, periods } = options ?? {};
  if (!(Number.isSafeInteger(customers) && customers >= 0)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.customers`, "a whole number ≥ 0", customers),
    );
  }
  if (!(Number.isSafeInteger(periods) && periods >= 1)) {
    throw new RangeError(expectedMessage(`${fn}: options.periods`, "a whole number ≥ 1", periods));
  }
  const next = seededRandom(options.seed);
  const beta = (a: number, b: number): number => {
    const g = gammaVariate(a, next);
    return g / (g + gammaVariate(b, next));
  };
  const out: DiscreteHistory[] = new Array(customers);
  for (let i = 0; i < customers; i++) {
    const p = beta(params.alpha, params.beta);
    const theta = beta(params.gamma, params.delta);
    let x = 0;
    let recency = 0;
    for (let t = 1; t <= periods; t++) {
      if (next() < theta) break;
      if (next() < p) {
        x++;
        recency = t;
      }
    }
    out[i] = { frequency: x, recency, periods };
  }
  return out;
}
