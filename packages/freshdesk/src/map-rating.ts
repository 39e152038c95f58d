import { safeParseSurveyResponse } from "@rapport/core";
import { afterAsOfReason } from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { FreshdeskContext } from "./freshdesk-context";
import type { FreshdeskRating } from "./freshdesk-payload";
import { freshdeskRatingToFivePoint, ORDER } from "./freshdesk-rating";

const ENTITY = "satisfaction_rating";

/** A satisfaction rating on the classic seven-point scale: a five-point CSAT response. */
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
    }),
  );
}
