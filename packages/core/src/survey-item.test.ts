import { describe, expect, it } from "vitest";
import { parseSurveyResponse, SurveyResponseSchema } from "./survey-response";

const base = { id: "r1", customerId: "cus_1", respondedAt: "2024-03-01T10:00:00Z" };

describe("survey items, happiness and reasons", () => {
  it("keeps a single-score response valid as before", () => {
    const response = parseSurveyResponse({ ...base, kind: "nps", score: 9 });
    expect(response).toMatchObject({ kind: "nps", scale: "zero_to_ten", score: 9 });
    expect("items" in response).toBe(false);
  });

  it("reads several items, each on its own scale, in order", () => {
    const response = parseSurveyResponse({
      ...base,
      kind: "csat",
      scale: "five_point",
      score: 2,
      items: [
        { questionId: "speed", wording: "How quick was it?", scale: "seven_point", score: 3 },
        { questionId: "mood", scale: "three_point", score: "not_good" },
        { questionId: "again", scale: "binary", score: "bad" },
      ],
      reason: { code: "1001", label: "The issue took too long to resolve" },
    });
    expect(response.items?.map((i) => i.questionId)).toEqual(["speed", "mood", "again"]);
    expect(response.reason).toEqual({ code: "1001", label: "The issue took too long to resolve" });
  });

  it("rejects an item score outside its scale, naming the scale and the path", () => {
    const result = SurveyResponseSchema.safeParse({
      ...base,
      kind: "nps",
      score: 9,
      items: [{ questionId: "speed", scale: "five_point", score: 6 }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["items", 0, "score"]);
    expect(result.error?.issues[0]?.message).toBe(
      "expected an integer from 1 to 5 on the five_point scale",
    );
  });

  it("reads the three-point happiness scale and rejects other answers", () => {
    const response = parseSurveyResponse({ ...base, kind: "happiness", score: "okay" });
    expect(response).toMatchObject({ kind: "happiness", scale: "three_point", score: "okay" });
    const bad = SurveyResponseSchema.safeParse({ ...base, kind: "happiness", score: "meh" });
    expect(bad.error?.issues[0]?.message).toBe(
      'expected "great", "okay" or "not_good" on the three_point scale',
    );
  });
});
