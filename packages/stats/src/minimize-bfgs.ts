import { expectedMessage } from "./expected-message";

/**
 * An objective for {@link minimizeBfgs}: returns f(x) and writes ∇f(x) into `gradient` (an
 * array of x's length). A non-finite value marks a point outside the domain.
 *
 * @example
 * ```ts
 * import type { ObjectiveWithGradient } from "@rapport/stats";
 * const bowl: ObjectiveWithGradient = ([a, b], gradient) => {
 *   gradient[0] = 2 * (a! - 1);
 *   gradient[1] = 4 * (b! + 2);
 *   return (a! - 1) ** 2 + 2 * (b! + 2) ** 2;
 * };
 * ```
 */
export type ObjectiveWithGradient = (x: readonly number[], gradient: number[]) => number;

/**
 * Options for {@link minimizeBfgs}.
 *
 * @example
 * ```ts
 * import type { MinimizeBfgsOptions } from "@rapport/stats";
 * const options: MinimizeBfgsOptions = { gradientTolerance: 1e-9, maxIterations: 500 };
 * ```
 */
export interface MinimizeBfgsOptions {
  /** Stop when every component of the gradient is below this in absolute value (default 1e-8). */
  readonly gradientTolerance?: number;
  /** Give up after this many iterations (default 500). */
  readonly maxIterations?: number;
}

/**
 * What {@link minimizeBfgs} found.
 *
 * @example
 * ```ts
 * import { minimizeBfgs, type MinimizeBfgsResult } from "@rapport/stats";
 * const result: MinimizeBfgsResult = minimizeBfgs(([x], g) => {
 *   g[0] = 2 * (x! - 3);
 *   return (x! - 3) ** 2;
 * }, [0]);
 * result.x; // [≈3]
 * ```
 */
export interface MinimizeBfgsResult {
  /** The best point found. */
  readonly x: number[];
  /** f there. */
  readonly value: number;
  /** ∇f there. */
  readonly gradient: number[];
  /** Iterations (accepted steps). */
  readonly iterations: number;
  /** Objective evaluations, line searches included. */
  readonly evaluations: number;
  /** Whether the gradient tolerance was met. */
  readonly converged: boolean;
  /** Why the search stopped: `"gradient"`, `"no-progress"`, `"max-iterations"` or `"not-finite"`. */
  readonly reason: "gradient" | "no-progress" | "max-iterations" | "not-finite";
}

const C1 = 1e-4;
const C2 = 0.9;
// Near a minimum, f changes by less than its own rounding error: a decrease test within this
// relative slack lets the gradient (which is still accurate there) decide, the "approximate
// Wolfe" idea of Hager & Zhang (2005, SIAM J. Optim. 16(1)).
const NOISE = 1e-13;

const dot = (u: readonly number[], v: readonly number[]): number => {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i]! * v[i]!;
  return s;
};

const maxAbs = (v: readonly number[]): number => {
  let m = 0;
  for (const e of v) m = Math.max(m, Math.abs(e));
  return m;
};

interface Trial {
  readonly alpha: number;
  readonly f: number;
  readonly slope: number;
  readonly x: number[];
  readonly g: number[];
}

// Minimiser of the cubic through (a, fa, da) and (b, fb, db), kept inside the bracket's inner
// 80 % (Nocedal & Wright 2006, "Numerical Optimization", eq. 3.59); bisection if not real.
function cubicStep(lo: Trial, hi: Trial): number {
  const d1 = lo.slope + hi.slope - (3 * (lo.f - hi.f)) / (lo.alpha - hi.alpha);
  const square = d1 * d1 - lo.slope * hi.slope;
  const left = Math.min(lo.alpha, hi.alpha);
  const right = Math.max(lo.alpha, hi.alpha);
  const width = right - left;
  let step = Number.NaN;
  if (square >= 0) {
    const d2 = Math.sign(hi.alpha - lo.alpha) * Math.sqrt(square);
    step =
      hi.alpha - (hi.alpha - lo.alpha) * ((hi.slope + d2 - d1) / (hi.slope - lo.slope + 2 * d2));
  }
  if (!(step > left + 0.1 * width && step < right - 0.1 * width)) step = (lo.alpha + hi.alpha) / 2;
  return step;
}

