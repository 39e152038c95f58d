/// <reference types="node" />
// CSAT and first reply times from Zendesk API payloads: the real recorded ones in the shared
// data (when present beside the repository) and the project's own fixtures of the same shape.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Case } from "@rapport/core";
import { caseId, customerId } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { satisfactionRatingsPayload, ticketMetricsPayload } from "./__fixtures__/zendesk.fixture";
import { csat } from "./csat";
import { firstReplyTimes } from "./first-reply-times";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const zendeskDir = join(repoRoot, "..", "shared", "data", "helpdesk", "zendesk");
const sharedDataExists = existsSync(zendeskDir);
if (!sharedDataExists) {
  console.warn(
    "zendesk-data tests on real payloads skipped: ../shared/data not found (clone the shared data beside the repo)",
  );
}

interface RatingsPayload {
  satisfaction_ratings: { score: string }[];
}
interface MetricsPayload {
  ticket_metrics: {
    ticket_id: number;
    created_at: string;
    reopens: number;
    reply_time_in_minutes: { calendar: number | null };
  }[];
}

/** Splits Zendesk ratings into good/bad answers and the rest ("offered", "unoffered"). */
function answersOf(payload: RatingsPayload) {
  const answers: ("good" | "bad")[] = [];
  let notAnswered = 0;
  for (const rating of payload.satisfaction_ratings) {
    if (rating.score === "good" || rating.score === "bad") answers.push(rating.score);
    else notAnswered++;
  }
  return { answers, notAnswered };
}

/** Cases carrying what ticket metrics tell about them: creation and first reply. */
function casesOf(payload: MetricsPayload): Case[] {
  return payload.ticket_metrics.map((metric) => {
    const createdAt = new Date(metric.created_at);
    const minutes = metric.reply_time_in_minutes.calendar;
    return {
      id: caseId(`zd_${metric.ticket_id}`),
      customerId: customerId("zd_requester"),
      channel: "email",
      status: "open",
      priority: "normal",
      createdAt,
      ...(minutes === null
        ? {}
        : { firstReplyAt: new Date(createdAt.getTime() + minutes * 60_000) }),
      reopenCount: metric.reopens,
      tags: [],
      statusHistory: [],
    } as Case;
  });
}

describe("Zendesk payloads (project fixtures)", () => {
  it("CSAT counts only good and bad answers; offered ratings are accounted for apart", () => {
    const { answers, notAnswered } = answersOf(satisfactionRatingsPayload);
    const score = csat(answers, { scale: "binary" });
    // 2 good of 3 answered = 66.67 %; 1 only offered.
    expect(score).toMatchObject({ n: 3, successes: 2 });
    expect(score.value).toBeCloseTo(200 / 3, 12);
    expect(notAnswered).toBe(1);
    expect(score.n + notAnswered).toBe(satisfactionRatingsPayload.count);
  });

  it("first reply times from ticket metrics", () => {
    const summary = firstReplyTimes(casesOf(ticketMetricsPayload));
    // 5 and 45 minutes: median 25, mean 25, p90 = 5 + 0.9 · 40 = 41
    expect(summary).toMatchObject({ n: 2, missing: 1, median: 25 * 60_000, mean: 25 * 60_000 });
    expect(summary.p90).toBeCloseTo(41 * 60_000, 6);
  });
});

describe.skipIf(!sharedDataExists)("Zendesk payloads (recorded API responses)", () => {
  const read = <T>(file: string): T =>
    JSON.parse(readFileSync(join(zendeskDir, file), "utf8")) as T;

  it("satisfaction_ratings_1.json: 1 good answer, 64 only offered", () => {
    const payload = read<RatingsPayload & { count: number }>("satisfaction_ratings_1.json");
    const { answers, notAnswered } = answersOf(payload);
    const score = csat(answers, { scale: "binary" });
    expect(score).toMatchObject({ value: 100, n: 1, successes: 1, smallSample: true });
    // Wilson for 1 of 1: lower = 1/(1 + z²) = 1/4.841459 = 20.65 %
    expect(score.interval!.lower).toBeCloseTo(100 / (1 + 1.959963984540054 ** 2), 9);
    expect(notAnswered).toBe(64);
    expect(score.n + notAnswered).toBe(payload.satisfaction_ratings.length);
  });

  it("ticket_metrics_1.json: 13 replied (all within the minute), 87 not replied", () => {
    const summary = firstReplyTimes(casesOf(read<MetricsPayload>("ticket_metrics_1.json")));
    expect(summary).toEqual({ n: 13, missing: 87, median: 0, mean: 0, p90: 0, min: 0, max: 0 });
  });
});
