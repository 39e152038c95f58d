import { describe, expect, it } from "vitest";
import { importFreshdesk } from "./import-freshdesk";

// Hand-written from the documented satisfaction rating: `ratings` holds `default_question`
// and one `question_<id>` per further question, each coded on the seven-point scale
// (-103 Extremely Unhappy … 103 Extremely Happy).
const ticket = {
  id: 50,
  requester_id: 432,
  status: 4,
  priority: 1,
  source: 1,
  created_at: "2024-03-01T09:00:00Z",
};
const rating = (id: number, ratings: Record<string, unknown>) => ({
  id,
  user_id: 432,
  ticket_id: 50,
  feedback: "Slow, but solved",
  ratings,
  created_at: "2024-03-02T09:00:00Z",
});
const asOf = new Date("2024-06-01T00:00:00Z");

describe("Freshdesk survey items", () => {
  const result = importFreshdesk(
    [
      [ticket],
      [
        rating(6001, { default_question: 101, question_17000001: -102, question_17000002: 100 }),
        rating(6002, { default_question: 103, question_9: 42 }),
        rating(6003, { default_question: -101 }),
      ],
    ],
    { asOf },
  );
  const byId = new Map(result.surveyResponses.map((r) => [r.id as string, r]));

  it("maps each further question to a seven-point item by its code's rank, in order", () => {
    // ranks in [-103, -102, -101, 100, 101, 102, 103]: -102 is rank 1 → 2, 100 rank 3 → 4
    expect(byId.get("freshdesk:6001")).toMatchObject({
      score: 4, // 101: 1 + round(4 * 4 / 6) = 1 + round(2.67) = 4
      comment: "Slow, but solved",
      items: [
        { questionId: "17000001", scale: "seven_point", score: 2 },
        { questionId: "17000002", scale: "seven_point", score: 4 },
      ],
    });
  });

  it("adds no items to a survey of one question", () => {
    expect(byId.get("freshdesk:6003")).toBeDefined();
    expect(byId.get("freshdesk:6003")).not.toHaveProperty("items");
  });

  it("rejects a rating whose further question has a code off the scale, naming it", () => {
    expect(byId.has("freshdesk:6002")).toBe(false);
    expect(
      result.report.records.find(
        (r) => r.entity === "satisfaction_rating" && r.sourceId === "6002",
      ),
    ).toMatchObject({
      status: "rejected",
      field: "ratings.question_9",
      reason: expect.stringMatching(/103.*-103.*received 42/),
    });
  });
});
