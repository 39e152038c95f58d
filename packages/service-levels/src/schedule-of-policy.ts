import type { Case } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import type { ScheduleOfCase } from "./business-time-measure";
import { isSchedule, type Schedule } from "./schedule";
import type { SlaPolicy } from "./sla-policy";

/**
 * The schedule of the SLA policy that applies to a case (the first whose conditions the case
 * meets now, as {@link slaStatus} picks it), or `fallback` when none applies or it has no
 * schedule: a {@link ScheduleOfCase} for {@link businessTimeMeasure}.
 *
 * @example
 * ```ts
 * import { businessTimeMeasure, defineSchedule, defineSlaPolicy, scheduleOfPolicy } from "@rapport/service-levels";
 * const day = [{ from: "09:00", to: "17:00" }];
 * const standard = defineSchedule({ timeZone: "Europe/Paris", weekly: { monday: day, friday: day } });
 * const vipHours = defineSchedule({ timeZone: "Europe/Paris", weekly: { saturday: day, monday: day } });
 * const vip = defineSlaPolicy({
 *   name: "VIP", match: { tagsAny: ["vip"] }, schedule: vipHours,
 *   targets: { normal: { firstReply: { minutes: 60, time: "business" } } },
 * });
 * const measure = businessTimeMeasure(scheduleOfPolicy([vip], standard));
 * ```
 */
export function scheduleOfPolicy(
  policies: readonly SlaPolicy[],
  fallback: Schedule,
): ScheduleOfCase {
  if (!Array.isArray(policies)) {
    throw new TypeError(
      expectedMessage("scheduleOfPolicy: policies", "an array of SLA policies", policies),
    );
  }
  if (!isSchedule(fallback)) {
    throw new TypeError(
      expectedMessage("scheduleOfPolicy: fallback", "a schedule made by defineSchedule", fallback),
    );
  }
  return (serviceCase: Case) =>
    policies.find((policy) => policy.matches(serviceCase))?.schedule ?? fallback;
}
