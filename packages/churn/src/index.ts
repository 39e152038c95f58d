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
export type {
  CalibrationHoldout,
  CalibrationHoldoutOptions,
  CalibrationHoldoutRow,
} from "./calibration-holdout";
export { calibrationHoldout } from "./calibration-holdout";
export type { ChurnModel, ChurnModelInput, ChurnTerm } from "./churn-model";
export type { ChurnContribution, ChurnRisk } from "./churn-risk";
export { churnRisk } from "./churn-risk";
export type { ChurnSignalName, ChurnSignals } from "./churn-signals";
export { CHURN_SIGNALS, churnSignals, isChurnSignalName } from "./churn-signals";
export type {
  ConditionalSurvival,
  ConditionalSurvivalOptions,
  ConditionalSurvivalStep,
} from "./conditional-survival";
export { conditionalSurvival } from "./conditional-survival";
export type { CoxConcordance } from "./cox-concordance";
export type {
  CoxCovariatesFromSignalsOptions,
  CoxSignalCovariates,
  SignalsWithTenure,
} from "./cox-covariates-from-signals";
export { coxCovariatesFromSignals } from "./cox-covariates-from-signals";
export type { CoxCoefficient, CoxPhFit, CoxTest } from "./cox-ph-fit";
export type { CoxZph, CoxZphOptions } from "./cox-schoenfeld";
export { coxZph } from "./cox-schoenfeld";
export type { CoxSubject } from "./cox-subjects";
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
export type { FitCoxPhOptions } from "./fit-cox-ph";
export { fitCoxPh } from "./fit-cox-ph";
export type { FitScorecardOptions, ScorecardFit } from "./fit-scorecard";
export { fitScorecard } from "./fit-scorecard";
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
export type {
  GroupLabel,
  LogRankGroup,
  LogRankTestOptions,
  LogRankTestResult,
} from "./log-rank-test";
export { logRankTest } from "./log-rank-test";
export type { LogRankWeighting } from "./log-rank-weighting";
export type {
  MedianSurvival,
  MedianSurvivalOptions,
  SurvivalBand,
  TimeInterval,
} from "./median-survival";
export { medianSurvival } from "./median-survival";
export type { FitModifiedBgNbdOptions, ModifiedBgNbdFit } from "./modified-bg-nbd";
export { fitModifiedBgNbd, modifiedBgNbdLogLikelihood } from "./modified-bg-nbd";
export {
  modifiedBgNbdExpectedPurchases,
  modifiedBgNbdExpectedPurchasesNewCustomer,
  modifiedBgNbdProbabilityAlive,
  simulateModifiedBgNbd,
} from "./modified-bg-nbd-predictions";
export type {
  NelsonAalenCurve,
  NelsonAalenOptions,
  NelsonAalenStep,
} from "./nelson-aalen";
export { nelsonAalen } from "./nelson-aalen";
export type {
  PairwiseComparison,
  PairwiseLogRank,
  PairwiseLogRankOptions,
} from "./pairwise-log-rank";
export { pairwiseLogRank } from "./pairwise-log-rank";
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
export type { RestrictedMeanDifference } from "./restricted-mean-difference";
export { restrictedMeanDifference } from "./restricted-mean-difference";
export type {
  RestrictedMeanOptions,
  RestrictedMeanSurvival,
} from "./restricted-mean-survival";
export { restrictedMeanSurvival } from "./restricted-mean-survival";
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
export type { ServiceRecoveryOptions } from "./service-recovery";
export { serviceRecovery } from "./service-recovery";
export type {
  RecoveryAction,
  RecoveryCustomer,
  RecoveryEpisode,
  RecoveryRecords,
  ServiceLevelBreach,
} from "./service-recovery-episodes";
export { RECOVERY_ACTIONS } from "./service-recovery-episodes";
export type {
  RecoveryGroup,
  RecoveryStratum,
  ServiceRecovery,
} from "./service-recovery-result";
export { SERVICE_RECOVERY_CAVEAT } from "./service-recovery-result";
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
export type { SurvivalDataOptions } from "./survival-data";
