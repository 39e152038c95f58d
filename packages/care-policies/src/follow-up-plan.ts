import type {
  Agent,
  AgentId,
  CareGesture,
  Case,
  CaseId,
  CustomerId,
  Money,
  SurveyResponse,
  TeamId,
  WeekDay,
} from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { AgentRole, GestureKind } from "./care-types";
import { formatMoney } from "./describe-rule";
import { evaluateGesture } from "./evaluate-gesture";
import type { GestureDecision } from "./gesture-decision";
import type { GestureRequest } from "./gesture-request";
import { type CarePolicy, type GestureCondition, isMoneyKind } from "./gesture-rule";

/**
 * A churn risk as a plain input (for example from `@rapport/churn`): a score, its band and
 * the reasons behind it.
 *
 * @example
 * ```ts
 * import type { ChurnRiskInput } from "@rapport/care-policies";
 * const risk: ChurnRiskInput = { score: 0.72, band: "high", reasons: ["usage down 60 %"] };
 * ```
 */
export interface ChurnRiskInput {
  /** The risk score, as the model that made it defines it. */
  readonly score: number;
  /** The band: only `high` triggers a follow-up. */
  readonly band: "low" | "medium" | "high";
  /** Why, in words. */
  readonly reasons?: readonly string[];
}

/**
 * The gesture budget {@link followUpPlan} checks an offer against.
 *
 * @example
 * ```ts
 * import { agentId, teamId } from "@rapport/core";
 * import { defineCarePolicy, type FollowUpBudget } from "@rapport/care-policies";
 * const budget: FollowUpBudget = {
 *   policy: defineCarePolicy({ gestures: { credit: { maxValue: { amount: 1000, currency: "EUR" } } } }),
 *   ledger: [],
 *   agent: { id: agentId("agt_1"), role: "agent", teamId: teamId("team_1") },
 *   asOf: new Date("2025-03-14T10:00:00Z"),
 *   timeZone: "Europe/Berlin",
 * };
 * ```
 */
export interface FollowUpBudget {
  /** The care policy. */
  readonly policy: CarePolicy;
  /** The gestures already granted. */
  readonly ledger: Iterable<CareGesture>;
  /** The agent who would grant it. */
  readonly agent: {
    readonly id: AgentId;
    readonly role: AgentRole;
    readonly teamId?: TeamId | undefined;
  };
  /** The moment of the decision (the caller's clock). */
  readonly asOf: Date;
  /** The team's IANA time zone. */
  readonly timeZone: string;
  /** The first day of a budget's week (default 1, Monday). */
  readonly weekStartsOn?: WeekDay;
  /** Agents, to find the team of recorded gestures without one. */
  readonly agents?: Iterable<Pick<Agent, "id" | "teamId">>;
  /** Kinds to try, in order; default the policy's kinds in the order it lists them. */
  readonly kinds?: readonly GestureKind[];
  /** What to offer per kind; default the rule's per-gesture cap (a kind without cap or offer is skipped). */
  readonly offers?: Readonly<
    Partial<Record<GestureKind, { readonly value?: Money; readonly minutes?: number }>>
  >;
}

/**
 * What {@link followUpPlan} takes besides the case.
 *
 * @example
 * ```ts
 * import type { FollowUpInput } from "@rapport/care-policies";
 * const input: FollowUpInput = { csat: null, churnRisk: { score: 0.8, band: "high" } };
 * ```
 */
export interface FollowUpInput {
  /** The CSAT response about the case, if any (NPS and CES responses are refused). */
  readonly csat?: SurveyResponse | null;
  /** The customer's churn risk, if known. */
  readonly churnRisk?: ChurnRiskInput | null;
  /** Whether the case breached its SLA. */
  readonly slaBreached?: boolean;
  /** A gesture budget to check an offer against. */
  readonly budget?: FollowUpBudget;
}

/**
 * One recommended step.
 *
 * @example
 * ```ts
 * import type { FollowUpStep } from "@rapport/care-policies";
 * const step: FollowUpStep = { action: "personal_outreach", why: "the customer rated the case bad" };
 * ```
 */
