import type { Case } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import {
  checkOptions,
  measureTimelines,
  type ServiceDurationOptions,
  type ServiceDurations,
  timelinesOf,
} from "./service-durations";
import type { ServiceTimeline } from "./service-timeline";

/**
 * How to group cases for {@link groupServiceDurations}: by the agent the case is assigned to
 * (`"agentId"`, from `assigneeId`, as Zendesk attributes its ticket metrics to the assignee),
 * by team (`"teamId"`; a case without one takes its assignee's team when `agents` are given),
 * by channel, or by any key function. `undefined` puts a case in the group with key `null`.
 *
 * @example
 * ```ts
 * import type { ServiceGroupKey } from "@rapport/metrics";
 * const byAgent: ServiceGroupKey = "agentId";
 * const byPriority: ServiceGroupKey = (serviceCase) => serviceCase.priority;
 * ```
 */
export type ServiceGroupKey =
  | "agentId"
  | "teamId"
  | "channel"
  | ((serviceCase: Case) => string | undefined);

/**
 * The service durations of each group.
 *
 * @example
 * ```ts
 * import { groupServiceDurations, type ServiceDurationGroups } from "@rapport/metrics";
 * const result: ServiceDurationGroups = groupServiceDurations([], "channel");
 * result.groups.length; // 0
 * ```
 */
export interface ServiceDurationGroups {
  /** One entry per group, sorted by key; the group of cases without a key (`null`) last. */
  readonly groups: ReadonlyArray<{
    /** The group's key; `null` for cases where it is missing. */
    readonly key: string | null;
    /** The group's durations. */
    readonly durations: ServiceDurations;
  }>;
}

const KEYS = ["agentId", "teamId", "channel"] as const;

/**
 * {@link serviceDurations} per agent (from assignment), team, channel or any key: each group's
 * figures are those of its cases alone, in calendar time or the options' measure.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { groupServiceDurations } from "@rapport/metrics";
 * const base = { customerId: "u1", status: "open", createdAt: "2024-03-01T09:00:00Z" } as const;
 * const cases = [
 *   parseCase({ ...base, id: "c1", channel: "email", firstReplyAt: "2024-03-01T10:00:00Z" }),
 *   parseCase({ ...base, id: "c2", channel: "chat", firstReplyAt: "2024-03-01T09:02:00Z" }),
 * ];
 * groupServiceDurations(cases, "channel").groups.map((g) => [g.key, g.durations.firstReply.median]);
 * // [["chat", 2], ["email", 60]]
 * ```
 */
export function groupServiceDurations(
  cases: Iterable<Case>,
  key: ServiceGroupKey,
  options: ServiceDurationOptions = {},
): ServiceDurationGroups {
  const fn = "groupServiceDurations";
  if (typeof key !== "function" && !(KEYS as readonly unknown[]).includes(key)) {
    throw new RangeError(expectedMessage(`${fn}: key`, `a function or ${oneOf(KEYS)}`, key));
  }
  const { measure, level } = checkOptions(fn, options);
  const teamOfAgent = new Map<string, string>();
  for (const agent of options.agents ?? []) {
    if (agent.teamId !== undefined) teamOfAgent.set(agent.id, agent.teamId);
  }
  const keyOf =
    typeof key === "function"
      ? key
      : key === "agentId"
        ? (value: Case) => value.assigneeId
        : key === "teamId"
          ? (value: Case) =>
              value.teamId ??
              (value.assigneeId === undefined ? undefined : teamOfAgent.get(value.assigneeId))
          : (value: Case) => value.channel;
  const groups = new Map<string | null, ServiceTimeline[]>();
  for (const timeline of timelinesOf(fn, cases, options)) {
    const group = keyOf(timeline.value) ?? null;
    const list = groups.get(group);
    if (list) list.push(timeline);
    else groups.set(group, [timeline]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return {
    groups: keys.map((group) => ({
      key: group,
      durations: measureTimelines(fn, groups.get(group)!, measure, level),
    })),
  };
}
