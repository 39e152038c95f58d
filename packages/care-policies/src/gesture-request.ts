import {
  AGENT_ROLES,
  type Agent,
  type AgentId,
  type CustomerId,
  GESTURE_KINDS,
  type Money,
  type TeamId,
  type WeekDay,
} from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { AgentRole, GestureKind } from "./care-types";
import { GESTURE_CONDITIONS, type GestureCondition, isMoneyKind } from "./gesture-rule";

/**
 * A gesture an agent wants to grant, asked about before it is granted.
 *
 * @example
 * ```ts
 * import { agentId, customerId, teamId } from "@rapport/core";
 * import type { GestureRequest } from "@rapport/care-policies";
 * const request: GestureRequest = {
 *   kind: "discount",
 *   agent: { id: agentId("agt_1"), role: "agent", teamId: teamId("team_1") },
 *   customerId: customerId("cus_1"),
 *   value: { amount: 1500, currency: "EUR" },
 *   conditions: ["bad_csat"],
 * };
 * ```
 */
export interface GestureRequest {
  /** The kind of gesture. */
  readonly kind: GestureKind;
  /** Who grants it: the agent's id, role and team (ids made by `agentId()`, `teamId()` or parsing). */
  readonly agent: {
    readonly id: AgentId;
    readonly role: AgentRole;
    readonly teamId?: TeamId | undefined;
  };
  /** Who receives it (an id made by `customerId()` or parsing). */
  readonly customerId: CustomerId;
  /** What it is worth, in minor units (money kinds). */
  readonly value?: Money;
  /** How long it takes (`extra_time`). */
  readonly minutes?: number;
  /** The circumstances that hold for this customer (a bad rating, a breached SLA…). */
  readonly conditions?: readonly GestureCondition[];
}

/**
 * Options of {@link evaluateGesture}.
 *
 * @example
 * ```ts
 * import type { EvaluateGestureOptions } from "@rapport/care-policies";
 * const options: EvaluateGestureOptions = {
 *   asOf: new Date("2025-03-14T10:00:00Z"),
 *   timeZone: "Europe/Berlin",
 * };
 * ```
 */
export interface EvaluateGestureOptions {
  /** The moment of the request; gestures granted after it are not counted. */
  readonly asOf: Date;
  /** The team's IANA time zone: the calendar its periods follow. */
  readonly timeZone: string;
  /** The first day of a budget's week: 0 Sunday … 6 Saturday; default 1 (Monday, ISO 8601). */
  readonly weekStartsOn?: WeekDay;
  /** Agents, to find the team of a recorded gesture that has no `teamId`. */
  readonly agents?: Iterable<Pick<Agent, "id" | "teamId">>;
}

const KINDS: readonly string[] = GESTURE_KINDS;
const ROLES: readonly string[] = AGENT_ROLES;

/** Checks a gesture request's fields; internal. */
export function checkRequest(fn: string, request: GestureRequest): void {
  function fail(Kind: typeof TypeError, field: string, expected: string, received: unknown): never {
    throw new Kind(expectedMessage(`${fn}: ${field}`, expected, received));
  }
  if (typeof request !== "object" || request === null) {
    fail(TypeError, "request", "an object { kind, agent, customerId }", request);
  }
  if (!KINDS.includes(request.kind)) fail(RangeError, "request.kind", oneOf(KINDS), request.kind);
  const agent = request.agent;
  if (typeof agent !== "object" || agent === null) {
    fail(TypeError, "request.agent", "an object { id, role, teamId? }", agent);
  }
  if (typeof agent.id !== "string" || agent.id === "") {
    const Kind = typeof agent.id === "string" ? RangeError : TypeError;
    fail(Kind, "request.agent.id", 'an agent id, made by agentId("…")', agent.id);
  }
  if (!ROLES.includes(agent.role)) fail(RangeError, "request.agent.role", oneOf(ROLES), agent.role);
  if (typeof request.customerId !== "string" || request.customerId === "") {
    const Kind = typeof request.customerId === "string" ? RangeError : TypeError;
    fail(Kind, "request.customerId", 'a customer id, made by customerId("…")', request.customerId);
  }
  if (isMoneyKind(request.kind)) {
    const v = request.value;
    const expected = `money { amount (a non-negative integer in minor units), currency (ISO 4217) } for a ${request.kind}`;
    if (typeof v !== "object" || v === null) fail(TypeError, "request.value", expected, v);
    if (
      !Number.isInteger(v.amount) ||
      v.amount < 0 ||
      typeof v.currency !== "string" ||
      !/^[A-Z]{3}$/.test(v.currency)
    ) {
      fail(RangeError, "request.value", expected, v);
    }
  } else if (
    typeof request.minutes !== "number" ||
    !Number.isFinite(request.minutes) ||
    request.minutes <= 0
  ) {
    const Kind = typeof request.minutes === "number" ? RangeError : TypeError;
    fail(Kind, "request.minutes", "a positive number of minutes for extra_time", request.minutes);
  }
  for (const [i, c] of (request.conditions ?? []).entries()) {
    if (!(GESTURE_CONDITIONS as readonly string[]).includes(c)) {
      fail(RangeError, `request.conditions[${i}]`, oneOf(GESTURE_CONDITIONS), c);
    }
  }
}