export interface FollowUpStep {
  /**
   * `personal_outreach` (acknowledge the bad rating and make it right), `apologise_for_delay`
   * (the SLA was breached), `retention_check_in` (a high churn risk), `escalate_to_team_lead`
   * (more than one trigger), `offer_gesture` (a gesture the budget allows).
   */
  readonly action:
    | "personal_outreach"
    | "apologise_for_delay"
    | "retention_check_in"
    | "escalate_to_team_lead"
    | "offer_gesture";
  /** Why, in words. */
  readonly why: string;
}

/**
 * A gesture that would go with the follow-up, and the budget decision behind it.
 *
 * @example
 * ```ts
 * import type { GestureOffer } from "@rapport/care-policies";
 * const text = (o: GestureOffer) => `${o.kind}: ${o.decision.allowed ? "allowed" : o.decision.detail}`;
 * ```
 */
export interface GestureOffer {
  /** The kind. */
  readonly kind: GestureKind;
  /** Its value (money kinds). */
  readonly value: Money | null;
  /** Its minutes (extra time). */
  readonly minutes: number | null;
  /** What the policy says about it. */
  readonly decision: GestureDecision;
}

/**
 * The answer of {@link followUpPlan}.
 *
 * @example
 * ```ts
 * import type { FollowUpPlan } from "@rapport/care-policies";
 * const todo = (p: FollowUpPlan) => (p.needed ? p.steps.map((s) => s.action) : []);
 * ```
 */
export interface FollowUpPlan {
  /** The case. */
  readonly caseId: CaseId;
  /** The customer. */
  readonly customerId: CustomerId;
  /** Whether a follow-up is recommended. */
  readonly needed: boolean;
  /** `high` with two or more triggers, `normal` with one, `none` without. */
  readonly urgency: "none" | "normal" | "high";
  /** What triggered it. */
  readonly triggers: readonly GestureCondition[];
  /** Who should follow up: the case's assignee, or the team lead when urgent. */
  readonly owner: { readonly role: "assignee" | "team_lead"; readonly agentId: AgentId | null };
  /** The steps, in order. */
  readonly steps: readonly FollowUpStep[];
  /** The first gesture the budget allows, or `null`. */
  readonly gesture: GestureOffer | null;
  /** Every gesture tried, allowed or not. */
  readonly gestureOptions: readonly GestureOffer[];
  /** Why, in words. */
  readonly reasons: readonly string[];
}

/**
 * Recommends a follow-up for a case after a bad rating (binary `bad`, or 1-2 on the five-point
 * scale), a breached SLA or a high churn risk, and, given a gesture budget, the first gesture
 * the care policy allows for it (checked with {@link evaluateGesture}, the triggers passed as
 * the conditions that hold). Two or more triggers make it urgent and hand it to the team lead.
 * The churn risk is a plain input: this package does not depend on a churn model.
 *
 * @example
 * ```ts
 * import { decodeCase, decodeSurveyResponse } from "@rapport/core";
 * import { followUpPlan } from "@rapport/care-policies";
 *
 * const plan = followUpPlan(
 *   decodeCase({ id: "case_1", customerId: "cus_1", channel: "email", status: "solved",
 *     createdAt: "2025-03-01T09:00:00Z", assigneeId: "agt_1" }),
 *   {
 *     csat: decodeSurveyResponse({ id: "r1", kind: "csat", scale: "binary", score: "bad",
 *       customerId: "cus_1", caseId: "case_1", respondedAt: "2025-03-02T09:00:00Z" }),
 *     churnRisk: { score: 0.81, band: "high" },
 *   },
 * );
 * plan.urgency; // "high"
 * plan.triggers; // ["bad_csat", "high_churn_risk"]
 * ```
 */
