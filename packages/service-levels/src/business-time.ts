// The `@rapport/service-levels/business-time` entry: schedules and business time alone, without
// SLA policies, holidays or the entity schemas, so that it loads neither zod nor holiday data
// at start-up. Everything here is also in the main entry.
export { addBusinessTime } from "./add-business-time";
export { businessTimeBetween } from "./business-time-between";
export type { Instant } from "./instant";
export { isOpen, type ScheduleMomentOptions } from "./is-open";
export { nextOpening } from "./next-opening";
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
