export type { CesOptions, CesScale, CesScore } from "./ces";
export { ces, cesFromCounts } from "./ces";
export type { CesAccumulator, CesAccumulatorJson } from "./ces-accumulator";
export { cesAccumulatorFromJSON, createCesAccumulator } from "./ces-accumulator";
export { compareCes } from "./compare-ces";
export { compareCsat } from "./compare-csat";
export { compareNps } from "./compare-nps";
export type { CompareOptions, Comparison } from "./comparison";
export type {
  BinaryCsatCounts,
  BinaryCsatScore,
  CsatAnswer,
  CsatOptions,
  CsatScale,
  CsatScore,
  CsatScoreOf,
  FivePointCsatScore,
} from "./csat";
export { csat, csatFromCounts } from "./csat";
export type { CsatAccumulator, CsatAccumulatorJson } from "./csat-accumulator";
export { createCsatAccumulator, csatAccumulatorFromJSON } from "./csat-accumulator";
export type { DurationFigure } from "./duration-figure";
export type { DurationMeasure } from "./duration-measure";
export { calendarTime } from "./duration-measure";
export type { DurationSummary } from "./duration-summary";
export { firstReplyTimes } from "./first-reply-times";
export type { GroupKey, ScoreGroups } from "./group-scores";
export { groupScores } from "./group-scores";
export type { ServiceDurationGroups, ServiceGroupKey } from "./group-service-durations";
export { groupServiceDurations } from "./group-service-durations";
export type { HappinessCounts, HappinessOptions, HappinessScore } from "./happiness";
export { happiness, happinessFromCounts } from "./happiness";
export type { HappinessAccumulator, HappinessAccumulatorJson } from "./happiness-accumulator";
export { createHappinessAccumulator, happinessAccumulatorFromJSON } from "./happiness-accumulator";
export type {
  MetricName,
  MetricScore,
  ResponseScoreOptions,
  SkippedResponses,
} from "./metric-accumulator";
export type { NpsCounts, NpsOptions, NpsScore } from "./nps";
export { nps, npsFromCounts } from "./nps";
export type { NpsAccumulator, NpsAccumulatorJson } from "./nps-accumulator";
export { createNpsAccumulator, npsAccumulatorFromJSON } from "./nps-accumulator";
export type { OneTouchOptions } from "./one-touch-resolution-rate";
export { oneTouchResolutionRate } from "./one-touch-resolution-rate";
export { reopenRate } from "./reopen-rate";
export { resolutionTimes } from "./resolution-times";
export { responseRate } from "./response-rate";
export type { ScoreOptions } from "./score-options";
export type { ScoreTrend, ScoreTrendOptions, TrendBucket } from "./score-trend";
export { scoreTrend } from "./score-trend";
export type {
  ServiceDurationName,
  ServiceDurationOptions,
  ServiceDurations,
} from "./service-durations";
export {
  calendarAndBusinessDurations,
  SERVICE_DURATIONS,
  serviceDurations,
} from "./service-durations";