export function followUpPlan(caseRecord: Case, input: FollowUpInput = {}): FollowUpPlan {
  const fn = "followUpPlan";
  if (typeof caseRecord !== "object" || caseRecord === null || typeof caseRecord.id !== "string") {
    throw new TypeError(expectedMessage(`${fn}: case`, "a Case with an id", caseRecord));
  }
  const { csat, churnRisk } = input;
  if (csat != null && csat.kind !== "csat") {
    throw new RangeError(
      expectedMessage(`${fn}: csat.kind`, 'a CSAT response, kind "csat"', csat.kind),
    );
  }
  if (churnRisk != null && !["low", "medium", "high"].includes(churnRisk.band)) {
    throw new RangeError(
      expectedMessage(`${fn}: churnRisk.band`, oneOf(["low", "medium", "high"]), churnRisk.band),
    );
  }
  const triggers: GestureCondition[] = [];
  const reasons: string[] = [];
  const steps: FollowUpStep[] = [];
  if (csat != null && csat.kind === "csat") {
    const bad = csat.scale === "binary" ? csat.score === "bad" : csat.score <= 2;
    const said = csat.scale === "binary" ? `rated it ${csat.score}` : `rated it ${csat.score} of 5`;
    if (bad) {
      triggers.push("bad_csat");
      reasons.push(`the customer ${said}`);
      steps.push({
        action: "personal_outreach",
        why: `the customer ${said}: acknowledge it and make it right`,
      });
    } else {
      reasons.push(`the customer ${said}, which is not a bad rating`);
    }
  }
  if (input.slaBreached === true) {
    triggers.push("sla_breach");
    reasons.push("the case breached its SLA");
    steps.push({ action: "apologise_for_delay", why: "the case breached its SLA" });
  }
  if (churnRisk != null) {
    const why = `churn risk ${churnRisk.band} (${churnRisk.score})${churnRisk.reasons?.length ? `: ${churnRisk.reasons.join("; ")}` : ""}`;
    if (churnRisk.band === "high") {
      triggers.push("high_churn_risk");
      steps.push({ action: "retention_check_in", why });
    }
    reasons.push(why);
  }
  const urgency = triggers.length >= 2 ? "high" : triggers.length === 1 ? "normal" : "none";
  if (urgency === "high") {
    steps.unshift({
      action: "escalate_to_team_lead",
      why: `${triggers.length} triggers: ${triggers.join(", ")}`,
    });
  }
  if (triggers.length === 0)
    reasons.push("no bad rating, SLA breach or high churn risk: no follow-up needed");

  const gestureOptions: GestureOffer[] = [];
  let gesture: GestureOffer | null = null;
  const budget = input.budget;
  if (budget && triggers.length > 0) {
    const kinds = budget.kinds ?? (Object.keys(budget.policy.gestures) as GestureKind[]);
    for (const kind of kinds) {
      const rule = budget.policy.gestures[kind];
      const offer = budget.offers?.[kind];
      const money = isMoneyKind(kind);
      const value = money ? (offer?.value ?? rule?.maxValue ?? null) : null;
      const minutes = money ? null : (offer?.minutes ?? rule?.maxMinutes ?? null);
      if (rule && value === null && minutes === null) continue; // nothing to propose
      const request: GestureRequest = {
        kind,
        agent: budget.agent,
        customerId: caseRecord.customerId,
        ...(value ? { value } : {}),
        ...(minutes !== null ? { minutes } : {}),
        conditions: triggers,
      };
      if (!rule) {
        gestureOptions.push({
          kind,
          value,
          minutes,
          decision: {
            allowed: false,
            reason: "kind_not_in_policy",
            detail: `the policy has no rule for ${kind}, so it may not be granted`,
            rule: null,
            remaining: [],
          },
        });
        continue;
      }
      const decision = evaluateGesture(budget.policy, budget.ledger, request, {
        asOf: budget.asOf,
        timeZone: budget.timeZone,
        ...(budget.weekStartsOn === undefined ? {} : { weekStartsOn: budget.weekStartsOn }),
        ...(budget.agents ? { agents: budget.agents } : {}),
      });
      const option = { kind, value, minutes, decision };
      gestureOptions.push(option);
      if (decision.allowed) {
        gesture = option;
        break;
      }
    }
    if (gesture) {
      const worth = gesture.value ? formatMoney(gesture.value) : `${gesture.minutes} minutes`;
      steps.push({
        action: "offer_gesture",
        why: `${gesture.kind} worth ${worth} is within the care policy`,
      });
      reasons.push(`the budget allows a ${gesture.kind}`);
    } else {
      reasons.push("no gesture fits the care policy's budget now");
    }
  }
  return {
    caseId: caseRecord.id,
    customerId: caseRecord.customerId,
    needed: triggers.length > 0,
    urgency,
    triggers,
    owner:
      urgency === "high"
        ? { role: "team_lead", agentId: null }
        : { role: "assignee", agentId: caseRecord.assigneeId ?? null },
    steps,
    gesture,
    gestureOptions,
    reasons,
  };
}