/**
 * Minimises a smooth function with its gradient by BFGS (Broyden, Fletcher, Goldfarb, Shanno)
 * with a strong-Wolfe line search (c₁ = 10⁻⁴, c₂ = 0.9; bracketing and cubic-interpolation
 * zoom, Nocedal & Wright 2006, "Numerical Optimization", algorithms 3.5, 3.6 and 6.1). The
 * inverse-Hessian approximation starts as the identity, rescaled by yᵀs/yᵀy after the first
 * step (their eq. 6.20); an update whose curvature yᵀs is not positive is skipped. A trial point
 * where f is not finite is treated as too long a step and halved. Stops when ‖∇f‖∞ falls below
 * `gradientTolerance` (converged), when a line search can make no progress, or after
 * `maxIterations`. Deterministic. A start point that is not finite, or bad options, are a
 * `RangeError`; `objective` not a function is a `TypeError`.
 *
 * @example
 * ```ts
 * import { minimizeBfgs } from "@rapport/stats";
 * // Rosenbrock's valley, minimum at (1, 1).
 * const { x, converged } = minimizeBfgs(([a, b], g) => {
 *   g[0] = -2 * (1 - a!) - 400 * a! * (b! - a! * a!);
 *   g[1] = 200 * (b! - a! * a!);
 *   return (1 - a!) ** 2 + 100 * (b! - a! * a!) ** 2;
 * }, [-1.2, 1]);
 * // x ≈ [1, 1], converged true
 * ```
 */
export function minimizeBfgs(
  objective: ObjectiveWithGradient,
  start: readonly number[],
  options: MinimizeBfgsOptions = {},
): MinimizeBfgsResult {
  if (typeof objective !== "function") {
    throw new TypeError(expectedMessage("minimizeBfgs: objective", "a function", objective));
  }
  const tolerance = options.gradientTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 500;
  if (!(Number.isFinite(tolerance) && tolerance > 0)) {
    throw new RangeError(
      expectedMessage("minimizeBfgs: options.gradientTolerance", "a finite number > 0", tolerance),
    );
  }
  if (!(Number.isSafeInteger(maxIterations) && maxIterations >= 0)) {
    throw new RangeError(
      expectedMessage("minimizeBfgs: options.maxIterations", "a whole number ≥ 0", maxIterations),
    );
  }
  const n = start.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(start[i])) {
      throw new RangeError(
        expectedMessage(`minimizeBfgs: start[${i}]`, "a finite number", start[i]),
      );
    }
  }
  let evaluations = 0;
  const evaluate = (x: number[]): [number, number[]] => {
    const g = new Array<number>(n).fill(0);
    evaluations++;
    const f = objective(x, g);
    return [f, g];
  };
  let x = [...start];
  let [f, g] = evaluate(x);
  if (!(Number.isFinite(f) && g.every(Number.isFinite))) {
    return {
      x,
      value: f,
      gradient: g,
      iterations: 0,
      evaluations,
      converged: false,
      reason: "not-finite",
    };
  }
  // Inverse-Hessian approximation, row-major.
  const H: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  let iterations = 0;
  let first = true;
  while (maxAbs(g) >= tolerance) {
    if (iterations >= maxIterations) {
      return {
        x,
        value: f,
        gradient: g,
        iterations,
        evaluations,
        converged: false,
        reason: "max-iterations",
      };
    }
    let p = H.map((row) => -dot(row, g));
    let slope0 = dot(p, g);
    if (!(slope0 < 0)) {
      // Not a descent direction (rounding in H): restart from steepest descent.
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) H[i]![j] = i === j ? 1 : 0;
      p = g.map((e) => -e);
      slope0 = dot(p, g);
    }
    // The first step is scaled so that it moves no coordinate by more than 1.
    const initial = first ? Math.min(1, 1 / maxAbs(p)) : 1;
    const trial = lineSearch(evaluate, x, f, slope0, p, initial);
    if (trial === null) {
      return {
        x,
        value: f,
        gradient: g,
        iterations,
        evaluations,
        converged: false,
        reason: "no-progress",
      };
    }
    const s = trial.x.map((e, i) => e - x[i]!);
    const y = trial.g.map((e, i) => e - g[i]!);
    const sy = dot(s, y);
    x = trial.x;
    f = trial.f;
    g = trial.g;
    iterations++;
    if (sy > 0) {
      if (first) {
        const scale = sy / dot(y, y);
        for (let i = 0; i < n; i++) H[i]![i] = scale;
      }
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
      const rho = 1 / sy;
      const Hy = H.map((row) => dot(row, y));
      const yHy = dot(y, Hy);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i]![j] =
            H[i]![j]! -
            rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) +
            (rho * rho * yHy + rho) * s[i]! * s[j]!;
        }
      }
    }
    first = false;
  }
  return { x, value: f, gradient: g, iterations, evaluations, converged: true, reason: "gradient" };
}

