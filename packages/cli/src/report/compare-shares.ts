import { newcombeInterval, normalCdf } from "@rapport/stats";
import type { ChangeFigure } from "./report-data";

/**
 * The change of a share (e.g. SLA targets met) from `before` to `now`, in percentage points:
 * the difference, its Newcombe (Wilson) 95 % interval and the two-sided p-value of the pooled
 * two-proportion z-test, as `compareCsat` computes them for CSAT. Null when either period has
 * no count.
 *
 * @example
 * ```ts
 * import { compareShares } from "./compare-shares"; // internal
 * compareShares({ successes: 45, n: 50 }, { successes: 35, n: 50 })?.pValue; // 0.0124 (z = 2.5)
 * ```
 */
export function compareShares(
  now: { readonly successes: number; readonly n: number },
  before: { readonly successes: number; readonly n: number },
): ChangeFigure | null {
  const interval = newcombeInterval(now.successes, now.n, before.successes, before.n);
  if (interval === null) return null;
  const difference = (now.successes / now.n - before.successes / before.n) * 100;
  const pooled = (now.successes + before.successes) / (now.n + before.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / now.n + 1 / before.n));
  const pValue = se === 0 ? null : 2 * (1 - normalCdf(Math.abs(difference / 100 / se)));
  return {
    difference,
    lower: interval.lower * 100,
    upper: interval.upper * 100,
    pValue,
    significant: pValue !== null && pValue < 0.05,
  };
}
