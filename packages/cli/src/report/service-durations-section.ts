import type { Agent, Case, Interaction, Team } from "@rapport/core";
import {
  calendarAndBusinessDurations,
  groupServiceDurations,
  SERVICE_DURATIONS,
  type ServiceDurations,
  serviceDurations,
} from "@rapport/metrics";
import { businessTimeMeasure, type Schedule } from "@rapport/service-levels";
import type { ServiceDurationsSection, ServiceGroupRow } from "./service-data";

/**
 * Every service duration of @rapport/metrics (Zendesk's definitions and attribution) in
 * calendar time and, with a schedule, in business time (`businessTimeMeasure` of
 * @rapport/service-levels), overall and per team and channel (the periods compared are
 * `serviceDurationPeriods`' own).
 *
 * @example
 * ```ts
 * import { serviceDurationsSection } from "./service-durations-section"; // internal
 * serviceDurationsSection({ cases: [], interactions: [], agents: [], teams: [] }, { schedule: null });
 * ```
 */
export function serviceDurationsSection(
  data: {
    readonly cases: readonly Case[];
    readonly interactions: readonly Interaction[];
    readonly agents: readonly Agent[];
    readonly teams: readonly Team[];
  },
  options: { readonly schedule: Schedule | null },
): Omit<ServiceDurationsSection, "periods"> {
  const { cases, interactions, agents } = data;
  const schedule = options.schedule;
  const business = schedule === null ? null : businessTimeMeasure(schedule);
  const both =
    business === null
      ? { calendar: serviceDurations(cases, { interactions, agents }), business: null }
      : calendarAndBusinessDurations(cases, { interactions, agents, business });
  const names = new Map(data.teams.map((t) => [t.id as string, t.name]));
  const grouped = (key: "teamId" | "channel", label: (k: string) => string): ServiceGroupRow[] => {
    const calendar = groupServiceDurations(cases, key, { interactions, agents }).groups;
    const inBusiness =
      business === null
        ? null
        : groupServiceDurations(cases, key, { interactions, agents, measure: business }).groups;
    const businessOf = new Map(inBusiness?.map((g) => [g.key, g.durations]));
    return calendar.map(({ key: group, durations }) => {
      const b: ServiceDurations | undefined = businessOf.get(group);
      return {
        group: group === null ? `no ${key === "teamId" ? "team" : "channel"}` : label(group),
        cases: durations.cases,
        firstReply: {
          calendar: durations.firstReply.median,
          business: b?.firstReply.median ?? null,
        },
        fullResolution: {
          calendar: durations.fullResolution.median,
          business: b?.fullResolution.median ?? null,
        },
      };
    });
  };
  return {
    scheduleTimeZone: schedule?.timeZone ?? null,
    cases: both.calendar.cases,
    rows: SERVICE_DURATIONS.map((name) => ({
      name,
      calendar: both.calendar[name],
      business: both.business === null ? null : both.business[name],
    })),
    byTeam: grouped("teamId", (id) => names.get(id) ?? id),
    byChannel: grouped("channel", (c) => c),
  };
}
