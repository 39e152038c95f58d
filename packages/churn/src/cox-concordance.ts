/**
 * Harrell's concordance of a Cox model's risk scores, as R's `coxph` reports it.
 *
 * @example
 * ```ts
 * import type { CoxConcordance } from "@rapport/churn";
 * const text = (c: CoxConcordance) =>
 *   c.value === null ? "no comparable pairs" : `C = ${c.value.toFixed(3)} (SE ${c.standardError?.toFixed(3)})`;
 * ```
 */
export interface CoxConcordance {
  /**
   * (concordant + tiedRisk/2) / (concordant + discordant + tiedRisk): the share of comparable
   * pairs in which the subject with the higher risk score had the event first; `null` without
   * a comparable pair.
   */
  readonly value: number | null;
  /** Its infinitesimal-jackknife standard error (as R's `concordancefit`); `null` with `value`. */
  readonly standardError: number | null;
  /** Comparable pairs ordered as the model predicts. */
  readonly concordant: number;
  /** Comparable pairs ordered against the prediction. */
  readonly discordant: number;
  /** Comparable pairs with equal risk scores (each counts ½). */
  readonly tiedRisk: number;
  /** Pairs of events at the same time (not comparable, left out). */
  readonly tiedTime: number;
}

/** A Fenwick tree of counts over ranks 0..size−1. */
class Counts {
  private readonly tree: Float64Array;
  constructor(size: number) {
    this.tree = new Float64Array(size + 1);
  }
  add(rank: number): void {
    for (let i = rank + 1; i < this.tree.length; i += i & -i) this.tree[i]! += 1;
  }
  /** How many added so far have a rank below `rank`. */
  below(rank: number): number {
    let s = 0;
    for (let i = rank; i > 0; i -= i & -i) s += this.tree[i]!;
    return s;
  }
}

/**
 * Counts concordant, discordant and tied pairs in O(n log n) (a Fenwick tree over the ranks of
 * the risk scores). A pair is comparable when the shorter time is an event; a subject censored
 * at an event time counts as outliving it; two events at one time are a time tie, left out.
 * The standard error follows R's `survival::concordancefit`: each subject's influence
 * dfbeta_k = ((c_k − d_k) − s·(c_k + d_k + t_k)) / N, with s = (C − D)/N Somers' d and N the
 * comparable pairs; Var(C) = Σ dfbeta_k² / 4. Internal.
 */
export function coxConcordance(
  times: readonly number[],
  events: readonly boolean[],
  risk: readonly number[],
): CoxConcordance {
  const n = times.length;
  const distinct = [...new Set(risk)].sort((a, b) => a - b);
  const rankOf = new Map(distinct.map((v, k) => [v, k]));
  const rank = risk.map((r) => rankOf.get(r)!);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  const t = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => times[a]! - times[b]!);
  const groups: number[][] = [];
  for (const i of order) {
    const last = groups[groups.length - 1];
    if (last !== undefined && times[last[0]!] === times[i]) last.push(i);
    else groups.push([i]);
  }
  let tiedTime = 0;
  // Events as the earlier member of a pair: compare with everyone still at risk after them.
  const later = new Counts(distinct.length);
  let laterN = 0;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    for (const i of group) {
      if (!events[i]) {
        later.add(rank[i]!);
        laterN++;
      }
    }
    let deaths = 0;
    for (const i of group) {
      if (!events[i]) continue;
      deaths++;
      const below = later.below(rank[i]!);
      const tied = later.below(rank[i]! + 1) - below;
      c[i]! += below;
      t[i]! += tied;
      d[i]! += laterN - below - tied;
    }
    tiedTime += (deaths * (deaths - 1)) / 2;
    for (const i of group) {
      if (events[i]) {
        later.add(rank[i]!);
        laterN++;
      }
    }
  }
  // The later member of a pair: compare with the events before it.
  const earlier = new Counts(distinct.length);
  let earlierN = 0;
  for (const group of groups) {
    const ask = (i: number) => {
      const below = earlier.below(rank[i]!);
      const tied = earlier.below(rank[i]! + 1) - below;
      d[i]! += below;
      t[i]! += tied;
      c[i]! += earlierN - below - tied;
    };
    for (const i of group) if (events[i]) ask(i);
    for (const i of group) {
      if (events[i]) {
        earlier.add(rank[i]!);
        earlierN++;
      }
    }
    for (const i of group) if (!events[i]) ask(i);
  }
  let concordant = 0;
  let discordant = 0;
  let tiedRisk = 0;
  for (let i = 0; i < n; i++) {
    concordant += c[i]!;
    discordant += d[i]!;
    tiedRisk += t[i]!;
  }
  // Every pair was counted once from each member.
  concordant /= 2;
  discordant /= 2;
  tiedRisk /= 2;
  const pairs = concordant + discordant + tiedRisk;
  if (pairs === 0) {
    return { value: null, standardError: null, concordant, discordant, tiedRisk, tiedTime };
  }
  const somers = (concordant - discordant) / pairs;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    const dfbeta = (c[i]! - d[i]! - somers * (c[i]! + d[i]! + t[i]!)) / pairs;
    variance += dfbeta * dfbeta;
  }
  return {
    value: (somers + 1) / 2,
    standardError: Math.sqrt(variance / 4),
    concordant,
    discordant,
    tiedRisk,
    tiedTime,
  };
}