function lineSearch(
  evaluate: (x: number[]) => [number, number[]],
  x0: readonly number[],
  f0: number,
  slope0: number,
  p: readonly number[],
  initial: number,
): Trial | null {
  const at = (alpha: number): Trial | null => {
    const x = x0.map((e, i) => e + alpha * p[i]!);
    const [f, g] = evaluate(x);
    if (!(Number.isFinite(f) && g.every(Number.isFinite))) return null;
    return { alpha, f, slope: dot(g, p), x, g };
  };
  const origin: Trial = { alpha: 0, f: f0, slope: slope0, x: [...x0], g: [] };
  const noise = NOISE * Math.max(1, Math.abs(f0));
  let previous = origin;
  let alpha = initial;
  for (let k = 0; k < 40; k++) {
    const t = at(alpha);
    if (t === null) {
      // Outside the domain: shorten the step; the bracket's far end is not yet known.
      alpha = previous.alpha + (alpha - previous.alpha) / 2;
      if (alpha - previous.alpha < 1e-16 * Math.max(1, alpha)) break;
      continue;
    }
    if (t.f > f0 + C1 * alpha * slope0 + noise || (k > 0 && t.f >= previous.f + noise)) {
      return zoom(at, origin, previous, t, noise);
    }
    if (Math.abs(t.slope) <= -C2 * slope0) return t;
    if (t.slope >= 0) return zoom(at, origin, t, previous, noise);
    previous = t;
    alpha *= 2;
  }
  return previous === origin ? null : previous;
}

function zoom(
  at: (alpha: number) => Trial | null,
  origin: Trial,
  loStart: Trial,
  hiStart: Trial,
  noise: number,
): Trial | null {
  let lo = loStart;
  let hi = hiStart;
  for (let k = 0; k < 40; k++) {
    const alpha = cubicStep(lo, hi);
    const t = at(alpha);
    if (t === null || t.f > origin.f + C1 * alpha * origin.slope + noise || t.f >= lo.f + noise) {
      if (t === null) hi = { ...hi, alpha, f: Number.POSITIVE_INFINITY, slope: hi.slope };
      else hi = t;
    } else {
      if (Math.abs(t.slope) <= -C2 * origin.slope) return t;
      if (t.slope * (hi.alpha - lo.alpha) >= 0) hi = lo;
      lo = t;
    }
    if (Math.abs(hi.alpha - lo.alpha) <= 1e-14 * Math.max(1, Math.abs(lo.alpha))) break;
  }
  // The bracket collapsed: keep its best end if it is a decrease at all.
  return lo === origin || !(lo.f <= origin.f + noise) ? null : lo;
}
