import { expectedMessage, oneOf } from "@rapport/stats";
import type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
import { expectedPurchases } from "./expected-purchases";
import type { FrequencyMonetary, GammaGammaParams } from "./gamma-gamma";
import { expectedAverageValue } from "./gamma-gamma";

/**
 * The time unit the customers' recency and T are measured in.
 *
 * @example
 * ```ts
 * import type { ClvTimeUnit } from "@rapport/churn";
 * const unit: ClvTimeUnit = "week";
 * ```
 */
export type ClvTimeUnit = "hour" | "day" | "week" | "month";

/**
 * Options for {@link customerLifetimeValue}.
 *
 * @example
 * ```ts
 * import type { CustomerLifetimeValueOptions } from "@rapport/churn";
 * const options: CustomerLifetimeValueOptions = { months: 24, discountRate: 0.01, unit: "week" };
 * ```
 */
export interface CustomerLifetimeValueOptions {
  /** Months to project (default 12). */
  readonly months?: number;
  /** Discount rate per month (default 0.01, i.e. 1 %/month). */
  readonly discountRate?: number;
  /** Unit of recency and T (default `"day"`, as in `lifetimes`). */
  readonly unit?: ClvTimeUnit;
}

// Units per month, as `lifetimes` uses them (its `freq` argument: H 720, D 30, W 4.345, M 1).
const PER_MONTH: Record<ClvTimeUnit, number> = { hour: 720, day: 30, week: 4.345, month: 1 };

/**
 * A customer's lifetime value over the next `months` months, computed as Python `lifetimes`'
 * `GammaGammaFitter.customer_lifetime_value` does: for each month i = 1…months, the expected
 * purchases in that month (BG/NBD {@link expectedPurchases} to the end of month i minus to the
 * end of month i − 1, in the customers' own time unit) times the Gamma-Gamma
 * {@link expectedAverageValue}, discounted by (1 + discountRate)^i, summed. This is the
 * discounted-cash-flow form of Fader, Hardie & Lee (2005, "RFM and CLV") in monthly steps.
 *
 * @example
 * ```ts
 * import { customerLifetimeValue } from "@rapport/churn";
 * customerLifetimeValue(
 *   { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 },
 *   { p: 6.25, q: 3.74, v: 15.45 },
 *   { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 },
 *   { months: 12, discountRate: 0.01, unit: "week" },
 * );
 * ```
 */
export function customerLifetimeValue(
  bgNbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  customer: FrequencyRecency & FrequencyMonetary,
  options: CustomerLifetimeValueOptions = {},
): number {
  const months = options.months ?? 12;
  const rate = options.discountRate ?? 0.01;
  const unit = options.unit ?? "day";
  if (!(Number.isInteger(months) && months >= 0)) {
    throw new RangeError(
      expectedMessage(`customerLifetimeValue: options.months`, `a whole number ≥ 0`, months),
    );
  }
  if (!(Number.isFinite(rate) && rate > -1)) {
    throw new RangeError(
      expectedMessage("customerLifetimeValue: options.discountRate", "a number > -1", rate),
    );
  }
  // Own keys only: "toString" would otherwise find Object.prototype's member.
  const perMonth = Object.hasOwn(PER_MONTH, unit) ? PER_MONTH[unit] : undefined;
  if (perMonth === undefined) {
    throw new RangeError(
      expectedMessage(
        "customerLifetimeValue: options.unit",
        oneOf(["hour", "day", "week", "month"]),
        unit,
      ),
    );
  }
  const value = expectedAverageValue(gammaGamma, customer);
  let total = 0;
  let previous = 0;
  for (let i = 1; i <= months; i++) {
    const cumulative = expectedPurchases(bgNbd, i * perMonth, customer);
    total += (value * (cumulative - previous)) / (1 + rate) ** i;
    previous = cumulative;
  }
  return total;
}
