import { parseSurveyResponse, periodStart, type SurveyResponse, type WeekDay } from "@rapport/core";
import { type ScoreCountsQuery, scoreCountsOf } from "@rapport/store";
import Database from "better-sqlite3";
import fc from "fast-check";
import { Kysely, SqliteDialect, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { bucketExpression } from "./bucket-expression";
import { createSqliteStore } from "./sqlite-store";

/** NPS = % promoters (9-10) − % detractors (0-6) (Reichheld 2003), from a histogram. */
function npsFromHistogram(counts: Record<string, number>): number | null {
  let n = 0;
  let promoters = 0;
  let detractors = 0;
  for (const [score, count] of Object.entries(counts)) {
    n += count;
    if (Number(score) >= 9) promoters += count;
    else if (Number(score) <= 6) detractors += count;
  }
  return n === 0 ? null : (100 * (promoters - detractors)) / n;
}

const response = (i: number, atMs: number, score: number, teamId?: string): SurveyResponse =>
  parseSurveyResponse({
    kind: "nps",
    id: `r${i}`,
    customerId: `c${i % 7}`,
    respondedAt: new Date(atMs).toISOString(),
    score,
    ...(teamId === undefined ? {} : { teamId }),
  });

describe("scoreCounts on SQLite", () => {
  it("gives per-month NPS in Berlin equal to NPS computed response by response", async () => {
    // A second method: the local month of each response from Intl, then NPS over raw scores.
    const start = Date.parse("2024-01-01T00:00:00Z");
    const responses = Array.from({ length: 3000 }, (_, i) =>
      response(i, start + ((i * 7_919_993) % (366 * 86_400_000)), (i * 7) % 11),
    );
    const monthOf = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "2-digit",
    });
    const byMonth = new Map<string, number[]>();
    for (const r of responses) {
      const key = monthOf.format(r.respondedAt);
      byMonth.set(key, [...(byMonth.get(key) ?? []), r.score as number]);
    }
    const expected = [...byMonth.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, scores]) => ({
        month,
        n: scores.length,
        nps:
          (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) /
          scores.length,
      }));

    const store = await createSqliteStore({ filename: ":memory:" });
    await store.forTenant("acme").surveyResponses.upsert(responses);
    const histograms = await store.forTenant("acme").scoreCounts({
      metric: "nps",
      period: "month",
      timeZone: "Europe/Berlin",
    });
    await store.close();
    expect(
      histograms.map((h) => ({
        month: monthOf.format(h.periodStart!),
        n: h.n,
        nps: npsFromHistogram(h.counts),
      })),
    ).toEqual(expected);
  });

  it("equals the in-memory computation for arbitrary responses and queries", async () => {
    const lo = Date.parse("2023-12-25T00:00:00Z");
    const hi = Date.parse("2025-01-05T00:00:00Z");
    const instant = fc.integer({ min: lo, max: hi });
    const store = await createSqliteStore({ filename: ":memory:" });
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            at: instant,
            score: fc.integer({ min: 0, max: 10 }),
            team: fc.option(fc.constantFrom("t1", "t2"), { nil: undefined }),
          }),
          { maxLength: 60 },
        ),
        fc.record({
          period: fc.option(fc.constantFrom("day", "week", "month", "quarter", "year" as const), {
            nil: undefined,
          }),
          timeZone: fc.constantFrom("UTC", "Europe/Berlin", "America/Santiago", "Asia/Tehran"),
          weekStartsOn: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
          grouped: fc.boolean(),
          from: fc.option(instant, { nil: undefined }),
        }),
        async (rows, options) => {
          const responses = rows.map((row, i) => response(i, row.at, row.score, row.team));
          const query: ScoreCountsQuery = {
            metric: "nps",
            timeZone: options.timeZone,
            ...(options.period === undefined ? {} : { period: options.period }),
            ...(options.weekStartsOn === undefined
              ? {}
              : { weekStartsOn: options.weekStartsOn as WeekDay }),
            ...(options.grouped ? { groupBy: "teamId" as const } : {}),
            ...(options.from === undefined ? {} : { range: { from: new Date(options.from) } }),
          };
          // A tenant of its own per run: one migrated database serves every run.
          const tenant = store.forTenant(`run-${runs++}`);
          await tenant.surveyResponses.upsert(responses);
          const counted = await tenant.scoreCounts(query);
          expect(counted).toEqual(scoreCountsOf(responses, query));
        },
      ),
      { numRuns: 40 },
    );
    await store.close();
  });
});

