import type { CustomerId, CustomerSources, SurveyResponse } from "@rapport/core";
import { checkDate } from "@rapport/stats";

/**
 * Every signal {@link churnSignals} derives, in a fixed order. Counts look back 90 days from
 * `asOf` unless the name says otherwise; survey scores are normalised (see {@link ChurnSignals}).
 *
 * @example
 * ```ts
 * import { CHURN_SIGNALS } from "@rapport/churn";
 * CHURN_SIGNALS.includes("reopenedCases"); // true
 * ```
 */
export const CHURN_SIGNALS = [
  "daysSinceLastPurchase",
  "daysSinceLastContact",
  "contactTrend",
  "unresolvedCases",
  "reopenedCases",
  "latestCsat",
  "csatTrend",
  "latestNps",
  "npsTrend",
  "latestCes",
  "cesTrend",
  "negativeInteractions",
  "positiveInteractions",
  "transfers",
  "repeatContacts",
  "careGestures",
] as const;

/**
 * The name of a churn signal: one of {@link CHURN_SIGNALS}.
 *
 * @example
 * ```ts
 * import type { ChurnSignalName } from "@rapport/churn";
 * const name: ChurnSignalName = "transfers";
 * ```
 */
export type ChurnSignalName = (typeof CHURN_SIGNALS)[number];

/**
 * A customer's churn signals as of a moment; `null` where there is no data to derive one from.
 *
 * - `daysSinceLastPurchase`, `daysSinceLastContact`: days since the last purchase or renewal,
 *   and since the last inbound interaction.
 * - `contactTrend`: ln((c₃₀ + 1) / (c₉₀/3 + 1)), where c₃₀ counts inbound contacts in the last 30
 *   days and c₉₀ in the 90 days before them; > 0 means contact is rising.
 * - `unresolvedCases`: cases new, open, pending or on hold. `reopenedCases`: re-openings
 *   (solved/closed → open again) in the last 30 days; a case without a status history counts
 *   its `reopenCount` when its last update falls in those 30 days.
 * - `latestCsat` (0..1: good = 1, bad = 0; 1–5 as (s − 1)/4), `latestNps` (0..10), `latestCes`
 *   (0..1, higher = easier); each `…Trend` is the latest minus the mean of the earlier answers
 *   of that kind (null with fewer than two).
 * - `negativeInteractions`: interactions with sentiment ≤ −0.3, NPS detractors (0–6), bad CSAT
 *   (bad, or 1–2 of 5) and hard CES (lowest third of the scale); `positiveInteractions` the
 *   mirror (sentiment ≥ 0.3, promoters, good CSAT, easy CES); both over 90 days.
 * - `transfers`: interactions that were transfers; `repeatContacts`: inbound interactions on a
 *   case that already had one (the customer had to come back); `careGestures`: gestures
 *   granted. All over 90 days.
 *
 * @example
 * ```ts
 * import type { ChurnSignals } from "@rapport/churn";
 * const read = (s: ChurnSignals) => s.values.reopenedCases ?? 0;
 * ```
 */
export interface ChurnSignals {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The moment the signals describe; later records are ignored. */
  readonly asOf: Date;
  /** Each signal's value, or `null` where there is no data. */
  readonly values: Readonly<Record<ChurnSignalName, number | null>>;
}

const DAY = 86_400_000;
const OPEN = new Set(["new", "open", "pending", "on_hold"]);
const DONE = new Set(["solved", "closed"]);

/** A survey answer on a 0..1 scale (higher = better) and whether it is good, bad or neither. */
function rate(r: SurveyResponse): { kind: "csat" | "nps" | "ces"; value: number; tone: number } {
  if (r.kind === "nps") {
    return { kind: "nps", value: r.score, tone: r.score <= 6 ? -1 : r.score >= 9 ? 1 : 0 };
  }
  if (r.kind === "csat") {
    const value = r.scale === "binary" ? (r.score === "good" ? 1 : 0) : (r.score - 1) / 4;
    return { kind: "csat", value, tone: value <= 0.25 ? -1 : value >= 0.75 ? 1 : 0 };
  }
  if (r.kind === "happiness") {
    // Great / Okay / Not good is a satisfaction rating: it counts with CSAT.
    const value = r.score === "great" ? 1 : r.score === "okay" ? 0.5 : 0;
    return { kind: "csat", value, tone: value === 0 ? -1 : value === 1 ? 1 : 0 };
  }
  const top = r.scale === "seven_point" ? 7 : 5;
  const value = (r.score - 1) / (top - 1);
  return { kind: "ces", value, tone: value < 1 / 3 ? -1 : value > 2 / 3 ? 1 : 0 };
}

const mine = <T extends { customerId: CustomerId }>(
  list: Iterable<T> | undefined,
  id: CustomerId,
): T[] => {
  const out: T[] = [];
  for (const item of list ?? []) if (item.customerId === id) out.push(item);
  return out;
};

function trend(values: number[]): number | null {
  if (values.length < 2) return null;
  const earlier = values.slice(0, -1);
  return values[values.length - 1]! - earlier.reduce((s, v) => s + v, 0) / earlier.length;
}

