import { type SurveyItem, safeParseSurveyResponse } from "@rapport/core";
import { afterAsOfReason } from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { FreshdeskContext } from "./freshdesk-context";
import type { FreshdeskRating } from "./freshdesk-payload";
import { freshdeskRatingToFivePoint, ORDER } from "./freshdesk-rating";

const ENTITY = "satisfaction_rating";

const QUESTION = /^question_(.+)$/;

/**
 * The further questions of a survey (`ratings.question_<id>`, in the order given), each on
 * the seven-point scale by its code's rank: -103 → 1 … 103 → 7. The name of the first field
 * whose code is not one of the seven, when there is one.
 */
function itemsOf(ratings: Readonly<Record<string, unknown>>): SurveyItem[] | { field: string } {
  const items: SurveyItem[] = [];
  for (const [key, code] of Object.entries(ratings)) {
    const question = QUESTION.exec(key)?.[1];
    if (question === undefined) continue;
    const rank = typeof code === "number" ? ORDER.indexOf(code) : -1;
    if (rank < 0) return { field: key };
    items.push({ questionId: question, scale: "seven_point", score: rank + 1 });
  }
  return items;
}

/**
 * A satisfaction rating on the classic seven-point scale: a five-point CSAT response, its
 * further questions as seven-point items.
 */
export function mapRating(rating: FreshdeskRating, context: FreshdeskContext): void {
  const { out, asOf, state, id } = context;
  if (out.has(ENTITY, rating.id)) {
    out.duplicate(ENTITY, rating.id);
    return;
  }
  const code = rating.ratings.default_question;
  const score = freshdeskRatingToFivePoint(code);
  if (score === undefined) {
    out.reject(
      ENTITY,
      rating.id,
      "ratings.default_question",
      expectedMessage("", oneOf([...ORDER].reverse()), code),
    );
    return;
  }
  const items = itemsOf(rating.ratings);
  if (!Array.isArray(items)) {
    const code = rating.ratings[items.field];
    out.reject(
      ENTITY,
      rating.id,
      `ratings.${items.field}`,
      expectedMessage("", oneOf([...ORDER].reverse()), code),
    );
    return;
  }
  const respondedAt = rating.updated_at ?? rating.created_at;
  if (respondedAt.getTime() > asOf.getTime()) {
    out.reject(
      ENTITY,
      rating.id,
      rating.updated_at ? "updated_at" : "created_at",
      afterAsOfReason(respondedAt, asOf),
    );
    return;
  }
  const channel = rating.ticket_id ? state.channels.get(rating.ticket_id) : undefined;
  out.add(
    "surveyResponses",
    ENTITY,
    rating.id,
    safeParseSurveyResponse({
      id: id(rating.id),
      kind: "csat",
      scale: "five_point",
      score,
      customerId: id(rating.user_id),
      ...(rating.ticket_id ? { caseId: id(rating.ticket_id) } : {}),
      ...(rating.agent_id ? { agentId: id(rating.agent_id) } : {}),
      ...(rating.group_id ? { teamId: id(rating.group_id) } : {}),
      ...(channel ? { channel } : {}),
      respondedAt,
      ...(rating.feedback ? { comment: rating.feedback } : {}),
      ...(rating.survey_id ? { surveyId: id(rating.survey_id) } : {}),
      source: context.ref(rating.id),
      ...(items.length > 0 ? { items } : {}),
    }),
  );
}
