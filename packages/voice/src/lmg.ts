import { choleskyDecomposition, seededRandom } from "@rapport/stats";

/**
 * R² of the outcome on a subset of drivers, from the correlation matrix (the outcome last):
 * R² = r′ R⁻¹ r = ‖L⁻¹ r‖² with R = L L′ (Cholesky). `null` when the subset is collinear.
 */
function subsetRSquared(corr: readonly (readonly number[])[], subset: readonly number[]): number {
  if (subset.length === 0) return 0;
  const y = corr.length - 1;
  const lower = choleskyDecomposition(subset.map((j) => subset.map((k) => corr[j]![k]!)));
  if (lower === null) {
    throw new RangeError(
      `keyDrivers: drivers ${subset.join(", ")} are collinear: expected drivers that are not linear combinations of each other`,
    );
  }
  let sum = 0;
  const z = new Array<number>(subset.length);
  for (let i = 0; i < subset.length; i++) {
    let s = corr[subset[i]!]![y]!;
    for (let k = 0; k < i; k++) s -= lower[i]![k]! * z[k]!;
    z[i] = s / lower[i]![i]!;
    sum += z[i]! * z[i]!;
  }
  return sum;
}

/** LMG shares and how they were computed; internal. */
export interface LmgResult {
  /** Each driver's share of R² (they sum to `rSquared`). */
  readonly shares: number[];
  /** R² of the full model. */
  readonly rSquared: number;
  /** `"exact"` (all subsets) or `"sampled"` (random orderings). */
  readonly method: "exact" | "sampled";
}

/**
 * LMG (Lindeman, Merenda & Gold 1980; Grömping 2006, "Relative importance for linear
 * regression in R: the package relaimpo"): each driver's Shapley value of R², the average of
 * its increase of R² over every order in which the drivers can enter. Exact over all 2^p
 * subsets, weighted |S|!(p−|S|−1)!/p!, up to `maxExact` drivers; above, averaged over
 * `permutations` seeded random orders; internal.
 */
export function lmg(
  corr: readonly (readonly number[])[],
  options: { maxExact: number; permutations: number; seed: number },
): LmgResult {
  const p = corr.length - 1;
  const all = Array.from({ length: p }, (_, j) => j);
  const rSquared = subsetRSquared(corr, all);
  if (p <= options.maxExact) {
    const byMask = new Float64Array(1 << p);
    for (let mask = 1; mask < 1 << p; mask++) {
      byMask[mask] = subsetRSquared(
        corr,
        all.filter((j) => mask & (1 << j)),
      );
    }
    // weight[s] = s! (p − s − 1)! / p!
    const weight: number[] = [];
    for (let s = 0; s < p; s++) {
      let w = 1 / p;
      for (let t = 1; t <= s; t++) w *= t / (p - t);
      weight.push(w);
    }
    const shares = all.map((j) => {
      let share = 0;
      for (let mask = 0; mask < 1 << p; mask++) {
        if (mask & (1 << j)) continue;
        share += weight[popCount(mask)]! * (byMask[mask | (1 << j)]! - byMask[mask]!);
      }
      return share;
    });
    return { shares, rSquared, method: "exact" };
  }
  const next = seededRandom(options.seed);
  const cache = new Map<string, number>();
  const rSquaredOf = (subset: number[]) => {
    const key = [...subset].sort((a, b) => a - b).join(",");
    let value = cache.get(key);
    if (value === undefined) {
      value = subsetRSquared(corr, subset);
      cache.set(key, value);
    }
    return value;
  };
  const sums = new Array<number>(p).fill(0);
  for (let r = 0; r < options.permutations; r++) {
    const order = [...all];
    for (let i = p - 1; i > 0; i--) {
      const k = Math.floor(next() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    let before = 0;
    const entered: number[] = [];
    for (const j of order) {
      entered.push(j);
      const after = rSquaredOf(entered);
      sums[j]! += after - before;
      before = after;
    }
  }
  return { shares: sums.map((s) => s / options.permutations), rSquared, method: "sampled" };
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}