describe("scoreCounts on SQLite and core's calendar", () => {
  // Hours either side of daylight-saving changes: Santiago skips midnight (7 Sep 2025, 24:00
  // becomes 01:00), New York and Berlin move at 02:00 and 03:00 local time, Lord Howe by 30 min.
  const changes = [
    ["America/Santiago", "2025-09-07T04:00:00Z"],
    ["America/Santiago", "2025-04-06T03:00:00Z"],
    ["America/New_York", "2025-03-09T07:00:00Z"],
    ["America/New_York", "2025-11-02T06:00:00Z"],
    ["Europe/Berlin", "2025-03-30T01:00:00Z"],
    ["Europe/Berlin", "2025-10-26T01:00:00Z"],
    ["Australia/Lord_Howe", "2025-04-05T15:00:00Z"],
  ] as const;

  it.each(changes)(
    "buckets like periodStart around the change in %s at %s",
    async (timeZone, at) => {
      const change = Date.parse(at);
      // Every 20 minutes from 30 hours before to 30 hours after the change.
      const responses = Array.from({ length: 181 }, (_, i) =>
        response(i, change + (i - 90) * 20 * 60_000, i % 11),
      );
      const store = await createSqliteStore({ filename: ":memory:" });
      await store.forTenant("acme").surveyResponses.upsert(responses);
      for (const period of ["day", "week"] as const) {
        for (const weekStartsOn of [0, 1, 6] as const) {
          const histograms = await store.forTenant("acme").scoreCounts({
            metric: "nps",
            period,
            timeZone,
            weekStartsOn,
          });
          const expected = new Map<number, number>();
          for (const r of responses) {
            const start = periodStart(r.respondedAt, period, { timeZone, weekStartsOn }).getTime();
            expected.set(start, (expected.get(start) ?? 0) + 1);
          }
          expect(new Map(histograms.map((h) => [h.periodStart!.getTime(), h.n]))).toEqual(expected);
        }
      }
      // A hand-checked instance: in Santiago, Sunday 7 September 2025 starts at 01:00 (-03:00).
      if (at === "2025-09-07T04:00:00Z") {
        const [, sunday] = await store.forTenant("acme").scoreCounts({
          metric: "nps",
          period: "week",
          timeZone,
          weekStartsOn: 0,
        });
        expect(sunday?.periodStart?.toISOString()).toBe("2025-09-07T04:00:00.000Z");
      }
      await store.close();
    },
  );
});

describe("bucketExpression", () => {
  it("maps each value to the start of its interval with a balanced CASE tree", async () => {
    const db = new Kysely<never>({
      dialect: new SqliteDialect({ database: new Database(":memory:") }),
    });
    const starts = [0, 10, 20, 30, 40];
    const expression = bucketExpression("x", starts);
    expect(expression.compile(db).sql).toBe(
      'case when "x" < 20 then case when "x" < 10 then 0 else 10 end else case when "x" < 30 then 20 else 30 end end',
    );
    const values = [0, 9, 10, 19, 20, 29, 30, 39];
    const result = await sql<{ b: number }>`select ${expression} as b from (${sql.join(
      values.map((v) => sql`select ${sql.raw(String(v))} as x`),
      sql` union all `,
    )})`.execute(db);
    await db.destroy();
    expect(result.rows.map((row) => row.b)).toEqual([0, 0, 10, 10, 20, 20, 30, 30]);
  });

  it("refuses fewer than two starts or non-integers", () => {
    expect(() => bucketExpression("at_ms", [5])).toThrow(
      new RangeError(
        "bucketExpression: starts: expected at least two integer period starts (epoch ms, ascending), received an array of 1",
      ),
    );
    expect(() => bucketExpression("at_ms", [0, 0.5])).toThrow(RangeError);
    expect(() => bucketExpression("at_ms", [10, 0])).toThrow(RangeError);
    expect(() => bucketExpression("at_ms", "0,10" as never)).toThrow(TypeError);
  });
});
