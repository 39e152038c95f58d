export type { BetaGeoBetaBinomFit, FitBetaGeoBetaBinomOptions } from "./beta-geo-beta-binom";
export { betaGeoBetaBinomLogLikelihood, fitBetaGeoBetaBinom } from "./beta-geo-beta-binom";
export type { BetaGeoBetaBinomParams, DiscreteHistory } from "./beta-geo-beta-binom-params";
export {
  betaGeoBetaBinomExpectedPurchases,
  betaGeoBetaBinomExpectedPurchasesNewCustomer,
  betaGeoBetaBinomProbabilityAlive,
  betaGeoBetaBinomPurchaseDistribution,
} from "./beta-geo-beta-binom-predictions";
export type { BgNbdFit, FitBgNbdOptions } from "./bg-nbd";
export { bgNbdLogLikelihood, fitBgNbd } from "./bg-nbd";
export type { BgNbdParams, FrequencyRecency } from "./bg-nbd-params";
export type { BootstrapIntervalsOptions } from "./bootstrap-intervals";
export { bootstrapIntervals } from "./bootstrap-intervals";
export type {
  CalibrationHoldout,
  CalibrationHoldoutOptions,
  CalibrationHoldoutRow,
} from "./calibration-holdout";
export { calibrationHoldout } from "./calibration-holdout";
export type { ChurnModel, ChurnModelInput, ChurnTerm } from "./churn-model";
export { ChurnModelSchema, ChurnTermSchema, defineChurnModel } from "./churn-model";
export type { ChurnContribution, ChurnRisk } from "./churn-risk";
export { churnRisk } from "./churn-risk";
export type { ChurnSignalName, ChurnSignals } from "./churn-signals";
export { CHURN_SIGNALS, churnSignals, isChurnSignalName } from "./churn-signals";
export type { CumulativePoint, CumulativeTransactionsOptions } from "./cumulative-transactions";
export { cumulativeTransactions } from "./cumulative-transactions";
export type { ClvTimeUnit, CustomerLifetimeValueOptions } from "./customer-lifetime-value";
export { customerLifetimeValue } from "./customer-lifetime-value";
export type {
  CustomerValueIntervals,
  CustomerValueMeasure,
  IntervalEstimate,
  ValuedCustomer,
} from "./customer-value-measure";
export { defaultChurnModel } from "./default-churn-model";
export { expectedPurchases, expectedPurchasesNewCustomer } from "./expected-purchases";
export type { ChurnModelFit, FitChurnModelOptions, LabelledSignals } from "./fit-churn-model";
export { fitChurnModel } from "./fit-churn-model";
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
export type { KaplanMeierCurve, KaplanMeierOptions, KaplanMeierStep } from "./kaplan-meier";
export { kaplanMeier } from "./kaplan-meier";
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
  CohortRetentionCell,
  CohortRow,
  CohortTable,
  RetentionByCohortOptions,
  SubscriptionSpan,
} from "./retention-by-cohort";
export { retentionByCohort } from "./retention-by-cohort";
export type { RfmRow, RfmSkipped, RfmSummary, RfmSummaryOptions } from "./rfm-summary";
export { rfmSummary } from "./rfm-summary";
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
