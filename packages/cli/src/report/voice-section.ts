import type { CalendarPeriod, Case, Interaction, SurveyResponse } from "@rapport/core";
import { type Proportion, proportion } from "@rapport/stats";
import {
  contactReasonTrend,
  type KeyDrivers,
  keyDrivers,
  reasonOutcomes,
  satisfactionCases,
  sentimentOf,
} from "@rapport/voice";
import type { VoiceDrivers, VoiceSection, VoiceShare } from "./voice-data";

const TOP_REASONS = 8;
const share = (p: Proportion): VoiceShare => ({
  value: p.value,
  n: p.n,
  lower: p.interval?.lower ?? null,
  upper: p.interval?.upper ?? null,
});

function driversOf(score: string, from: string, result: KeyDrivers | null): VoiceDrivers | null {
  if (result === null) return null;
  return {
    score,
    from,
    n: result.n,
    rSquared: result.rSquared.value,
    rSquaredLower: result.rSquared.interval?.lower ?? null,
    rSquaredUpper: result.rSquared.interval?.upper ?? null,
    drivers: result.drivers.map((d) => ({
      driver: d.driver,
      lmg: d.lmg.value,
      lower: d.lmg.interval?.lower ?? null,
      upper: d.lmg.interval?.upper ?? null,
      percent: d.lmg.percent,
      relativeWeight: d.relativeWeight.value,
      kind: d.kind,
    })),
  };
}

/** Item ids answered by at least `min` responses of a kind; internal. */
function itemIds(responses: readonly SurveyResponse[], min: number): string[] {
  const counts = new Map<string, number>();
  for (const r of responses) {
    for (const item of r.items ?? [])
      counts.set(item.questionId, (counts.get(item.questionId) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= min)
    .map(([id]) => id)
    .sort();
}

/**
 * Computes the "Why they stay, why they call" section: the cases' subject lines as contact
 * reasons (top 8, their share per period and their reopened and bad-rating rates against the
 * rest, `reasonOutcomes`), the key drivers of CSAT and NPS (`keyDrivers`: from survey items
 * where responses carry them; for CSAT otherwise from each case's first-reply promptness,
 * customer messages and reopenings), and the sentiment of survey comments and customer
 * messages by channel (`sentimentOf`). `null` when there is nothing to show.
 *
 * @example
 * ```ts
 * import { voiceSection } from "./voice-section"; // internal
 * voiceSection({ cases: [], interactions: [], surveyResponses: [] }, { timeZone: "UTC", period: "month" }); // null
 * ```
 */
export function voiceSection(
  data: {
    readonly cases: readonly Case[];
    readonly interactions: readonly Interaction[];
    readonly surveyResponses: readonly SurveyResponse[];
  },
  options: { readonly timeZone: string; readonly period: CalendarPeriod },
): VoiceSection | null {
  const { cases, interactions, surveyResponses } = data;
  const subject = (c: Case) => c.subject?.trim() || null;
  const withReason = cases.filter((c) => subject(c) !== null);
  const rows = satisfactionCases(cases, interactions, surveyResponses);
  const rating = new Map(rows.map((r) => [r.caseId, r.rating ?? null]));

  const trend = contactReasonTrend(
    withReason.map((c) => ({ at: c.createdAt, reason: subject(c)! })),
    options,
  );
  const outcomes = new Map(
    reasonOutcomes(
      withReason.map((c) => {
        const rated = rating.get(c.id) ?? null;
        return {
          reason: subject(c)!,
          repeatContact: c.reopenCount > 0,
          lowSatisfaction: rated === null ? null : rated === "bad",
        };
      }),
    ).map((o) => [o.reason, o]),
  );
  const reasons = trend.reasons.slice(0, TOP_REASONS).map((reason) => {
    const o = outcomes.get(reason)!;
    const d = o.repeatContact.difference;
    return {
      reason,
      cases: o.n,
      share: share(proportion(o.n, withReason.length)),
      trend: trend.periods.map((p) => p.shares[reason]?.value ?? null),
      reopened: share(o.repeatContact.rate),
      reopenedDifference: d === null ? null : { value: d.value, lower: d.lower, upper: d.upper },
      lowSatisfaction: share(o.lowSatisfaction.rate),
    };
  });

  const drivers: VoiceDrivers[] = [];
  for (const kind of ["nps", "csat"] as const) {
    const answers = surveyResponses.filter((r) => r.kind === kind);
    const items = itemIds(answers, 10);
    if (items.length > 0) {
      const found = driversOf(
        kind,
        "survey items",
        keyDrivers(answers, { outcome: "score", drivers: items, seed: 1, bootstrap: 100 }),
      );
      if (found) drivers.push(found);
    } else if (kind === "csat") {
      const rated = rows
        .filter((r) => r.rating === "good" || r.rating === "bad")
        .map((r) => ({
          csat: r.rating === "good" ? 1 : 0,
          promptness: r.waitHours == null ? null : -r.waitHours,
          effort: r.effort == null ? null : -r.effort,
          reopenings: r.reopenings == null ? null : -r.reopenings,
        }));
      const found = driversOf(
        kind,
        "case figures",
        keyDrivers(rated, {
          outcome: "csat",
          drivers: ["promptness", "effort", "reopenings"],
          seed: 1,
          bootstrap: 100,
        }),
      );
      if (found) drivers.push(found);
    }
  }

  const byChannel = new Map<string, number[]>();
  const addScore = (channel: string | undefined, score: number | undefined) => {
    if (!channel || score === undefined) return;
    const list = byChannel.get(channel) ?? [];
    list.push(score);
    byChannel.set(channel, list);
  };
  const scoreOf = (text: string | undefined) =>
    text && text.trim() !== "" ? sentimentOf(text).compound : undefined;
  for (const r of surveyResponses) addScore(r.channel, scoreOf(r.comment));
  for (const i of interactions) {
    // An import with `enrich` scores each message as it reads it, without keeping the text.
    if (i.direction === "inbound" && i.author.kind === "customer") {
      addScore(i.channel, i.sentiment ?? scoreOf(i.text));
    }
  }
  const sentiment = [...byChannel]
    .map(([channel, scores]) => ({
      channel,
      texts: scores.length,
      meanCompound: scores.reduce((s, v) => s + v, 0) / scores.length,
      negative: share(proportion(scores.filter((s) => s <= -0.05).length, scores.length)),
    }))
    .sort((a, b) => b.texts - a.texts || (a.channel < b.channel ? -1 : 1));

  if (reasons.length === 0 && drivers.length === 0 && sentiment.length === 0) return null;
  return {
    reasonsFrom: "subjects",
    periods: trend.periods.map((p) => p.label),
    reasons,
    drivers,
    sentiment,
  };
}
