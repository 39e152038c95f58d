import type {
  CareGesture,
  Case,
  CaseId,
  CustomerId,
  Interaction,
  SurveyResponse,
} from "@rapport/core";
import { checkDate, expectedMessage, oneOf } from "@rapport/stats";

/**
 * A breached service level, passed as data (from whatever computes the clocks).
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import type { ServiceLevelBreach } from "@rapport/churn";
 * const breach: ServiceLevelBreach = { customerId: customerId("cus_1"), at: new Date("2024-03-02T10:00:00Z") };
 * ```
 */
export interface ServiceLevelBreach {
  /** The customer who waited too long. */
  readonly customerId: CustomerId;
  /** When the target was breached. */
  readonly at: Date;
  /** The case, where known (a resolution of that case then counts as recovery). */
  readonly caseId?: CaseId;
}

/**
 * A customer of a service-recovery study: core's `Customer` fits (its `segment` and `tier`
 * are the strata), with the moment they churned, if they did.
 *
 * @example
 * ```ts
 * import { customerId } from "@rapport/core";
 * import type { RecoveryCustomer } from "@rapport/churn";
 * const c: RecoveryCustomer = { id: customerId("cus_1"), tier: "gold", churnedAt: new Date("2024-09-01T00:00:00Z") };
 * ```
 */
export interface RecoveryCustomer {
  /** The customer's id. */
  readonly id: CustomerId;
  /** When the customer churned (cancelled, lapsed); absent while still a customer. */
  readonly churnedAt?: Date;
  /** The segment, e.g. `"smb"`. */
  readonly segment?: string;
  /** The tier or plan, e.g. `"gold"`. */
  readonly tier?: string;
}

/**
 * How a customer can be recovered after a bad experience: an outbound interaction (a
 * follow-up), a care gesture, or the case being solved or closed.
 *
 * @example
 * ```ts
 * import type { RecoveryAction } from "@rapport/churn";
 * const actions: RecoveryAction[] = ["followUp", "gesture"];
 * ```
 */
export type RecoveryAction = "followUp" | "gesture" | "resolution";

/**
 * Every recovery action, in a fixed order (the default of `serviceRecovery`'s `recoveredBy`).
 *
 * @example
 * ```ts
 * import { RECOVERY_ACTIONS } from "@rapport/churn";
 * RECOVERY_ACTIONS.includes("gesture"); // true
 * ```
 */
export const RECOVERY_ACTIONS: readonly RecoveryAction[] = ["followUp", "gesture", "resolution"];

/**
 * One customer's path through a service-recovery study.
 *
 * - `"compared"`: the recovery window closed by `asOf` and the customer was still there: in the
 *   comparison, followed from the window's end (`time` days, `event` = churned by `asOf`).
 * - `"in-progress"`: the window has not closed by `asOf`; left out, as it cannot be told yet
 *   whether they will be recovered.
 * - `"churned-in-window"`: churned before the window closed; left out (they had no chance to
 *   be compared from the window's end).
 *
 * @example
 * ```ts
 * import type { RecoveryEpisode } from "@rapport/churn";
 * const recovered = (e: RecoveryEpisode[]) => e.filter((x) => x.recovered).length;
 * ```
 */
export interface RecoveryEpisode {
  /** The customer. */
  readonly customerId: CustomerId;
  /** What went wrong first: a bad CSAT, an NPS detractor answer, or a breached service level. */
  readonly experience: "csat" | "nps" | "breach";
  /** When it happened. */
  readonly experienceAt: Date;
  /** Whether any of the counted actions happened within the window. */
  readonly recovered: boolean;
  /** Which actions happened within the window. */
  readonly recoveredBy: RecoveryAction[];
  /** Whether the customer is compared, and why not. */
  readonly status: "compared" | "in-progress" | "churned-in-window";
  /** Days from the window's end to churn or `asOf`; `null` unless compared. */
  readonly time: number | null;
  /** Whether the customer churned by `asOf`; `null` unless compared. */
  readonly event: boolean | null;
  /** The stratum (segment or tier), `"(none)"` where the customer has none; `null` without stratification. */
  readonly stratum: string | null;
}

/**
 * The records a service-recovery study reads: core's entities under their usual names, the
 * customers with their churn dates, and the breached service levels as data.
 *
 * @example
 * ```ts
 * import type { RecoveryRecords } from "@rapport/churn";
 * const records: RecoveryRecords = { customers: [], surveyResponses: [], breaches: [] };
 * ```
 */
export interface RecoveryRecords {
  /** Every customer to consider, with `churnedAt` for those who left. */
  readonly customers: readonly RecoveryCustomer[];
  /** Survey answers: bad CSAT and detractor answers start an episode; later ones are the "next" answers. */
  readonly surveyResponses?: readonly SurveyResponse[];
  /** Breached service levels (each starts an episode). */
  readonly breaches?: readonly ServiceLevelBreach[];
  /** Interactions: an outbound one within the window is a follow-up. */
  readonly interactions?: readonly Interaction[];
  /** Care gestures: one granted within the window recovers. */
  readonly careGestures?: readonly CareGesture[];
  /** Cases: solved or closed within the window recovers. */
  readonly cases?: readonly Case[];
}

const DAY = 86_400_000;
const DONE = new Set(["solved", "closed"]);

/** A survey answer that is a bad experience: bad CSAT (bad, or 1–2 of 5) or an NPS detractor (0–6). Internal. */
export function isNegativeAnswer(r: SurveyResponse): boolean {
  if (r.kind === "csat") return r.scale === "binary" ? r.score === "bad" : r.score <= 2;
  if (r.kind === "nps") return r.score <= 6;
  return false;
}

