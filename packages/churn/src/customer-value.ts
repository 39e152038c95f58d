// The customer-alive models on their own entry, `@rapport/churn/customer-value`: BG/NBD and
// Gamma-Gamma fits, predictions, intervals and holdout validation. It imports nothing but
// @rapport/stats, so loading it costs no zod and no time-zone data (the main entry's churn-risk
// models validate with zod; the transaction-log summaries use core's calendar).
export type { FitBgNbdOptions } from "./bg-nbd";
export { bgNbdLogLikelihood, fitBgNbd } from "./bg-nbd";
export type { BgNbdFit } from "./bg-nbd-fit";
export type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
export type { BootstrapIntervalsOptions } from "./bootstrap-intervals";
export { bootstrapIntervals } from "./bootstrap-intervals";
export type { ClvTimeUnit, CustomerLifetimeValueOptions } from "./customer-lifetime-value";
export { customerLifetimeValue } from "./customer-lifetime-value";
export type {
  CustomerValueIntervals,
  CustomerValueMeasure,
  IntervalEstimate,
  ValuedCustomer,
} from "./customer-value-measure";
export { expectedPurchases, expectedPurchasesNewCustomer } from "./expected-purchases";
export type { FitUncertainty, ParameterCovariance } from "./fit-uncertainty";
export type { FrequencyMonetary, GammaGammaFit, GammaGammaParams } from "./gamma-gamma";
export { expectedAverageValue, fitGammaGamma } from "./gamma-gamma";
export type {
  FrequencyBucket,
  HoldoutCustomer,
  HoldoutValidation,
  HoldoutValidationOptions,
} from "./holdout-validation";
export { holdoutValidation } from "./holdout-validation";
export type { ParameterSamplingOptions } from "./parameter-sampling-intervals";
export { parameterSamplingIntervals } from "./parameter-sampling-intervals";
export { probabilityAlive } from "./probability-alive";
export type { SimulateBgNbdOptions } from "./simulate-bg-nbd";
export { simulateBgNbd } from "./simulate-bg-nbd";
