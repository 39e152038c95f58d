import type { Proportion } from "@rapport/stats";

/**
 * A share of a report section, in percent (0..100) with its interval: a `Proportion` of
 * @rapport/stats (`proportion()`, Wilson interval) made flat and JSON-ready.
 *
 * @example
 * ```ts
 * import type { ShareFigure } from "@rapport/cli";
 * const allowed: ShareFigure = { value: 62.5, successes: 5, n: 8, lower: 30.6, upper: 86.3, method: "wilson", smallSample: true };
 * ```
 */
export interface ShareFigure {
  /** Percent, or null when n is 0. */
  readonly value: number | null;
  readonly successes: number;
  readonly n: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** How the interval was computed; null when there is none. */
  readonly method: string | null;
  /** Whether n is too small for the interval to be trusted much (see `proportion()`). */
  readonly smallSample: boolean;
}

/**
 * An estimate with its sample and interval on its own scale (a CSAT in percent, a survival
 * probability on 0..1, a median in minutes or days), flat and JSON-ready.
 *
 * @example
 * ```ts
 * import type { EstimateFigure } from "@rapport/cli";
 * const csat: EstimateFigure = { value: 81.3, n: 16, lower: 57, upper: 93.4, method: "wilson" };
 * ```
 */
export interface EstimateFigure {
  /** The estimate, or null when there is none (n is 0, or a median not reached). */
  readonly value: number | null;
  readonly n: number;
  /** A bound, or null where there is none (too few values, or not reached). */
  readonly lower: number | null;
  readonly upper: number | null;
  /** How the interval was computed; null when there is none. */
  readonly method: string | null;
}

/**
 * A `Proportion` as a report row holds it.
 *
 * @example
 * ```ts
 * import { proportion } from "@rapport/stats";
 * import { shareFigure } from "./section-figures"; // internal
 * shareFigure(proportion(5, 8)).value; // 62.5
 * ```
 */
export function shareFigure(share: Proportion): ShareFigure {
  return {
    value: share.value,
    successes: share.successes,
    n: share.n,
    lower: share.interval?.lower ?? null,
    upper: share.interval?.upper ?? null,
    method: share.interval?.method ?? null,
    smallSample: share.smallSample,
  };
}
