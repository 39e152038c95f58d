import {
  type Agent,
  type AgentId,
  CALENDAR_PERIODS,
  type CalendarPeriod,
  type CareGesture,
  checkTimeZone,
  GESTURE_KINDS,
  periodBounds,
  type RecordId,
  type SurveyResponse,
  type WeekDay,
} from "@rapport/core";
import {
  type CsatScale,
  type CsatScore,
  compareCsat,
  compareNps,
  csat,
  nps,
} from "@rapport/metrics";
import { checkDate, expectedMessage, oneOf } from "@rapport/stats";
import type { GestureKind } from "./care-types";
import { checkOptions } from "./check-arguments";
import type { CarePolicy } from "./gesture-rule";
import type { GestureSummary, GrantedTotals } from "./gesture-summary-result";
import { type LimitUsage, limitUsage, teamLookup } from "./limit-usage";

/**
 * Options of {@link gestureSummary}: the calendar period to summarise (the one that contains
 * `asOf` on the calendar of `timeZone`), and what to compare and count with.
 *
 * @example
 * ```ts
 * import type { GestureSummaryOptions } from "@rapport/care-policies";
 * const options: GestureSummaryOptions = {
 *   period: "month",
 *   asOf: new Date("2025-03-15T12:00:00Z"),
 *   timeZone: "Europe/Berlin",
 *   surveyResponses: [],
 *   csatScale: "binary",
 * };
 * ```
 */
export interface GestureSummaryOptions {
  /** The calendar period: `"day"`, `"week"`, `"month"`, `"quarter"` or `"year"`. */
  readonly period: CalendarPeriod;
  /** The moment (the caller's clock): the period containing it is summarised, up to it. */
  readonly asOf: Date;
  /** The team's IANA time zone, whose calendar the periods follow. */
  readonly timeZone: string;
  /** The first day of a week: 0 Sunday … 6 Saturday; default 1 (Monday, ISO 8601). */
  readonly weekStartsOn?: WeekDay;
  /** Survey responses (CSAT and NPS; others are ignored) to compare customers with and without gestures. */
  readonly surveyResponses?: Iterable<SurveyResponse>;
  /** Agents: to find the team of gestures without `teamId`, and to list budgets of agents who granted nothing. */
  readonly agents?: Iterable<Pick<Agent, "id" | "teamId">>;
  /** The CSAT scale to compare on; default the scale most CSAT responses in the period use (binary on a tie). */
  readonly csatScale?: CsatScale;
  /** Confidence level of intervals and tests; default 0.95. */
  readonly level?: number;
}

/**
 * Summarises a period of gestures: what was granted, by whom, how much of each agent and team
 * budget is left, and whether generosity pays: the CSAT and NPS (from `@rapport/metrics`) of
 * customers who received a gesture against those who did not, with the difference test
 * (`compareCsat`: Newcombe interval and pooled z test; `compareNps`: adjusted-Wald, Rocks 2016).
 *
 * The period is the calendar `period` containing `options.asOf` in `options.timeZone`, and only
 * what happened in it up to `asOf` counts (for a period that is over, pass its last instant:
 * the `end` of core's `periodBounds` less one millisecond). A response counts as "with
 * gesture" when the same customer received a gesture in the period at or before the
 * response; only responses given in the period are compared. CSAT answers on
 * the other scale than `csatScale` are listed in `skippedResponses`. Customer budgets are not
 * listed (check them per request with {@link evaluateGesture}).
 *
 * @example
 * ```ts
 * import { decodeCareGesture, decodeSurveyResponse } from "@rapport/core";
 * import { defineCarePolicy, gestureSummary } from "@rapport/care-policies";
 *
 * const policy = defineCarePolicy({
 *   gestures: { discount: { limits: [{ scope: "agent", period: "month", count: 5 }] } },
 * });
 * const ledger = [decodeCareGesture({
 *   id: "g_1", customerId: "cus_1", agentId: "agt_1", kind: "discount",
 *   value: { amount: 500, currency: "EUR" }, reason: "Late parcel", grantedAt: "2025-03-03T09:00:00Z",
 * })];
 * const responses = [
 *   decodeSurveyResponse({ id: "r1", kind: "csat", scale: "binary", score: "good", customerId: "cus_1", respondedAt: "2025-03-04T09:00:00Z" }),
 *   decodeSurveyResponse({ id: "r2", kind: "csat", scale: "binary", score: "bad", customerId: "cus_2", respondedAt: "2025-03-04T09:00:00Z" }),
 * ];
 * const summary = gestureSummary(ledger, policy, {
 *   period: "month",
 *   asOf: new Date("2025-03-15T00:00:00Z"),
 *   timeZone: "Europe/Berlin",
 *   surveyResponses: responses,
 * });
 * summary.budgets[0]?.count?.remaining; // 4
 * summary.csat.withGesture.value; // 100
 * summary.csat.withoutGesture.value; // 0
 * ```
 */
