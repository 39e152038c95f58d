import { safeParseSurveyResponse } from "@rapport/core";
import { afterAsOfReason } from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import type { ZendeskSatisfactionRating } from "./zendesk-payload";
import type { ZendeskContext } from "./zendesk-state";

const ENTITY = "satisfaction_rating";

/** A satisfaction rating: a CSAT response (good/bad, or 1-5); an unanswered survey is ignored. */
export function mapRating(rating: ZendeskSatisfactionRating, context: ZendeskContext): void {
  const { out, asOf, id } = context;
  if (out.has(ENTITY, rating.id)) {
    out.duplicate(ENTITY, rating.id);
    return;
  }
  const { score } = rating;
  if (score === "offered" || score === "unoffered") {
    out.ignore(
      ENTITY,
      rating.id,
      `score "${score}": the survey was ${score === "offered" ? "sent but not answered" : "not sent"}, so there is no response`,
    );
    return;
  }
  const scale =
    score === "good" || score === "bad"
      ? ({ scale: "binary", score } as const)
      : typeof score === "number" && Number.isInteger(score) && score >= 1 && score <= 5
        ? ({ scale: "five_point", score } as const)
        : undefined;
  if (!scale) {
    out.reject(
      ENTITY,
      rating.id,
      "score",
      expectedMessage(
        "",
        `${oneOf(["good", "bad"])} (or "offered" | "unoffered", or 1-5 on a numeric scale)`,
        score,
      ),
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
  out.add(
    "surveyResponses",
    ENTITY,
    rating.id,
    safeParseSurveyResponse({
      id: id(rating.id),
      kind: "csat",
      ...scale,
      customerId: id(rating.requester_id),
      ...(rating.ticket_id ? { caseId: id(rating.ticket_id) } : {}),
      ...(rating.assignee_id ? { agentId: id(rating.assignee_id) } : {}),
      ...(rating.group_id ? { teamId: id(rating.group_id) } : {}),
      respondedAt,
      ...(rating.comment ? { comment: rating.comment } : {}),
      ...reasonOf(rating),
      source: context.ref(rating.id),
    }),
  );
}

// Zendesk sends reason code 0, "No reason provided", when the customer gave none.
function reasonOf(rating: ZendeskSatisfactionRating) {
  const { reason } = rating;
  const raw = rating.reason_code ?? rating.reason_id;
  const code = typeof raw === "number" || typeof raw === "string" ? String(raw) : undefined;
  if (typeof reason !== "string" || reason.trim() === "" || code === "0") return {};
  return { reason: { ...(code === undefined ? {} : { code }), label: reason } };
}
