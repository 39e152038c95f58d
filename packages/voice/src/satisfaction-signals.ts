import type { Case, Interaction, SurveyResponse } from "@rapport/core";

/**
 * What a solved case looked like to the customer, and how they rated it where they did: the
 * inputs of {@link predictSatisfaction}. Absent or `null` inputs count as average.
 *
 * @example
 * ```ts
 * import type { SatisfactionCase } from "@rapport/voice";
 * const c: SatisfactionCase = {
 *   caseId: "case_1", effort: 3, waitHours: 5.5, reopenings: 1, sentiment: -0.4, rating: null,
 * };
 * ```
 */
export interface SatisfactionCase {
  /** The case's id. */
  readonly caseId: string;
  /** The customer's effort: their messages on the case. */
  readonly effort?: number | null;
  /** Hours the customer waited for the first reply. */
  readonly waitHours?: number | null;
  /** Times the case was reopened. */
  readonly reopenings?: number | null;
  /** Mean sentiment of the customer's messages, −1..1. */
  readonly sentiment?: number | null;
  /** `"bad"`, `"good"`, or `null`/absent when not rated. */
  readonly rating?: "good" | "bad" | null;
}

/** Whether a survey answer rates the case badly; `null` for answers that say nothing of it. */
function isBad(response: SurveyResponse): boolean | null {
  if (response.kind === "csat") {
    return response.scale === "binary" ? response.score === "bad" : response.score <= 2;
  }
  if (response.kind === "happiness") return response.score === "not_good";
  return null;
}

/**
 * The {@link SatisfactionCase} of every solved or closed case, from the records: effort as
 * the customer's inbound messages, the wait from opening to the first reply
 * (`firstReplyAt`), the case's `reopenCount`, the mean `sentiment` of the customer's
 * messages, and the rating from its CSAT or happiness answer (bad: `"bad"`, 1-2 of 5, or
 * Not good; the latest answer counts).
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * import { satisfactionCases } from "@rapport/voice";
 * const solved = parseCase({
 *   id: "case_1", customerId: "c1", channel: "email", status: "solved",
 *   createdAt: "2024-03-01T09:00:00Z", firstReplyAt: "2024-03-01T12:00:00Z",
 *   solvedAt: "2024-03-02T09:00:00Z",
 * });
 * satisfactionCases([solved], [], [])[0]?.waitHours; // 3
 * ```
 */
export function satisfactionCases(
  cases: Iterable<Case>,
  interactions: Iterable<Interaction>,
  responses: Iterable<SurveyResponse>,
): SatisfactionCase[] {
  const inbound = new Map<string, { count: number; sentiment: number; scored: number }>();
  for (const i of interactions) {
    if (i.caseId === undefined || i.direction !== "inbound" || i.author.kind !== "customer")
      continue;
    const entry = inbound.get(i.caseId) ?? { count: 0, sentiment: 0, scored: 0 };
    entry.count++;
    if (i.sentiment !== undefined) {
      entry.sentiment += i.sentiment;
      entry.scored++;
    }
    inbound.set(i.caseId, entry);
  }
  const ratings = new Map<string, { at: number; bad: boolean }>();
  for (const r of responses) {
    const bad = isBad(r);
    if (r.caseId === undefined || bad === null) continue;
    const previous = ratings.get(r.caseId);
    if (previous === undefined || previous.at <= r.respondedAt.getTime()) {
      ratings.set(r.caseId, { at: r.respondedAt.getTime(), bad });
    }
  }
  const out: SatisfactionCase[] = [];
  for (const c of cases) {
    if (c.status !== "solved" && c.status !== "closed") continue;
    const messages = inbound.get(c.id);
    const rating = ratings.get(c.id);
    out.push({
      caseId: c.id,
      effort: messages?.count ?? null,
      waitHours:
        c.firstReplyAt === undefined
          ? null
          : Math.max(0, c.firstReplyAt.getTime() - c.createdAt.getTime()) / 3_600_000,
      reopenings: c.reopenCount,
      sentiment: messages && messages.scored > 0 ? messages.sentiment / messages.scored : null,
      rating: rating === undefined ? null : rating.bad ? "bad" : "good",
    });
  }
  return out;
}
