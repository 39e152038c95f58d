// Loaders for the customer-base data in ../shared/data/clv (beside the repository): the
// donations of Fader, Hardie & Shang (2010) for BG/BB and the two subscriber cohorts of
// Fader & Hardie (2007) for sBG. Tests read them with node:fs and skip when they are absent.
import type { DiscreteHistory } from "../beta-geo-beta-binom-params";
import type { SubscriberHistory } from "../shifted-beta-geometric";

export const CLV_DIR = new URL("../../../../../shared/data/clv/", import.meta.url);

export const CLV_SKIP_NOTICE =
  "shared CLV data tests skipped: ../shared/data not found (clone the shared data beside the repo)";

/** donations.csv (`frequency,recency,periods,weights`), one row per donor pattern with its count. */
export function parseDonations(text: string): { history: DiscreteHistory; count: number }[] {
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [x, tx, n, w] = line.split(",").map(Number);
      return { history: { frequency: x!, recency: tx!, periods: n! }, count: w! };
    });
}

/** Expands counted rows into one row per customer. */
export function expand<T>(rows: readonly { history: T; count: number }[]): T[] {
  return rows.flatMap((row) => Array.from({ length: row.count }, () => row.history));
}

/**
 * sbg_cohorts.csv (`customer_id,recency,T,cohort`, T = 8): recency < T is a cancellation in
 * period `recency`; recency = T is a subscriber still in after T − 1 renewals.
 */
export function parseCohorts(text: string): Map<string, SubscriberHistory[]> {
  const cohorts = new Map<string, SubscriberHistory[]>();
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const [, recency, T, cohort] = line.split(",");
    const r = Number(recency);
    const t = Number(T);
    const history = r < t ? { periods: r, churned: true } : { periods: t - 1, churned: false };
    if (!cohorts.has(cohort!)) cohorts.set(cohort!, []);
    cohorts.get(cohort!)!.push(history);
  }
  return cohorts;
}