/**
 * Derives a customer's churn signals from core data as of `asOf` (see {@link ChurnSignals} for
 * each definition). Only the customer's own records at or before `asOf` are used, so the same
 * function builds training rows from history without looking ahead. Negative and positive
 * interactions are counted apart so that a model can weigh bad experiences more: a service
 * interaction is about four times as likely to create disloyalty as loyalty (Gartner; see
 * the guide).
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import { churnSignals } from "@rapport/churn";
 * const signals = churnSignals(customerId("cus_1"), { cases: [], interactions: [] }, {
 *   asOf: new Date("2024-06-01T00:00:00Z"),
 * });
 * signals.values.unresolvedCases; // 0
 * ```
 */
export function churnSignals(
  customerId: CustomerId,
  sources: CustomerSources,
  options: { readonly asOf: Date },
): ChurnSignals {
  const { asOf } = options;
  const now = checkDate("churnSignals: options.asOf", asOf).getTime();
  const past = (d: Date | undefined): boolean => d !== undefined && d.getTime() <= now;
  const within = (d: Date | undefined, days: number): boolean =>
    past(d) && now - d!.getTime() < days * DAY;
  const daysSince = (times: number[]): number | null => {
    if (times.length === 0) return null;
    let latest = Number.NEGATIVE_INFINITY;
    for (const t of times) if (t > latest) latest = t; // no spread: histories can be long
    return (now - latest) / DAY;
  };

  const purchases = mine(sources.transactions, customerId).filter(
    (t) => t.kind !== "refund" && past(t.occurredAt),
  );
  const interactions = mine(sources.interactions, customerId)
    .filter((i) => past(i.occurredAt))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const inbound = interactions.filter((i) => i.direction === "inbound");
  const cases = mine(sources.cases, customerId).filter((c) => past(c.createdAt));
  const responses = mine(sources.surveyResponses, customerId)
    .filter((r) => past(r.respondedAt))
    .sort((a, b) => a.respondedAt.getTime() - b.respondedAt.getTime());
  const gestures = mine(sources.careGestures, customerId).filter((g) => within(g.grantedAt, 90));

  const c30 = inbound.filter((i) => within(i.occurredAt, 30)).length;
  const c90 = inbound.filter((i) => within(i.occurredAt, 120) && !within(i.occurredAt, 30)).length;

  let reopened = 0;
  for (const c of cases) {
    if (c.statusHistory.length > 0) {
      c.statusHistory.forEach((change, k) => {
        const before = k === 0 ? undefined : c.statusHistory[k - 1]!.status;
        if (before && DONE.has(before) && OPEN.has(change.status) && within(change.at, 30)) {
          reopened++;
        }
      });
    } else if (c.reopenCount > 0 && within(c.updatedAt ?? c.createdAt, 30)) {
      // Without a history, the count is attributed to the case's last update.
      reopened += c.reopenCount;
    }
  }

  const rated = responses.map(rate);
  const series = (kind: "csat" | "nps" | "ces") =>
    rated.filter((r) => r.kind === kind).map((r) => r.value);
  const latest = (values: number[]) => (values.length ? values[values.length - 1]! : null);
  const recentRated = responses.filter((r) => within(r.respondedAt, 90)).map(rate);
  const recent = interactions.filter((i) => within(i.occurredAt, 90));

  const seenCases = new Set<string>();
  let repeat = 0;
  for (const i of inbound) {
    if (i.caseId === undefined) continue;
    if (seenCases.has(i.caseId) && within(i.occurredAt, 90)) repeat++;
    seenCases.add(i.caseId);
  }

  const csat = series("csat");
  const nps = series("nps");
  const ces = series("ces");
  const values: Record<ChurnSignalName, number | null> = {
    daysSinceLastPurchase: daysSince(purchases.map((t) => t.occurredAt.getTime())),
    daysSinceLastContact: daysSince(inbound.map((i) => i.occurredAt.getTime())),
    contactTrend: Math.log((c30 + 1) / (c90 / 3 + 1)),
    unresolvedCases: cases.filter((c) => OPEN.has(c.status)).length,
    reopenedCases: reopened,
    latestCsat: latest(csat),
    csatTrend: trend(csat),
    latestNps: latest(nps),
    npsTrend: trend(nps),
    latestCes: latest(ces),
    cesTrend: trend(ces),
    negativeInteractions:
      recent.filter((i) => i.sentiment !== undefined && i.sentiment <= -0.3).length +
      recentRated.filter((r) => r.tone < 0).length,
    positiveInteractions:
      recent.filter((i) => i.sentiment !== undefined && i.sentiment >= 0.3).length +
      recentRated.filter((r) => r.tone > 0).length,
    transfers: recent.filter((i) => i.transfer !== undefined).length,
    repeatContacts: repeat,
    careGestures: gestures.length,
  };
  return { customerId, asOf, values };
}

/**
 * Whether a string names a known churn signal (narrows its type).
 *
 * @example
 * ```ts
 * import { isChurnSignalName } from "@rapport/churn";
 * isChurnSignalName("mood"); // false
 * ```
 */
export function isChurnSignalName(name: string): name is ChurnSignalName {
  return (CHURN_SIGNALS as readonly string[]).includes(name);
}
