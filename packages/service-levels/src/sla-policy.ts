import {
  CASE_PRIORITIES,
  type Case,
  type CasePriority,
  type Channel,
  RapportValidationError,
  type ValidationIssue,
  type ValidationIssueCode,
  validationIssue,
} from "@rapport/core";
import { oneOf } from "@rapport/stats";
import { isSchedule, type Schedule } from "./schedule";

/**
 * The service-level metrics a policy can set targets for (as in Zendesk SLA policies):
 *
 * - `firstReply`: from creation to the first public agent reply.
 * - `nextReply`: from the oldest unanswered public customer message to the next public agent
 *   reply (one cycle per unanswered message run).
 * - `periodicUpdate`: between consecutive public agent replies.
 * - `pausableUpdate`: between consecutive public agent replies, counting only the time in new,
 *   open and on-hold (pending pauses it), as Zendesk's "Pausable update".
 * - `requesterWait`: total time in new, open and on-hold (pending pauses it).
 * - `agentWork`: total time in new and open (pending and on-hold pause it).
 * - `resolution`: from creation until solved (paused only while solved; a reopen resumes it).
 *
 * @example
 * ```ts
 * import { SLA_METRICS } from "@rapport/service-levels";
 * SLA_METRICS.includes("firstReply"); // true
 * ```
 */
export const SLA_METRICS = [
  "firstReply",
  "nextReply",
  "periodicUpdate",
  "pausableUpdate",
  "requesterWait",
  "agentWork",
  "resolution",
] as const;

/**
 * A service-level metric: one of {@link SLA_METRICS}.
 *
 * @example
 * ```ts
 * import type { SlaMetric } from "@rapport/service-levels";
 * const metric: SlaMetric = "nextReply";
 * ```
 */
export type SlaMetric = (typeof SLA_METRICS)[number];

/**
 * A target: how many minutes, counted in business time (the policy's schedule) or calendar
 * time.
 *
 * @example
 * ```ts
 * import type { SlaTarget } from "@rapport/service-levels";
 * const oneBusinessHour: SlaTarget = { minutes: 60, time: "business" };
 * ```
 */
export interface SlaTarget {
  /** The target, in minutes (positive). */
  readonly minutes: number;
  /** Whether the minutes count only while the schedule is open, or around the clock. */
  readonly time: "business" | "calendar";
}

/**
 * Targets by priority, then by metric. A metric left out has no target at that priority.
 *
 * @example
 * ```ts
 * import type { SlaTargets } from "@rapport/service-levels";
 * const targets: SlaTargets = {
 *   urgent: { firstReply: { minutes: 30, time: "calendar" } },
 *   normal: { firstReply: { minutes: 480, time: "business" } },
 * };
 * ```
 */
export type SlaTargets = Readonly<
  Partial<Record<CasePriority, Readonly<Partial<Record<SlaMetric, SlaTarget>>>>>
>;

/**
 * Declarative conditions a case must meet for a policy to apply; every condition given must
 * hold (an empty object matches every case).
 *
 * @example
 * ```ts
 * import type { SlaConditions } from "@rapport/service-levels";
 * const vipEmail: SlaConditions = { channels: ["email"], tagsAny: ["vip"] };
 * ```
 */
export interface SlaConditions {
  /** The case's channel is one of these. */
  readonly channels?: readonly Channel[];
  /** The case's team is one of these. */
  readonly teamIds?: readonly string[];
  /** The case's priority (at the time) is one of these. */
  readonly priorities?: readonly CasePriority[];
  /** The case has at least one of these tags. */
  readonly tagsAny?: readonly string[];
  /** The case has all of these tags. */
  readonly tagsAll?: readonly string[];
}

/**
 * What {@link defineSlaPolicy} takes.
 *
 * @example
 * ```ts
 * import type { SlaPolicyInput } from "@rapport/service-levels";
 * const input: SlaPolicyInput = {
 *   name: "Everyone",
 *   targets: { normal: { resolution: { minutes: 2880, time: "calendar" } } },
 * };
 * ```
 */
export interface SlaPolicyInput {
  /** A unique, human name, e.g. `"VIP email"`. */
  readonly name: string;
  /** Which cases it applies to: conditions or a predicate; omitted, every case. */
  readonly match?: SlaConditions | ((value: Case) => boolean);
  /** The business calendar of its business-time targets (required if it has any). */
  readonly schedule?: Schedule;
  /** The targets per priority and metric. */
  readonly targets: SlaTargets;
}

/**
 * A validated SLA policy, made by {@link defineSlaPolicy}.
 *
 * @example
 * ```ts
 * import { defineSlaPolicy, type SlaPolicy } from "@rapport/service-levels";
 * const policy: SlaPolicy = defineSlaPolicy({
 *   name: "Everyone",
 *   targets: { normal: { firstReply: { minutes: 60, time: "calendar" } } },
 * });
 * policy.matches; // (c) => true
 * ```
 */
export interface SlaPolicy {
  /** The policy's name. */
  readonly name: string;
  /** Whether it applies to a case (as the case stood at a moment: status and priority then). */
  readonly matches: (value: Case) => boolean;
  /** Its business calendar, or null when all its targets are in calendar time. */
  readonly schedule: Schedule | null;
  /** Its targets per priority and metric. */
  readonly targets: SlaTargets;
}

