export { addBusinessTime } from "./add-business-time";
export { businessTimeBetween } from "./business-time-between";
export {
  type BusinessTimeMeasure,
  businessTimeMeasure,
  type ScheduleOfCase,
} from "./business-time-measure";
export type { Instant } from "./instant";
export { isOpen, type ScheduleMomentOptions } from "./is-open";
export { nextOpening } from "./next-opening";
export { predictBreaches, type SlaBreachPrediction } from "./predict-breaches";
export {
  type Closure,
  defineSchedule,
  type Holiday,
  type MinuteRange,
  type OpeningHours,
  type Schedule,
  type ScheduleInput,
  WEEKDAYS,
  type Weekday,
} from "./schedule";
export { scheduleOfPolicy } from "./schedule-of-policy";
export {
  type SlaAttainmentDimension,
  type SlaAttainmentOptions,
  type SlaAttainmentRow,
  slaAttainment,
} from "./sla-attainment";
export {
  defineSlaPolicy,
  SLA_METRICS,
  type SlaConditions,
  type SlaMetric,
  type SlaPolicy,
  type SlaPolicyInput,
  type SlaTarget,
  type SlaTargets,
} from "./sla-policy";
export { type SlaStatus, slaStatus } from "./sla-status";
export type { SlaPauseReason, SlaState, SlaTargetStatus } from "./sla-target-status";
