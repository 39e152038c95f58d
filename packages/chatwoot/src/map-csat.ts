import { safeParseSurveyResponse } from "@rapport/core";
import type { ChatwootContext } from "./chatwoot-context";
import type { ChatwootEntitySchemas } from "./chatwoot-payload";

type Csat = import("zod").output<ChatwootEntitySchemas["csat_survey_response"]>;

/** A CSAT survey response (1-5): a five-point CSAT response. */
export function mapCsat(response: Csat, { out, id, ref, state }: ChatwootContext): void {
  const conversation = response.conversation_id
    ? state.conversations.get(response.conversation_id)
    : undefined;
  const customer = response.contact?.id ?? conversation?.customer;
  if (!customer) {
    out.reject(
      "csat_survey_response",
      response.id,
      "contact.id",
      "expected the contact who answered",
    );
    return;
  }
  out.add(
    "surveyResponses",
    "csat_survey_response",
    response.id,
    safeParseSurveyResponse({
      id: id(`csat:${response.id}`),
      kind: "csat",
      scale: "five_point",
      score: response.rating,
      customerId: id(customer),
      ...(response.conversation_id ? { caseId: id(response.conversation_id) } : {}),
      ...(response.assigned_agent?.id ? { agentId: id(response.assigned_agent.id) } : {}),
      ...(conversation?.channel ? { channel: conversation.channel } : {}),
      respondedAt: response.updated_at ?? response.created_at,
      ...(response.feedback_message ? { comment: response.feedback_message } : {}),
      source: ref(response.id),
    }),
  );
}
