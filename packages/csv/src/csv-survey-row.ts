import { HAPPINESS_RATINGS, type SurveyItem, safeParseSurveyResponse } from "@rapport/core";
import { CHANNELS, definedOnly, onScale, type RowBuilder } from "./csv-row-base";
import { readItems } from "./csv-survey-items";

const KINDS = ["csat", "nps", "ces", "happiness"];
const SCALES: Record<string, readonly string[]> = {
  csat: ["binary", "five_point"],
  nps: ["zero_to_ten"],
  ces: ["seven_point", "five_point"],
  happiness: ["three_point"],
};
const HAPPINESS: readonly string[] = HAPPINESS_RATINGS;
const GOOD_BAD = /^(good|bad)$/i;

const itemsOnScale = (items: readonly SurveyItem[] | undefined) => {
  if (items === undefined) return true;
  for (const item of items) if (!onScale(item.scale, item.score)) return false;
  return true;
};

/**
 * A survey-response row: kind, scale and score, the items and reason, the rest as given. A row
 * the model takes is built here, field for field as its schema builds it; any other goes
 * through the schema, which says what is wrong.
 */
export const surveyRow: RowBuilder = (cells, id, customerId, source, itemColumns) => {
  const kind = cells.oneOf("kind", KINDS, cells.required("kind"))!;
  const scoreText = cells.required("score");
  const defaultScale =
    kind === "csat" ? (GOOD_BAD.test(scoreText) ? "binary" : "five_point") : SCALES[kind]![0]!;
  const scale = cells.oneOf("scale", SCALES[kind]!) ?? defaultScale;
  const score =
    scale === "binary"
      ? cells.oneOf("score", ["good", "bad"], scoreText)!
      : scale === "three_point"
        ? cells.oneOf("score", HAPPINESS, scoreText)!
        : cells.integer("score", scoreText)!;
  const respondedAt = cells.date("responded_at", cells.required("responded_at"))!;
  const comment = cells.get("comment");
  const caseId = cells.ref("case_id");
  const agentId = cells.ref("agent_id");
  const teamId = cells.ref("team_id");
  const channel = cells.oneOf("channel", CHANNELS);
  const surveyId = cells.get("survey_id");
  const items = itemColumns.length === 0 ? undefined : readItems(cells, itemColumns);
  const reasonText = cells.get("reason");
  const reason = reasonText === undefined ? undefined : { label: reasonText };
  if (onScale(scale, score) && itemsOnScale(items)) {
    // The schema's output: its fields in its order, the optional ones only when given. The
    // common shapes are one literal each, an object without a separate store of properties.
    if (
      caseId === undefined &&
      agentId === undefined &&
      teamId === undefined &&
      channel === undefined &&
      surveyId === undefined &&
      items === undefined &&
      reason === undefined
    ) {
      const record =
        comment === undefined
          ? { kind, scale, score, id, customerId, respondedAt, source }
          : { kind, scale, score, id, customerId, respondedAt, comment, source };
      return { list: "surveyResponses", record: record as never };
    }
    const record: Record<string, unknown> = { kind, scale, score, id, customerId };
    if (caseId !== undefined) record["caseId"] = caseId;
    if (agentId !== undefined) record["agentId"] = agentId;
    if (teamId !== undefined) record["teamId"] = teamId;
    if (channel !== undefined) record["channel"] = channel;
    record["respondedAt"] = respondedAt;
    if (comment !== undefined) record["comment"] = comment;
    if (surveyId !== undefined) record["surveyId"] = surveyId;
    record["source"] = source;
    if (items !== undefined) record["items"] = items;
    if (reason !== undefined) record["reason"] = reason;
    return { list: "surveyResponses", record: record as never };
  }
  const result = safeParseSurveyResponse(
    definedOnly({
      id,
      customerId,
      source,
      kind,
      scale,
      score,
      respondedAt,
      comment,
      caseId,
      agentId,
      teamId,
      channel,
      surveyId,
      items,
      reason,
    }),
  );
  return result.success ? { list: "surveyResponses", record: result.data } : result.error;
};