/**
 * Validates an SLA policy: targets per priority for first reply, next reply, periodic update,
 * pausable update, requester wait, agent work time and resolution, each in business or calendar minutes, with
 * the schedule business time is counted on. Throws a `RapportValidationError` naming every
 * bad field. Policies are used as a list: the first that matches a case applies, and the match
 * is re-evaluated at every change of the case.
 *
 * @example
 * ```ts
 * import { defineSchedule, defineSlaPolicy } from "@rapport/service-levels";
 * const hours = defineSchedule({
 *   timeZone: "Europe/Dublin",
 *   weekly: { monday: [{ from: "09:00", to: "17:00" }] },
 * });
 * const vip = defineSlaPolicy({
 *   name: "VIP",
 *   match: { tagsAny: ["vip"] },
 *   schedule: hours,
 *   targets: {
 *     urgent: { firstReply: { minutes: 30, time: "calendar" } },
 *     normal: { firstReply: { minutes: 120, time: "business" }, resolution: { minutes: 960, time: "business" } },
 *   },
 * });
 * ```
 */
export function defineSlaPolicy(input: SlaPolicyInput): SlaPolicy {
  const issues: ValidationIssue[] = [];
  const issue = (
    path: PropertyKey[],
    expected: string,
    received: unknown,
    code: ValidationIssueCode = "invalid_value",
  ) => issues.push(validationIssue(path, code, expected, received));
  if (typeof input !== "object" || input === null) {
    throw new RapportValidationError("SlaPolicy", [
      validationIssue([], "invalid_type", "an object", input),
    ]);
  }
  if (typeof input.name !== "string" || input.name.trim() === "") {
    issue(
      ["name"],
      "a non-empty string",
      input.name,
      typeof input.name === "string" ? "too_small" : "invalid_type",
    );
  }
  if (input.schedule !== undefined && !isSchedule(input.schedule)) {
    issue(["schedule"], "a schedule made by defineSchedule", input.schedule);
  }
  const match = input.match;
  let matches: (value: Case) => boolean = () => true;
  if (typeof match === "function") matches = match;
  else if (match !== undefined) {
    if (typeof match !== "object" || match === null) {
      issue(["match"], "conditions or a predicate function", match, "invalid_type");
    } else {
      for (const [key, list] of Object.entries(match)) {
        if (!CONDITION_KEYS.includes(key))
          issue(["match", key], oneOf(CONDITION_KEYS), key, "unknown_key");
        else if (!Array.isArray(list)) issue(["match", key], "an array", list, "invalid_type");
        else if (key === "priorities") {
          list.forEach((value: unknown, index: number) => {
            if (!(CASE_PRIORITIES as readonly unknown[]).includes(value)) {
              issue(["match", key, index], oneOf(CASE_PRIORITIES), value);
            }
          });
        }
      }
      matches = conditionsMatcher(match);
    }
  }
  let missingSchedule = false;
  if (typeof input.targets !== "object" || input.targets === null) {
    issue(["targets"], "an object of targets per priority", input.targets, "invalid_type");
  } else {
    for (const [priority, byMetric] of Object.entries(input.targets)) {
      if (!(CASE_PRIORITIES as readonly string[]).includes(priority)) {
        issue(
          ["targets", priority],
          `a priority, ${oneOf(CASE_PRIORITIES)}`,
          priority,
          "unknown_key",
        );
        continue;
      }
      if (typeof byMetric !== "object" || byMetric === null) {
        issue(["targets", priority], "an object of targets per metric", byMetric, "invalid_type");
        continue;
      }
      for (const [metric, target] of Object.entries(byMetric as Record<string, SlaTarget>)) {
        const path = ["targets", priority, metric];
        if (!(SLA_METRICS as readonly string[]).includes(metric)) {
          issue(path, `a metric, ${oneOf(SLA_METRICS)}`, metric, "unknown_key");
          continue;
        }
        if (
          !(
            typeof target?.minutes === "number" &&
            target.minutes > 0 &&
            Number.isFinite(target.minutes)
          )
        ) {
          issue([...path, "minutes"], "a positive number of minutes", target?.minutes);
        }
        if (target?.time !== "business" && target?.time !== "calendar") {
          issue([...path, "time"], oneOf(["business", "calendar"]), target?.time);
        } else if (target.time === "business" && input.schedule === undefined && !missingSchedule) {
          missingSchedule = true;
          issue(
            ["schedule"],
            `a schedule, as targets.${priority}.${metric} counts business time`,
            undefined,
          );
        }
      }
    }
  }
  if (issues.length > 0) throw new RapportValidationError("SlaPolicy", issues);
  return Object.freeze({
    name: input.name,
    matches,
    schedule: input.schedule ?? null,
    targets: input.targets,
  });
}

const CONDITION_KEYS: readonly string[] = [
  "channels",
  "teamIds",
  "priorities",
  "tagsAny",
  "tagsAll",
];

function conditionsMatcher(conditions: SlaConditions): (value: Case) => boolean {
  return (value) =>
    (conditions.channels === undefined || conditions.channels.includes(value.channel)) &&
    (conditions.teamIds === undefined ||
      (value.teamId !== undefined && conditions.teamIds.includes(value.teamId))) &&
    (conditions.priorities === undefined || conditions.priorities.includes(value.priority)) &&
    (conditions.tagsAny === undefined ||
      conditions.tagsAny.some((tag) => value.tags.includes(tag))) &&
    (conditions.tagsAll === undefined ||
      conditions.tagsAll.every((tag) => value.tags.includes(tag)));
}
