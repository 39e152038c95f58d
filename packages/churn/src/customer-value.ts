// The customer-alive models on their own entry, `@rapport/churn/customer-value`: BG/NBD and
// Gamma-Gamma fits, predictions, intervals and holdout validation, and the MBG/NBD,
// Pareto/NBD, BG/BB and sBG models. It imports nothing but
// @rapport/stats, so loading it costs no zod and no time-zone data (the main entry's churn-risk
// models validate with zod; the transaction-log summaries use core's calendar).

export type { BetaGeoBetaBinomFit, FitBetaGeoBetaBinomOptions } from "./beta-geo-beta-binom";
export { betaGeoBetaBinomLogLikelihood, fitBetaGeoBetaBinom } from "./beta-geo-beta-binom";
export type { BetaGeoBetaBinomParams, DiscreteHistory } from "./beta-geo-beta-binom-params";
export {
  betaGeoBetaBinomExpectedPurchases,
  betaGeoBetaBinomExpectedPurchasesNewCustomer,
  betaGeoBetaBinomProbabilityAlive,
  betaGeoBetaBinomPurchaseDistribution,
} from "./beta-geo-beta-binom-predictions";
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
export type { FitModifiedBgNbdOptions, ModifiedBgNbdFit } from "./modified-bg-nbd";
export { fitModifiedBgNbd, modifiedBgNbdLogLikelihood } from "./modified-bg-nbd";
export {
  modifiedBgNbdExpectedPurchases,
  modifiedBgNbdExpectedPurchasesNewCustomer,
  modifiedBgNbdProbabilityAlive,
  simulateModifiedBgNbd,
} from "./modified-bg-nbd-predictions";
export type { ParameterSamplingOptions } from "./parameter-sampling-intervals";
export { parameterSamplingIntervals } from "./parameter-sampling-intervals";
export type { FitParetoNbdOptions, ParetoNbdFit } from "./pareto-nbd";
export { fitParetoNbd, paretoNbdLogLikelihood } from "./pareto-nbd";
export type { ParetoNbdParams } from "./pareto-nbd-params";
export {
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesNewCustomer,
  paretoNbdProbabilityAlive,
  simulateParetoNbd,
} from "./pareto-nbd-predictions";
export { probabilityAlive } from "./probability-alive";
export type {
  FitShiftedBetaGeometricOptions,
  ShiftedBetaGeometricFit,
  ShiftedBetaGeometricParams,
  SubscriberHistory,
} from "./shifted-beta-geometric";
export {
  fitShiftedBetaGeometric,
  shiftedBetaGeometricLogLikelihood,
} from "./shifted-beta-geometric";
export type {
  ResidualLifetimeOptions,
  SimulateShiftedBetaGeometricOptions,
} from "./shifted-beta-geometric-curves";
export {
  discountedExpectedResidualLifetime,
  shiftedBetaGeometricRetention,
  shiftedBetaGeometricSurvival,
  simulateShiftedBetaGeometric,
} from "./shifted-beta-geometric-curves";
export type { SimulateBetaGeoBetaBinomOptions } from "./simulate-beta-geo-beta-binom";
export { simulateBetaGeoBetaBinom } from "./simulate-beta-geo-beta-binom";
export type { SimulateBgNbdOptions } from "./simulate-bg-nbd";
export { simulateBgNbd } from "./simulate-bg-nbd";
