// Small hand-written survey responses in the wire shape core decodes, for tests.
import { decodeSurveyResponse, type SurveyResponse, type SurveyResponseJson } from "@rapport/core";

let next = 0;

/** Decodes a response, filling the fields a test does not care about. */
export function response(
  fields: Partial<SurveyResponseJson> & Pick<SurveyResponseJson, "kind" | "score">,
): SurveyResponse {
  next++;
  return decodeSurveyResponse({
    id: `r${next}`,
    customerId: "cus_1",
    respondedAt: "2024-03-01T10:00:00Z",
    ...fields,
  } as SurveyResponseJson);
}

/** NPS answers at given times. */
export function npsAt(...entries: [respondedAt: string, score: number][]): SurveyResponse[] {
  return entries.map(([respondedAt, score]) => response({ kind: "nps", score, respondedAt }));
}
