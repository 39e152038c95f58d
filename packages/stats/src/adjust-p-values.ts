import { expectedMessage } from "./expected-message";
import { oneOf } from "./one-of";

/**
 * A multiple-comparison adjustment of {@link adjustPValues}: `"holm"` (Holm 1979, controls
 * the family-wise error rate), `"benjamini-hochberg"` (Benjamini & Hochberg 1995, controls
 * the false discovery rate), `"bonferroni"`, or `"none"`.
 *
 * @example
 * ```ts
 * import type { PValueAdjustment } from "@rapport/stats";
 * const method: PValueAdjustment = "benjamini-hochberg";
 * ```
 */
export type PValueAdjustment = "holm" | "benjamini-hochberg" | "bonferroni" | "none";

const METHODS: readonly PValueAdjustment[] = ["holm", "benjamini-hochberg", "bonferroni", "none"];

/**
 * Adjusts p-values for multiple comparisons, as R's `p.adjust` does. With m the number of
 * p-values that are not `null`, and p₍₁₎ ≤ … ≤ p₍ₘ₎ in order:
 * - Holm: p̃₍ᵢ₎ = maxⱼ≤ᵢ min(1, (m − j + 1)·p₍ⱼ₎);
 * - Benjamini-Hochberg: p̃₍ᵢ₎ = minⱼ≥ᵢ min(1, m·p₍ⱼ₎ / j);
 * - Bonferroni: min(1, m·pᵢ).
 *
 * A `null` (a test that could not be computed, R's `NA`) stays `null` and does not count in
 * m. The result keeps the input's order; the input is not changed. A p-value outside [0, 1]
 * is a `RangeError`, a non-number a `TypeError`.
 *
 * @example
 * ```ts
 * import { adjustPValues } from "@rapport/stats";
 * adjustPValues([0.01, 0.04, 0.03, 0.005], "holm"); // [0.03, 0.06, 0.06, 0.02]
 * adjustPValues([0.01, 0.04, 0.03, 0.005], "benjamini-hochberg"); // [0.02, 0.04, 0.04, 0.02]
 * ```
 */
export function adjustPValues(
  pValues: readonly (number | null)[],
  method: PValueAdjustment,
): (number | null)[] {
  const fn = "adjustPValues";
  if (!Array.isArray(pValues)) {
    throw new TypeError(expectedMessage(`${fn}: pValues`, "an array of p-values", pValues));
  }
  if (!METHODS.includes(method)) {
    throw new RangeError(expectedMessage(`${fn}: method`, oneOf(METHODS), method));
  }
  const present: number[] = [];
  pValues.forEach((p, i) => {
    if (p === null) return;
    if (typeof p !== "number") {
      throw new TypeError(expectedMessage(`${fn}: pValues[${i}]`, "a number or null", p));
    }
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(expectedMessage(`${fn}: pValues[${i}]`, "a number from 0 to 1", p));
    }
    present.push(i);
  });
  const m = present.length;
  const adjusted: (number | null)[] = pValues.map((p) => p);
  if (method === "none" || m === 0) return adjusted;
  if (method === "bonferroni") {
    for (const i of present) adjusted[i] = Math.min(1, m * pValues[i]!);
    return adjusted;
  }
  // Stable order by p, ties in input order (as R's `order`).
  const order = [...present].sort((a, b) => pValues[a]! - pValues[b]! || a - b);
  if (method === "holm") {
    let running = 0;
    order.forEach((i, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * pValues[i]!));
      adjusted[i] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const i = order[rank]!;
      running = Math.min(running, (m * pValues[i]!) / (rank + 1));
      adjusted[i] = Math.min(1, running);
    }
  }
  return adjusted;
}
