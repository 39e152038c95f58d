export type { Correlation } from "./correlation";
export * from "./current-stage";
export * from "./default-lifecycle";
export * from "./drop-off";
export * from "./effort-index";
export * from "./effort-vs-ces";
export * from "./funnel";
export * from "./journey-definition";
export * from "./journey-definition-error";
export type {
  JourneyAnomaly,
  JourneyAnomalyKind,
  JourneyTimeline,
  JourneyTimelineOptions,
  StagePeriod,
} from "./journey-timeline";
export { journeyTimeline } from "./journey-timeline";
export * from "./journey-timelines";
export * from "./stage-durations";
export * from "./time-in-stage";
