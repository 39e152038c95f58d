import { type Case, parseCase, parseSurveyResponse } from "@rapport/core";
import {
  type DurationSummary,
  firstReplyTimes,
  reopenRate,
  resolutionTimes,
  responseRate,
} from "@rapport/metrics";
import { seededRandom } from "@rapport/stats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, loadCases, type TestEngine } from "./__fixtures__/engines.fixture";
import { sqlReopenRate, sqlResponseRate } from "./sql-case-rates";
import { sqlServiceDurations } from "./sql-service-durations";

const STATUSES = ["new", "open", "pending", "solved", "closed"] as const;

function someCases(count: number): Case[] {
  const random = seededRandom(7);
  return Array.from({ length: count }, (_, i) => {
    const created = Date.UTC(2024, 0, 1) + Math.floor(random() * 90 * 86_400_000);
    const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
    const done = status === "solved" || status === "closed";
    const replied = random() < 0.8;
    return parseCase({
      id: `k${i}`,
      customerId: `c${i % 17}`,
      channel: random() < 0.5 ? "email" : "chat",
      status,
      assigneeId: random() < 0.9 ? `a${i % 3}` : undefined,
      createdAt: new Date(created).toISOString(),
      firstReplyAt: replied
        ? new Date(created + Math.floor(random() * 36e5 * 30)).toISOString()
        : undefined,
      solvedAt:
        done && random() < 0.8
          ? new Date(created + Math.floor(random() * 864e5 * 9)).toISOString()
          : undefined,
      closedAt: status === "closed" ? new Date(created + 864e5 * 10).toISOString() : undefined,
      reopenCount: random() < 0.2 ? 1 + Math.floor(random() * 2) : 0,
    });
  });
}

const cases = someCases(400);

// The engines interpolate quantiles in double precision in their own order of operations:
// DuckDB's p90 can differ from JavaScript's in the last bit (98943512.80000001 vs
// 98943512.8), PostgreSQL's has matched it exactly. Everything else is compared exactly.
function expectSummary(actual: DurationSummary | undefined, expected: DurationSummary): void {
  const { median, p90, ...rest } = actual!;
  const { median: m, p90: p, ...restExpected } = expected;
  expect(rest).toEqual(restExpected);
  for (const [a, b] of [
    [median, m],
    [p90, p],
  ] as const) {
    expect(Math.abs(a! - b!)).toBeLessThanOrEqual(Math.abs(b!) * 2 ** -50);
  }
}

describe.each(ENGINES)("case metrics on %s", (_name, open) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await open();
    await loadCases(engine, cases);
    // A response to every third case (the rate counts only the solved-once ones).
    const answered = cases
      .filter((_, i) => i % 3 === 0)
      .map((c, i) =>
        parseSurveyResponse({
          id: `s${i}`,
          customerId: c.customerId,
          caseId: c.id,
          kind: "nps",
          score: 9,
          respondedAt: "2024-05-01T00:00:00Z",
        }),
      );
    await engine.exec("alter table survey_responses add column case_id text");
    await engine.store.surveyResponses.upsert(answered);
    for (const r of answered) {
      await engine.source.db
        .updateTable("survey_responses" as never)
        .set({ case_id: r.caseId } as never)
        .where("id" as never, "=", r.id as never)
        .execute();
    }
  }, 60_000);
  afterAll(() => engine.close());

  it("the reopen rate equals reopenRate, overall and per assignee", async () => {
    const [overall] = await sqlReopenRate(engine.source);
    expect(overall).toEqual({ group: null, rate: reopenRate(cases) });
    const byAgent = await sqlReopenRate(engine.source, { groupBy: "assigneeId", level: 0.9 });
    expect(byAgent.map((g) => g.group)).toEqual([null, "a0", "a1", "a2"]);
    for (const { group, rate } of byAgent) {
      expect(rate).toEqual(
        reopenRate(
          cases.filter((c) => (c.assigneeId ?? null) === group),
          { level: 0.9 },
        ),
      );
    }
  });

  it("the response rate is answered ÷ solved-once cases", async () => {
    const solvedOnce = cases.filter(
      (c) =>
        c.solvedAt ||
        c.closedAt ||
        c.status === "solved" ||
        c.status === "closed" ||
        c.reopenCount > 0,
    );
    const answered = solvedOnce.filter((c) => Number(c.id.slice(1)) % 3 === 0);
    const [overall] = await sqlResponseRate(engine.source);
    expect(overall?.rate).toEqual(responseRate(solvedOnce.length, answered.length));
  });

  it("durations equal firstReplyTimes and resolutionTimes, medians and p90 by the engine", async () => {
    const [first] = await sqlServiceDurations(engine.source, { duration: "firstReply" });
    expectSummary(first?.summary, firstReplyTimes(cases));
    const byChannel = await sqlServiceDurations(engine.source, {
      duration: "resolution",
      groupBy: "channel",
    });
    expect(byChannel.map((g) => g.group)).toEqual(["chat", "email"]);
    for (const { group, summary } of byChannel) {
      expectSummary(summary, resolutionTimes(cases.filter((c) => c.channel === group)));
    }
  });

  it("a hand-counted case: durations of 1, 2, 3 and 10 hours have median 2.5 h and p90 7.9 h", async () => {
    await engine.exec("create table hand_cases as select * from care_cases where 1 = 0");
    const hour = 3_600_000;
    for (const [i, h] of [1, 2, 3, 10].entries()) {
      await engine.exec(
        `insert into hand_cases values ('acme', 'h${i}', 'c', 'solved', 'email', null, null, 0, ${h * hour}, null, null, 0)`,
      );
    }
    const [row] = await sqlServiceDurations(engine.source, {
      duration: "firstReply",
      layout: { cases: { table: "hand_cases" } },
    });
    // Type 7: median = (2 + 3) / 2; p90 at rank 0.9 × 3 = 2.7: 3 + 0.7 × (10 − 3) = 7.9.
    expect(row?.summary.median).toBe(2.5 * hour);
    expect(row?.summary.p90).toBeCloseTo(7.9 * hour, 3);
    expect([row?.summary.n, row?.summary.min, row?.summary.max, row?.summary.mean]).toEqual([
      4,
      hour,
      10 * hour,
      4 * hour,
    ]);
  });
});
