export type { ConversionCurve, ConversionCurveStep } from "./conversion-curve";
export type { CurrentStage } from "./current-stage";
export { currentStage } from "./current-stage";
export { defaultLifecycle } from "./default-lifecycle";
export type { DropOffOptions, StuckCustomer } from "./drop-off";
export { dropOff } from "./drop-off";
export type {
  CaseEffort,
  CustomerEffort,
  EffortComponent,
  EffortComponents,
  EffortOptions,
} from "./effort-index";
export {
  DEFAULT_EFFORT_CAPS,
  DEFAULT_EFFORT_WEIGHTS,
  EFFORT_COMPONENTS,
  effortIndex,
} from "./effort-index";
export type { EffortVsCes } from "./effort-vs-ces";
export { effortVsCes } from "./effort-vs-ces";
export type { Funnel, FunnelOptions, FunnelStep } from "./funnel";
export { funnel } from "./funnel";
export type { FunnelExclusion, FunnelOrder } from "./funnel-options";
export type {
  JourneyDefinition,
  JourneyDefinitionInput,
  JourneyTransition,
} from "./journey-definition";
export { defineJourney } from "./journey-definition";
export { JourneyDefinitionError } from "./journey-definition-error";
export type {
  JourneyAnomaly,
  JourneyAnomalyKind,
  JourneyTimeline,
  JourneyTimelineOptions,
  StagePeriod,
} from "./journey-timeline";
export { journeyTimeline } from "./journey-timeline";
export { journeyTimelines } from "./journey-timelines";
export type { StageDuration, StageDurationsOptions } from "./stage-durations";
export { stageDurations } from "./stage-durations";
export type { TimeInStage } from "./time-in-stage";
export { timeInStage } from "./time-in-stage";
