import type { SurveyResponse } from "@rapport/core";

/** `count` NPS responses (ids offset by `first`) spread over 2024, deterministic. */
export function npsResponses(first: number, count: number): SurveyResponse[] {
  const start = Date.parse("2024-01-01T00:00:00Z");
  const year = 366 * 86_400_000;
  return Array.from({ length: count }, (_, k) => {
    const i = first + k;
    return {
      kind: "nps",
      scale: "zero_to_ten",
      score: (i * 7) % 11,
      id: `r${String(i).padStart(8, "0")}`,
      customerId: `c${i % 50_000}`,
      teamId: `team-${i % 5}`,
      channel: i % 3 === 0 ? "email" : "chat",
      respondedAt: new Date(start + ((i * 7_919_993) % year)),
    } as SurveyResponse;
  });
}
