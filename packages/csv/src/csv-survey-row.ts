import { HAPPINESS_RATINGS, safeParseSurveyResponse } from "@rapport/core";
import { CHANNELS, definedOnly, type RowBuilder } from "./csv-row-base";
import { readItems } from "./csv-survey-items";

const KINDS = ["csat", "nps", "ces", "happiness"];
const SCALES: Record<string, readonly string[]> = {
  csat: ["binary", "five_point"],
  nps: ["zero_to_ten"],
  ces: ["seven_point", "five_point"],
  happiness: ["three_point"],
};
const HAPPINESS: readonly string[] = HAPPINESS_RATINGS;

/** A survey-response row: kind, scale and score, the items and reason, the rest as given. */
export const surveyRow: RowBuilder = (cells, base, items) => {
  const kind = cells.oneOf("kind", KINDS, cells.required("kind"))!;
  const scoreText = cells.required("score");
  const defaultScale =
    kind === "csat"
      ? /^(good|bad)$/i.test(scoreText)
        ? "binary"
        : "five_point"
      : SCALES[kind]![0]!;
  const scale = cells.oneOf("scale", SCALES[kind]!) ?? defaultScale;
  const score =
    scale === "binary"
      ? cells.oneOf("score", ["good", "bad"], scoreText)
      : scale === "three_point"
        ? cells.oneOf("score", HAPPINESS, scoreText)
        : cells.integer("score", scoreText);
  const reason = cells.get("reason");
  // Plain literals, not spreads: a spread object is slow for the validator to walk.
  const result = safeParseSurveyResponse(
    definedOnly({
      id: base.id,
      customerId: base.customerId,
      source: base.source,
      kind,
      scale,
      score,
      respondedAt: cells.date("responded_at", cells.required("responded_at")),
      comment: cells.get("comment"),
      caseId: cells.ref("case_id"),
      agentId: cells.ref("agent_id"),
      teamId: cells.ref("team_id"),
      channel: cells.oneOf("channel", CHANNELS),
      surveyId: cells.get("survey_id"),
      items: readItems(cells, items),
      reason: reason === undefined ? undefined : { label: reason },
    }),
  );
  return result.success ? { list: "surveyResponses", record: result.data } : result.error;
};
