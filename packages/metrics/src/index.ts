export * from "./ces";
export * from "./ces-accumulator";
export * from "./compare-ces";
export * from "./compare-csat";
export * from "./compare-nps";
export type { CompareOptions, Comparison } from "./comparison";
export * from "./csat";
export * from "./csat-accumulator";
export type { DurationSummary } from "./duration-summary";
export * from "./first-reply-times";
export * from "./group-scores";
export { logGamma, regularizedIncompleteBeta } from "./incomplete-beta";
export type {
  MetricName,
  MetricScore,
  ResponseScoreOptions,
  SkippedResponses,
} from "./metric-accumulator";
export * from "./normal-cdf";
export * from "./normal-quantile";
export * from "./nps";
export * from "./nps-accumulator";
export * from "./one-touch-resolution-rate";
export * from "./percentile";
export type { ProportionScore } from "./proportion-score";
export * from "./reopen-rate";
export * from "./resolution-times";
export * from "./response-rate";
export type { ScoreOptions } from "./score-options";
export * from "./score-trend";
export * from "./student-t";
export * from "./wilson-interval";
