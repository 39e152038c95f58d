import { safeParseSurveyResponse } from "@rapport/core";
import type { HelpScoutContext } from "./helpscout-context";
import { helpScoutLookups, helpScoutRatingCode } from "./helpscout-lookups";
import type { HelpScoutEntitySchemas } from "./helpscout-payload";

type Rating = import("zod").output<HelpScoutEntitySchemas["rating"]>;
const { rating: RATING } = helpScoutLookups;

/** A satisfaction rating (Great, Okay, Not Good): a five-point CSAT response (5, 3, 1). */
export function mapRating(rating: Rating, { out, id, ref, state }: HelpScoutContext): void {
  const code = helpScoutRatingCode(rating.rating);
  if (code === "unknown") {
    out.ignore("rating", rating.id, 'rating "unknown": the customer gave none');
    return;
  }
  const score = RATING.get(code);
  if (!score) {
    out.reject("rating", rating.id, RATING.field, RATING.reason(rating.rating));
    return;
  }
  const conversationId = rating.conversationId ?? rating.ticketId;
  const facts = conversationId ? state.conversations.get(conversationId) : undefined;
  const customer = rating.customer?.id ?? facts?.customer;
  if (!customer) {
    out.reject("rating", rating.id, "customer.id", "expected the customer who rated");
    return;
  }
  out.add(
    "surveyResponses",
    "rating",
    rating.id,
    safeParseSurveyResponse({
      id: id(`rating:${rating.id}`),
      kind: "csat",
      scale: "five_point",
      score,
      customerId: id(customer),
      ...(conversationId ? { caseId: id(conversationId) } : {}),
      ...(rating.user?.id ? { agentId: id(rating.user.id) } : {}),
      ...(facts?.channel ? { channel: facts.channel } : {}),
      respondedAt: rating.modifiedAt ?? rating.createdAt,
      ...(rating.comments ? { comment: rating.comments } : {}),
      // The answer as asked, on its own three-point scale, for the happiness score.
      items: [
        {
          questionId: "helpscout_rating",
          wording: "How would you rate my reply?",
          scale: "three_point",
          score: code === "bad" ? "not_good" : code,
        },
      ],
      source: ref(rating.id),
    }),
  );
}
