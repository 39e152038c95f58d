import { expectedMessage } from "./expected-message";

/**
 * Options for {@link nelderMead}.
 *
 * @example
 * ```ts
 * import type { NelderMeadOptions } from "@rapport/stats";
 * const options: NelderMeadOptions = { step: 0.1, xTolerance: 1e-6, maxIterations: 1000 };
 * ```
 */
export interface NelderMeadOptions {
  /** Size of the first simplex's steps from the start point, per coordinate (default 0.5). */
  readonly step?: number;
  /** Stop when the simplex's function values differ by less than this (default 1e-10). */
  readonly fTolerance?: number;
  /** …and its vertices lie within this distance of the best one, per coordinate (default 1e-8). */
  readonly xTolerance?: number;
  /** Give up after this many iterations (default 5,000). */
  readonly maxIterations?: number;
}

/**
 * What {@link nelderMead} found.
 *
 * @example
 * ```ts
 * import { nelderMead, type NelderMeadResult } from "@rapport/stats";
 * const result: NelderMeadResult = nelderMead(([x]) => (x! - 2) ** 2, [0]);
 * result.converged; // true
 * ```
 */
export interface NelderMeadResult {
  /** The best point found. */
  readonly x: number[];
  /** The function's value there. */
  readonly value: number;
  /** Iterations run. */
  readonly iterations: number;
  /** Function evaluations made. */
  readonly evaluations: number;
  /** Whether both tolerances were met before `maxIterations`. */
  readonly converged: boolean;
}

/**
 * Minimises `f` by the Nelder-Mead downhill simplex (Nelder & Mead 1965, "A simplex method
 * for function minimization", Computer Journal 7(4); coefficients reflection 1, expansion 2,
 * contraction ½, shrink ½ as in Lagarias et al. 1998). Derivative-free and deterministic: the
 * first simplex is the start point plus `step` along each axis, ties keep their order. A
 * non-finite value counts as +∞, so the search steps back from invalid regions. A start point
 * that is not finite, a `step` ≤ 0 and a bad `maxIterations` are a `RangeError`.
 *
 * @example
 * ```ts
 * import { nelderMead } from "@rapport/stats";
 * const { x } = nelderMead(([a, b]) => (a! - 1) ** 2 + (b! + 2) ** 2, [0, 0]);
 * // x ≈ [1, -2]
 * ```
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const step = options.step ?? 0.5;
  const fTol = options.fTolerance ?? 1e-10;
  const xTol = options.xTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 5000;
  // A zero step gives a degenerate simplex that "converges" at once wherever it starts.
  if (!(Number.isFinite(step) && step > 0)) {
    throw new RangeError(expectedMessage("nelderMead: options.step", "a finite number > 0", step));
  }
  if (!(Number.isSafeInteger(maxIterations) && maxIterations >= 0)) {
    throw new RangeError(
      expectedMessage("nelderMead: options.maxIterations", "a whole number ≥ 0", maxIterations),
    );
  }
  if (typeof f !== "function") {
    throw new TypeError(expectedMessage("nelderMead: f", "a function", f));
  }
  if (!Array.isArray(start)) {
    throw new TypeError(expectedMessage("nelderMead: start", "an array of numbers", start));
  }
  const n = start.length;
  start.forEach((value, i) => {
    if (!Number.isFinite(value)) {
      const message = expectedMessage(`nelderMead: start[${i}]`, "a finite number", value);
      throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
    }
  });
  let evaluations = 0;
  const evaluate = (x: readonly number[]): number => {
    evaluations++;
    const value = f(x);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const points: number[][] = [[...start]];
  for (let i = 0; i < n; i++) {
    const point = [...start];
    point[i] = point[i]! + step;
    points.push(point);
  }
  let values = points.map(evaluate);
  let iterations = 0;
  let converged = false;
  const order = (): void => {
    const indices = points.map((_, i) => i).sort((i, j) => values[i]! - values[j]! || i - j);
    const sortedPoints = indices.map((i) => points[i]!);
    values = indices.map((i) => values[i]!);
    for (let i = 0; i <= n; i++) points[i] = sortedPoints[i]!;
  };
  const along = (centroid: number[], worst: number[], t: number): number[] =>
    centroid.map((c, i) => c + t * (worst[i]! - c));

  order();
  while (iterations < maxIterations) {
    const best = points[0]!;
    const spreadF = Math.abs(values[n]! - values[0]!);
    let spreadX = 0;
    for (let i = 1; i <= n; i++) {
      for (let j = 0; j < n; j++) spreadX = Math.max(spreadX, Math.abs(points[i]![j]! - best[j]!));
    }
    if (spreadF <= fTol * (1 + Math.abs(values[0]!)) && spreadX <= xTol) {
      converged = true;
      break;
    }
    iterations++;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += points[i]![j]! / n;
    const worst = points[n]!;
    const reflected = along(centroid, worst, -1);
    const fr = evaluate(reflected);
    if (fr < values[0]!) {
      const expanded = along(centroid, worst, -2);
      const fe = evaluate(expanded);
      if (fe < fr) {
        points[n] = expanded;
        values[n] = fe;
      } else {
        points[n] = reflected;
        values[n] = fr;
      }
    } else if (fr < values[n - 1]!) {
      points[n] = reflected;
      values[n] = fr;
    } else {
      // Contract outside when the reflection helped a little, inside otherwise.
      const outside = fr < values[n]!;
      const contracted = along(centroid, worst, outside ? -0.5 : 0.5);
      const fc = evaluate(contracted);
      if (fc < (outside ? fr : values[n]!)) {
        points[n] = contracted;
        values[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          points[i] = points[i]!.map((v, j) => best[j]! + 0.5 * (v - best[j]!));
          values[i] = evaluate(points[i]!);
        }
      }
    }
    order();
  }
  return { x: [...points[0]!], value: values[0]!, iterations, evaluations, converged };
}