export function gestureSummary(
  ledger: Iterable<CareGesture>,
  policy: CarePolicy,
  options: GestureSummaryOptions,
): GestureSummary {
  const fn = "gestureSummary";
  checkOptions(fn, options, "an object { period, asOf, timeZone }");
  const { asOf, timeZone, weekStartsOn } = options;
  checkDate(`${fn}: options.asOf`, asOf);
  checkTimeZone(`${fn}: options.timeZone`, timeZone);
  if (!(CALENDAR_PERIODS as readonly unknown[]).includes(options.period)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.period`, oneOf(CALENDAR_PERIODS), options.period),
    );
  }
  const calendar = { timeZone, ...(weekStartsOn === undefined ? {} : { weekStartsOn }) };
  const { start, end: periodEnd } = periodBounds(asOf, options.period, calendar);
  // Nothing after the moment counts: the summary runs to asOf (inclusive) within the period.
  const end = new Date(Math.min(periodEnd.getTime(), asOf.getTime() + 1));
  const all = [...ledger];
  const inPeriod = all.filter((g) => within(g.grantedAt, start, end));

  const byKind = new Map<GestureKind, CareGesture[]>();
  const byAgent = new Map<AgentId, CareGesture[]>();
  for (const g of inPeriod) {
    push(byKind, g.kind, g);
    push(byAgent, g.agentId, g);
  }
  const kindTotals = (gestures: readonly CareGesture[]) => {
    const out: Partial<Record<GestureKind, GrantedTotals>> = {};
    for (const kind of GESTURE_KINDS) {
      const of = gestures.filter((g) => g.kind === kind);
      if (of.length > 0) out[kind] = totals(of);
    }
    return out;
  };

  // Budgets: every agent and team met, over each limit's own period (whole period).
  const teams = teamLookup(options.agents);
  const agentIds = new Set<string>([...byAgent.keys(), ...teams.keys()]);
  for (const a of options.agents ?? []) agentIds.add(a.id);
  const teamIds = new Set<string>(teams.values());
  for (const g of inPeriod) {
    const team = g.teamId ?? teams.get(g.agentId);
    if (team !== undefined) teamIds.add(team);
  }
  const budgets: (LimitUsage & { kind: GestureKind })[] = [];
  for (const rule of Object.values(policy.gestures)) {
    if (!rule) continue;
    const ofKind = all.filter((g) => g.kind === rule.kind);
    for (const limit of rule.limits) {
      if (limit.scope === "customer") continue;
      const subjects = limit.scope === "agent" ? agentIds : teamIds;
      for (const subject of [...subjects].sort()) {
        const usage = limitUsage(limit, subject, ofKind, { asOf, timeZone, weekStartsOn, teams });
        budgets.push({ ...usage, kind: rule.kind });
      }
    }
  }
  const outsidePolicy = inPeriod.filter((g) => !policy.gestures[g.kind]).map((g) => g.id);

  // Outcomes: responses in the period, split by whether the customer had a gesture by then.
  const firstGesture = new Map<string, number>();
  for (const g of inPeriod) {
    const t = g.grantedAt.getTime();
    const seen = firstGesture.get(g.customerId);
    if (seen === undefined || t < seen) firstGesture.set(g.customerId, t);
  }
  const withGesture = (r: SurveyResponse) => {
    const t = firstGesture.get(r.customerId);
    return t !== undefined && t <= r.respondedAt.getTime();
  };
  const responses = [...(options.surveyResponses ?? [])].filter((r) =>
    within(r.respondedAt, start, end),
  );
  const csatResponses = responses.filter((r) => r.kind === "csat");
  const binary = csatResponses.filter((r) => r.scale === "binary").length;
  const scale: CsatScale =
    options.csatScale ?? (binary * 2 >= csatResponses.length ? "binary" : "five_point");
  const skippedResponses: { responseId: RecordId; reason: string }[] = [];
  const csatAnswers = { with: [] as (string | number)[], without: [] as (string | number)[] };
  const npsAnswers = { with: [] as number[], without: [] as number[] };
  for (const r of responses) {
    if (r.kind === "csat") {
      if (r.scale !== scale) {
        skippedResponses.push({
          responseId: r.id,
          reason: `CSAT on the ${r.scale} scale, compared on ${scale}`,
        });
        continue;
      }
      csatAnswers[withGesture(r) ? "with" : "without"].push(r.score);
    } else if (r.kind === "nps") {
      npsAnswers[withGesture(r) ? "with" : "without"].push(r.score);
    }
  }
  const level = options.level ?? 0.95;
  // The answers match `scale`: the other scale was skipped above.
  const csatOf = (answers: (string | number)[]): CsatScore =>
    csat<CsatScale>(answers as ("good" | "bad" | number)[], { scale, level });
  const csatWith = csatOf(csatAnswers.with);
  const csatWithout = csatOf(csatAnswers.without);
  const npsWith = nps(npsAnswers.with, { level });
  const npsWithout = nps(npsAnswers.without, { level });

  return {
    start,
    end: periodEnd,
    total: totals(inPeriod),
    byKind: kindTotals(inPeriod),
    byAgent: [...byAgent.entries()]
      .map(([agentId, gestures]) => ({
        agentId,
        total: totals(gestures),
        byKind: kindTotals(gestures),
      }))
      .sort((a, b) => b.total.count - a.total.count || (a.agentId < b.agentId ? -1 : 1)),
    budgets,
    outsidePolicy,
    csat: {
      scale,
      withGesture: csatWith,
      withoutGesture: csatWithout,
      comparison: compareCsat(csatWith, csatWithout, { level }),
    },
    nps: {
      withGesture: npsWith,
      withoutGesture: npsWithout,
      comparison: compareNps(npsWith, npsWithout, { level }),
    },
    skippedResponses,
  };
}

function within(at: Date, start: Date, end: Date): boolean {
  const t = at.getTime();
  return t >= start.getTime() && t < end.getTime();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function totals(gestures: readonly CareGesture[]): GrantedTotals {
  const value = new Map<string, number>();
  let minutes = 0;
  for (const g of gestures) {
    if (g.value) value.set(g.value.currency, (value.get(g.value.currency) ?? 0) + g.value.amount);
    if (g.minutes !== undefined) minutes += g.minutes;
  }
  return {
    count: gestures.length,
    value: [...value.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, amount]) => ({ amount, currency })),
    minutes,
  };
}
