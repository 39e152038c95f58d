import { choleskyDecomposition, minimizeBfgs, numericalHessian } from "@rapport/stats";
import { type GroupedCustomers, subsampleRows } from "./bg-nbd-data";
import { bgNbdLikelihood } from "./bg-nbd-likelihood";

/** Above this many distinct rows, a spread sample of about {@link SAMPLE_ROWS} gives the start. */
export const WARM_START_ROWS = 50_000;
const SAMPLE_ROWS = 20_000;

/**
 * A start for the full fit, from a spread sample of the rows: the sample's optimum and the
 * Cholesky factor `L` of its mean observed information (`H = L Lᵀ`). Searching in
 * `z = Lᵀ (x − x₀)` makes the full data's Hessian close to the identity BFGS starts from, so
 * the full fit needs a few passes instead of dozens. `null` when the sample gives no usable
 * start; internal.
 */
export function bgNbdWarmStart(
  data: GroupedCustomers,
  start: readonly number[],
  maxIterations: number,
): { x: number[]; lower: number[][] | null; evaluations: number } | null {
  const sample = subsampleRows(data, Math.ceil(data.weight.length / SAMPLE_ROWS));
  const likelihood = bgNbdLikelihood(sample);
  const warm = minimizeBfgs(
    (v: readonly number[], g: number[]): number => {
      const ll = likelihood(v, g);
      for (let i = 0; i < 4; i++) g[i] = -g[i]! / sample.n;
      return -ll / sample.n;
    },
    start,
    { maxIterations },
  );
  if (!warm.x.every(Number.isFinite)) return null;
  let lower: number[][] | null = null;
  try {
    const hessian = numericalHessian(likelihood, warm.x);
    lower = choleskyDecomposition(hessian.map((row) => row.map((e) => -e / sample.n)));
  } catch {
    lower = null;
  }
  // The sample's passes, counted as the share of a full pass that they cost (a central
  // Hessian takes 8 gradients).
  const passes = warm.evaluations + 8;
  return {
    x: warm.x,
    lower,
    evaluations: Math.ceil((passes * sample.weight.length) / data.weight.length),
  };
}

/** `x₀ + L⁻ᵀ z` (back substitution with the lower factor `L`); internal. */
export function fromWarm(x0: readonly number[], lower: number[][], z: readonly number[]): number[] {
  const n = x0.length;
  const y = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i]!;
    for (let k = i + 1; k < n; k++) sum -= lower[k]![i]! * y[k]!;
    y[i] = sum / lower[i]![i]!;
  }
  return y.map((e, i) => x0[i]! + e);
}

/** `L⁻¹ g` (forward substitution), the gradient in the warm start's coordinates; internal. */
export function toWarmGradient(lower: number[][], g: readonly number[], out: number[]): void {
  const n = g.length;
  for (let i = 0; i < n; i++) {
    let sum = g[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i]![k]! * out[k]!;
    out[i] = sum / lower[i]![i]!;
  }
}
