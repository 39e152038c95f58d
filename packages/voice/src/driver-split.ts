import { solveLinearSystem } from "@rapport/stats";

/** The slopes of one driver below and above its midpoint; internal. */
export interface SplitSlopes {
  readonly below: number | null;
  readonly above: number | null;
}

/**
 * Piecewise-linear regression of the outcome on every driver at once, each split at its
 * midpoint m into (x − m)⁻ = min(x − m, 0) and (x − m)⁺ = max(x − m, 0): the slope below
 * says how much a low score costs, the slope above how much a high score earns (the
 * penalty-reward contrast analysis of Brandt 1987, by regression). `null` slopes where the
 * data has no answers on one side, fewer than three distinct answers, or the design is
 * singular; internal.
 */
export function splitSlopes(
  columns: readonly (readonly number[])[],
  midpoints: readonly number[],
): SplitSlopes[] {
  const p = midpoints.length;
  const y = columns[p]!;
  const n = y.length;
  // A driver is split where it has at least three distinct answers, and only on the sides
  // that have answers; one of two answers (a yes/no) enters as a single linear term, since
  // its two sides could not be told apart from the intercept.
  const terms: { driver: number; side: "below" | "above" | "linear" }[] = [];
  for (let j = 0; j < p; j++) {
    const m = midpoints[j]!;
    if (new Set(columns[j]!).size < 3) {
      terms.push({ driver: j, side: "linear" });
      continue;
    }
    if (columns[j]!.some((v) => v < m)) terms.push({ driver: j, side: "below" });
    if (columns[j]!.some((v) => v > m)) terms.push({ driver: j, side: "above" });
  }
  const value = (t: (typeof terms)[number], i: number) => {
    const d = columns[t.driver]![i]! - midpoints[t.driver]!;
    return t.side === "linear" ? d : t.side === "below" ? Math.min(d, 0) : Math.max(d, 0);
  };
  const k = terms.length + 1;
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  const row = new Array<number>(k);
  for (let i = 0; i < n; i++) {
    row[0] = 1;
    for (let t = 0; t < terms.length; t++) row[t + 1] = value(terms[t]!, i);
    for (let a = 0; a < k; a++) {
      xty[a]! += row[a]! * y[i]!;
      for (let b = 0; b < k; b++) xtx[a]![b]! += row[a]! * row[b]!;
    }
  }
  const slopes: { below: number | null; above: number | null }[] = midpoints.map(() => ({
    below: null,
    above: null,
  }));
  let beta: number[];
  try {
    beta = solveLinearSystem(xtx, xty);
  } catch {
    return slopes;
  }
  terms.forEach((t, index) => {
    if (t.side !== "linear") slopes[t.driver]![t.side] = beta[index + 1]!;
  });
  return slopes;
}
