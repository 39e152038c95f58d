import { expectedMessage, seededRandom } from "@rapport/stats";
import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
import { checkBgNbdParams } from "./check-bg-nbd";

/**
 * Options for {@link simulateBgNbd}.
 *
 * @example
 * ```ts
 * import type { SimulateBgNbdOptions } from "@rapport/churn";
 * const options: SimulateBgNbdOptions = { customers: 10_000, seed: 1, T: [27, 39], resolution: 1 / 7 };
 * ```
 */
export interface SimulateBgNbdOptions {
  /** Customers to generate. */
  readonly customers: number;
  /** Seed of the random stream (same seed, same customers). */
  readonly seed: number;
  /** Each customer's age T: a fixed value, or `[min, max]` drawn uniformly. */
  readonly T: number | readonly [number, number];
  /**
   * Record times on this grid (e.g. 1/7 for whole days when the unit is weeks), as real
   * transaction logs do; times are rounded to the nearest step (never past T). Default:
   * exact times.
   */
  readonly resolution?: number;
}

// Standard normal by Box-Muller (one of the pair is used; simplicity over speed).
function normal(next: () => number): number {
  const u = 1 - next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

// Gamma(shape, 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma
// variables", ACM TOMS 26(3); for shape < 1, Gamma(shape + 1) · U^(1/shape).
export function gamma(shape: number, next: () => number): number {
  if (shape < 1) return gamma(shape + 1, next) * (1 - next()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(next);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * The loop shared by the continuous-time simulations: checks `options` (a `RangeError` naming
 * `${fn}: options.…`), then for each customer draws the age T from the seeded stream (on the
 * `resolution` grid if given), lets `draw(next, T)` draw the customer's (x, tₓ) from the same
 * stream, and rounds tₓ to the grid (never past T). Internal.
 */
export function simulateHistories(
  options: SimulateBgNbdOptions,
  fn: string,
  draw: (next: () => number, T: number) => readonly [frequency: number, recency: number],
): FrequencyRecency[] {
  const { customers, T: range, resolution: step } = options ?? {};
  if (!(Number.isSafeInteger(customers) && customers >= 0)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.customers`, "a whole number ≥ 0", customers),
    );
  }
  const [tMin, tMax] = typeof range === "number" ? [range, range] : (range ?? []);
  if (!(Number.isFinite(tMin) && Number.isFinite(tMax) && tMin! >= 0 && tMin! <= tMax!)) {
    throw new RangeError(
      expectedMessage(
        `${fn}: options.T`,
        "a number ≥ 0 or a range [min, max] with 0 ≤ min ≤ max",
        range,
      ),
    );
  }
  if (step !== undefined && !(Number.isFinite(step) && step > 0)) {
    throw new RangeError(expectedMessage(`${fn}: options.resolution`, "a number > 0", step));
  }
  const next = seededRandom(options.seed);
  const out: FrequencyRecency[] = new Array(customers);
  for (let i = 0; i < customers; i++) {
    let T = tMin! + (tMax! - tMin!) * next();
    if (step !== undefined) T = Math.round(T / step) * step;
    const [x, drawn] = draw(next, T);
    const recency = step === undefined ? drawn : Math.min(T, Math.round(drawn / step) * step);
    out[i] = { frequency: x, recency, T };
  }
  return out;
}

/**
 * Draws customers from the BG/NBD generative story (Fader, Hardie & Lee 2005, §2): each has a
 * purchase rate λ ~ Gamma(r, α) and a drop-out probability p ~ Beta(a, b); purchases follow a
 * Poisson process with rate λ from the first purchase at time 0, and after each repeat purchase
 * the customer drops out with probability p. Returns each customer's (x, tₓ, T). Deterministic
 * for a seed: for tests and benchmarks of {@link fitBgNbd}.
 *
 * @example
 * ```ts
 * import { fitBgNbd, simulateBgNbd } from "@rapport/churn";
 * const customers = simulateBgNbd(
 *   { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
 *   { customers: 1000, seed: 7, T: [27, 39] },
 * );
 * fitBgNbd(customers);
 * ```
 */
export function simulateBgNbd(
  params: BgNbdParams,
  options: SimulateBgNbdOptions,
): FrequencyRecency[] {
  const { r, alpha, a, b } = params;
  checkBgNbdParams(params, "simulateBgNbd");
  return simulateHistories(options, "simulateBgNbd", (next, T) => {
    const lambda = gamma(r, next) / alpha;
    const g = gamma(a, next);
    const p = g / (g + gamma(b, next));
    let t = 0;
    let x = 0;
    let recency = 0;
    for (;;) {
      t += -Math.log(1 - next()) / lambda;
      if (t > T) break;
      x++;
      recency = t;
      if (next() < p) break;
    }
    return [x, recency];
  });
}
