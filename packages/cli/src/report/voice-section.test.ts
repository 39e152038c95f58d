import { parseCase, parseInteraction, parseSurveyResponse } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { voiceHtml } from "./voice-html";
import { voiceSection } from "./voice-section";

const ticket = (id: string, subject: string, createdAt: string, reopenCount = 0) =>
  parseCase({
    id,
    customerId: "cus_1",
    channel: "email",
    status: "solved",
    subject,
    createdAt,
    firstReplyAt: createdAt,
    solvedAt: "2026-03-31T00:00:00Z",
    reopenCount,
  });
const csat = (id: string, caseId: string, score: "good" | "bad", comment?: string) =>
  parseSurveyResponse({
    kind: "csat",
    scale: "binary",
    score,
    id,
    customerId: "cus_1",
    caseId,
    channel: "chat",
    respondedAt: "2026-03-31T12:00:00Z",
    ...(comment ? { comment } : {}),
  });

const message = (id: string, text?: string, sentiment?: number) =>
  parseInteraction({
    id,
    customerId: "cus_1",
    channel: "web",
    direction: "inbound",
    author: { kind: "customer" },
    occurredAt: "2026-03-01T09:00:00Z",
    ...(text === undefined ? {} : { text }),
    ...(sentiment === undefined ? {} : { sentiment }),
  });

describe("voiceSection", () => {
  it("takes a message's sentiment from its import, without its text, before scoring any text", () => {
    const section = voiceSection(
      {
        cases: [],
        // Scored on import as -0.5 and 0.3 (the score wins over the text "Awful"); the third
        // has neither text nor score and is not counted.
        interactions: [message("i1", undefined, -0.5), message("i2", "Awful", 0.3), message("i3")],
        surveyResponses: [],
      },
      { timeZone: "UTC", period: "month" },
    )!;
    expect(section.sentiment).toHaveLength(1);
    expect(section.sentiment[0]!.channel).toBe("web");
    expect(section.sentiment[0]!.texts).toBe(2);
    expect(section.sentiment[0]!.meanCompound).toBeCloseTo(-0.1, 10);
    expect(section.sentiment[0]!.negative.value).toBe(50);
  });

  it("is left out when there is nothing to show", () => {
    expect(
      voiceSection(
        { cases: [], interactions: [], surveyResponses: [] },
        { timeZone: "UTC", period: "month" },
      ),
    ).toBeNull();
  });

  it("ranks subjects as reasons, trends them by period, and scores comments by channel", () => {
    const cases = [
      ticket("k1", "Where is my order?", "2026-01-10T10:00:00Z", 1),
      ticket("k2", "Where is my order?", "2026-02-10T10:00:00Z", 1),
      ticket("k3", "Where is my order?", "2026-02-11T10:00:00Z"),
      ticket("k4", "Charged twice", "2026-02-12T10:00:00Z"),
    ];
    const section = voiceSection(
      {
        cases,
        interactions: [],
        surveyResponses: [
          csat("r1", "k1", "bad", "Not good at all"),
          csat("r2", "k4", "good", "Great, thanks!"),
        ],
      },
      { timeZone: "UTC", period: "month" },
    )!;
    expect(section.periods).toEqual(["2026-01", "2026-02"]);
    const order = section.reasons[0]!;
    expect(order.reason).toBe("Where is my order?");
    expect(order.cases).toBe(3);
    expect(order.share.value).toBe(75);
    // January: its only case; February: 2 of 3.
    expect(order.trend[0]).toBe(100);
    expect(order.trend[1]).toBeCloseTo((2 / 3) * 100, 10);
    // Reopened 2 of 3, against 0 of 1 for the rest: +66.7 points.
    expect(order.reopened.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(order.reopenedDifference!.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(order.lowSatisfaction.value).toBe(100);
    // Two chat comments: "Not good at all" (negative) and "Great, thanks!" (positive).
    expect(section.sentiment).toHaveLength(1);
    expect(section.sentiment[0]!.channel).toBe("chat");
    expect(section.sentiment[0]!.texts).toBe(2);
    expect(section.sentiment[0]!.negative.value).toBe(50);
    // Too few rated cases for key drivers.
    expect(section.drivers).toEqual([]);
    const html = voiceHtml(section);
    expect(html.title).toBe("Why they stay, why they call");
    expect(html.html).toContain("Where is my order?");
    expect(voiceHtml(null).html).toBeNull();
  });

  it("finds the drivers of NPS from survey items", () => {
    const answers = Array.from({ length: 24 }, (_, i) =>
      parseSurveyResponse({
        kind: "nps",
        score: Math.min(10, (i % 6) + ((i * 7) % 5)),
        id: `n${i}`,
        customerId: "cus_1",
        respondedAt: "2026-03-01T10:00:00Z",
        items: [
          { questionId: "speed", scale: "five_point", score: 1 + (i % 5) },
          { questionId: "tone", scale: "five_point", score: 1 + ((i * 3) % 5) },
        ],
      }),
    );
    const section = voiceSection(
      { cases: [], interactions: [], surveyResponses: answers },
      { timeZone: "UTC", period: "month" },
    )!;
    const nps = section.drivers.find((d) => d.score === "nps")!;
    expect(nps.from).toBe("survey items");
    expect(nps.n).toBe(24);
    expect(nps.drivers.map((d) => d.driver).sort()).toEqual(["speed", "tone"]);
    const total = nps.drivers.reduce((s, d) => s + d.lmg, 0);
    expect(total).toBeCloseTo(nps.rSquared, 10);
    expect(voiceHtml(section).html).toContain("Drivers of NPS (survey items, 24 answers");
  });
});
