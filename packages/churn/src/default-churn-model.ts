import type { ChurnModel } from "./churn-model";

/**
 * The default churn scorecard: hand-set weights that encode the care literature, not a fit.
 * Bad experiences weigh four times good ones (negative interactions 0.6 points each,
 * positive −0.15; after Gartner's finding that a service interaction is four times as likely
 * to create disloyalty as loyalty); reopened and unresolved cases, transfers and repeat
 * contacts raise the risk; good and improving CSAT, NPS and CES lower it. Survey terms are
 * centred on a neutral answer (NPS 7, CSAT 0.75, CES 0.5), so a missing answer adds nothing.
 * Calibrate it on your own history with `fitChurnModel`.
 *
 * @example
 * ```ts
 * import { defaultChurnModel } from "@rapport/churn";
 * defaultChurnModel.terms.map((t) => t.signal);
 * ```
 */
export const defaultChurnModel: ChurnModel = /* @__PURE__ */ Object.freeze({
  name: "rapport-default-v1",
  intercept: -2.5,
  terms: [
    { signal: "daysSinceLastPurchase", weight: 0.3, cap: 730, transform: "log1p", center: 3 },
    { signal: "daysSinceLastContact", weight: 0.05, cap: 730, transform: "log1p", center: 0 },
    { signal: "contactTrend", weight: 0.4, cap: 3, transform: "identity", center: 0 },
    { signal: "unresolvedCases", weight: 0.3, cap: 5, transform: "identity", center: 0 },
    { signal: "reopenedCases", weight: 0.5, cap: 5, transform: "identity", center: 0 },
    { signal: "latestCsat", weight: -1, transform: "identity", center: 0.75 },
    { signal: "csatTrend", weight: -0.8, transform: "identity", center: 0 },
    { signal: "latestNps", weight: -0.15, transform: "identity", center: 7 },
    { signal: "npsTrend", weight: -0.1, transform: "identity", center: 0 },
    { signal: "latestCes", weight: -0.8, transform: "identity", center: 0.5 },
    { signal: "cesTrend", weight: -0.5, transform: "identity", center: 0 },
    { signal: "negativeInteractions", weight: 0.6, cap: 10, transform: "identity", center: 0 },
    { signal: "positiveInteractions", weight: -0.15, cap: 10, transform: "identity", center: 0 },
    { signal: "transfers", weight: 0.2, cap: 10, transform: "identity", center: 0 },
    { signal: "repeatContacts", weight: 0.2, cap: 10, transform: "identity", center: 0 },
    { signal: "careGestures", weight: -0.1, cap: 5, transform: "identity", center: 0 },
  ],
  bands: { medium: 0.3, high: 0.6 },
} satisfies ChurnModel);
