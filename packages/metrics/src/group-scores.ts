import type { SurveyResponse } from "@rapport/core";
import { expectedMessage, oneOf } from "@rapport/stats";
import {
  classify,
  createResponseAccumulator,
  type MetricName,
  type MetricScore,
  type ResponseAccumulator,
  type ResponseScoreOptions,
  resolveScale,
  type SkippedResponses,
} from "./metric-accumulator";

/**
 * How to group responses: a field of the response, or a function returning the group (e.g.
 * the customer's tier, looked up by `customerId`). `undefined` puts a response in the group
 * with key `null`.
 *
 * @example
 * ```ts
 * import type { GroupKey } from "@rapport/metrics";
 * const byChannel: GroupKey = "channel";
 * const byTier: GroupKey = (response) => (response.customerId.startsWith("vip") ? "vip" : "standard");
 * ```
 */
export type GroupKey =
  | "channel"
  | "agentId"
  | "teamId"
  | "customerId"
  | "caseId"
  | "surveyId"
  | ((response: SurveyResponse) => string | undefined);

/**
 * The score of each group, and what was not scored.
 *
 * @example
 * ```ts
 * import { groupScores, type ScoreGroups, type NpsScore } from "@rapport/metrics";
 * const result: ScoreGroups<NpsScore> = groupScores([], "channel", "nps");
 * result.groups.length; // 0
 * ```
 */
export interface ScoreGroups<Score> {
  /** One entry per group, sorted by key; the group of responses without a key (`null`) last. */
  readonly groups: ReadonlyArray<{
    /** The group's key; `null` for responses where the key is missing. */
    readonly key: string | null;
    /** The group's score. */
    readonly score: Score;
  }>;
  /** Responses not scored, and why. */
  readonly skipped: SkippedResponses;
}

/**
 * Scores survey responses per segment: by channel, agent, team, or any key function (e.g. a
 * customer tier). Responses of another metric or scale are counted in `skipped`, not mixed
 * in. Each group's score is the same as scoring its responses alone.
 *
 * @example
 * ```ts
 * import { decodeSurveyResponse } from "@rapport/core";
 * import { groupScores } from "@rapport/metrics";
 * const responses = [
 *   { channel: "email", score: 10 },
 *   { channel: "chat", score: 3 },
 *   { channel: "email", score: 6 },
 * ].map((r, i) =>
 *   decodeSurveyResponse({ kind: "nps", id: `r${i}`, customerId: "u1",
 *     respondedAt: "2024-03-01T10:00:00Z", ...r }),
 * );
 * groupScores(responses, "channel", "nps").groups.map((g) => [g.key, g.score.value]);
 * // [["chat", -100], ["email", 0]]
 * ```
 */
export function groupScores<M extends MetricName>(
  responses: Iterable<SurveyResponse>,
  key: GroupKey,
  metric: M,
  options: ResponseScoreOptions = {},
): ScoreGroups<MetricScore[M]> {
  const scale = resolveScale("groupScores", metric, options.scale);
  const keyOf =
    typeof key === "function"
      ? key
      : (response: SurveyResponse) => response[key] as string | undefined;
  if (typeof key !== "function" && !KEYS.has(key)) {
    throw new RangeError(
      expectedMessage("groupScores: key", `a function or ${oneOf([...KEYS])}`, key),
    );
  }
  const groups = new Map<string | null, ResponseAccumulator<M>>();
  let otherMetric = 0;
  let otherScale = 0;
  for (const response of responses) {
    const verdict = classify(response, metric, scale);
    if (verdict === "otherMetric") otherMetric++;
    else if (verdict === "otherScale") otherScale++;
    else {
      const group = keyOf(response) ?? null;
      let accumulator = groups.get(group);
      if (accumulator === undefined) {
        accumulator = createResponseAccumulator(metric, scale, options);
        groups.set(group, accumulator);
      }
      accumulator.add(response);
    }
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return {
    groups: keys.map((group) => ({ key: group, score: groups.get(group)!.result() })),
    skipped: { otherMetric, otherScale, outOfRange: 0 },
  };
}

const KEYS = new Set(["channel", "agentId", "teamId", "customerId", "caseId", "surveyId"]);