const byCustomer = <T>(list: readonly T[] | undefined, key: (t: T) => string) => {
  const map = new Map<string, T[]>();
  for (const item of list ?? []) {
    const k = key(item);
    const bucket = map.get(k);
    if (bucket) bucket.push(item);
    else map.set(k, [item]);
  }
  return map;
};

function resolvedWithin(c: Case, from: number, to: number): boolean {
  const inside = (d: Date | undefined) =>
    d !== undefined && d.getTime() > from && d.getTime() <= to;
  if (c.statusHistory.some((s) => DONE.has(s.status) && inside(s.at))) return true;
  return inside(c.solvedAt) || inside(c.closedAt);
}

/**
 * Each customer's first bad experience at or before `asOf` (and before they churned), whether
 * it was followed within the window by a recovery action, and whether and how the customer
 * enters the comparison (a landmark at the window's end). Internal.
 */
export function recoveryEpisodes(
  fn: string,
  records: RecoveryRecords,
  options: {
    readonly asOf: Date;
    readonly windowDays: number;
    readonly recoveredBy?: readonly RecoveryAction[];
    readonly stratifyBy?: "segment" | "tier";
  },
): RecoveryEpisode[] {
  const now = checkDate(`${fn}: options.asOf`, options.asOf).getTime();
  const { windowDays } = options;
  if (typeof windowDays !== "number") {
    throw new TypeError(
      expectedMessage(`${fn}: options.windowDays`, "a number of days > 0", windowDays),
    );
  }
  if (!(Number.isFinite(windowDays) && windowDays > 0)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.windowDays`, "a number of days > 0", windowDays),
    );
  }
  const actions = options.recoveredBy ?? RECOVERY_ACTIONS;
  actions.forEach((a, i) => {
    if (!RECOVERY_ACTIONS.includes(a)) {
      throw new RangeError(
        expectedMessage(`${fn}: options.recoveredBy[${i}]`, oneOf(RECOVERY_ACTIONS), a),
      );
    }
  });
  const { stratifyBy } = options;
  if (stratifyBy !== undefined && stratifyBy !== "segment" && stratifyBy !== "tier") {
    throw new RangeError(
      expectedMessage(`${fn}: options.stratifyBy`, oneOf(["segment", "tier"]), stratifyBy),
    );
  }
  if (!records || !Array.isArray(records.customers)) {
    throw new TypeError(
      expectedMessage(`${fn}: records.customers`, "an array of customers", records?.customers),
    );
  }
  const answers = byCustomer(records.surveyResponses, (r) => r.customerId);
  const breaches = byCustomer(records.breaches, (b) => b.customerId);
  const interactions = byCustomer(records.interactions, (i) => i.customerId);
  const gestures = byCustomer(records.careGestures, (g) => g.customerId);
  const cases = byCustomer(records.cases, (c) => c.customerId);
  const window = windowDays * DAY;
  const episodes: RecoveryEpisode[] = [];
  records.customers.forEach((customer, i) => {
    const churned =
      customer.churnedAt === undefined
        ? undefined
        : checkDate(`${fn}: records.customers[${i}].churnedAt`, customer.churnedAt).getTime();
    const end = Math.min(now, churned ?? Number.POSITIVE_INFINITY);
    const candidates: {
      at: number;
      experience: RecoveryEpisode["experience"];
      caseId?: CaseId | undefined;
    }[] = [];
    for (const r of answers.get(customer.id) ?? []) {
      if (isNegativeAnswer(r) && r.respondedAt.getTime() <= end) {
        candidates.push({
          at: r.respondedAt.getTime(),
          experience: r.kind as "csat" | "nps",
          caseId: r.caseId,
        });
      }
    }
    (breaches.get(customer.id) ?? []).forEach((b, k) => {
      const at = checkDate(`${fn}: records.breaches[${k}].at`, b.at).getTime();
      if (at <= end) candidates.push({ at, experience: "breach", caseId: b.caseId });
    });
    if (candidates.length === 0) return;
    candidates.sort((a, b) => a.at - b.at);
    const first = candidates[0]!;
    const from = first.at;
    const to = from + window;
    const inside = (t: number) => t > from && t <= Math.min(to, now);
    const recoveredBy = actions.filter((action) => {
      if (action === "followUp") {
        return (interactions.get(customer.id) ?? []).some(
          (x) => x.direction === "outbound" && inside(x.occurredAt.getTime()),
        );
      }
      if (action === "gesture") {
        return (gestures.get(customer.id) ?? []).some((g) => inside(g.grantedAt.getTime()));
      }
      return (cases.get(customer.id) ?? []).some(
        (c) =>
          (first.caseId === undefined || c.id === first.caseId) &&
          resolvedWithin(c, from, Math.min(to, now)),
      );
    });
    const status: RecoveryEpisode["status"] =
      churned !== undefined && churned <= Math.min(to, now)
        ? "churned-in-window"
        : to > now
          ? "in-progress"
          : "compared";
    const compared = status === "compared";
    const stratum = stratifyBy === undefined ? null : (customer[stratifyBy] ?? "(none)");
    episodes.push({
      customerId: customer.id,
      experience: first.experience,
      experienceAt: new Date(from),
      recovered: recoveredBy.length > 0,
      recoveredBy: [...recoveredBy],
      status,
      time: compared ? (Math.min(now, churned ?? now) - to) / DAY : null,
      event: compared ? churned !== undefined && churned <= now : null,
      stratum,
    });
  });
  return episodes;
}
