import { parseSurveyResponse, type SurveyResponse } from "@rapport/core";
import { scoreTrend } from "@rapport/metrics";
import { seededRandom } from "@rapport/stats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, type TestEngine } from "./__fixtures__/engines.fixture";
import { compileOnlyKysely } from "./compile-only-kysely";
import {
  compileScoreTrend,
  scoreTrendFromRows,
  sqlScoreTrend,
  sqlScoreTrendsByGroup,
} from "./sql-score-trend";

// Responses every 37 minutes around daylight-saving changes, seeded answers of every kind.
function responsesAround(centres: readonly string[]): SurveyResponse[] {
  const random = seededRandom(21);
  const out: SurveyResponse[] = [];
  let id = 0;
  for (const centre of centres) {
    const t0 = Date.parse(centre);
    for (let k = -120; k <= 120; k++) {
      const at = new Date(t0 + k * 37 * 60_000).toISOString();
      const pick = random();
      const base = {
        id: `${centre}-${id++}`,
        customerId: "c1",
        respondedAt: at,
        agentId: random() < 0.5 ? "a1" : "a2",
      };
      if (pick < 0.4)
        out.push(parseSurveyResponse({ ...base, kind: "nps", score: Math.floor(random() * 11) }));
      else if (pick < 0.6)
        out.push(
          parseSurveyResponse({
            ...base,
            kind: "csat",
            scale: "binary",
            score: random() < 0.7 ? "good" : "bad",
          }),
        );
      else if (pick < 0.8)
        out.push(
          parseSurveyResponse({
            ...base,
            kind: "csat",
            scale: "five_point",
            score: 1 + Math.floor(random() * 5),
          }),
        );
      else
        out.push(
          parseSurveyResponse({
            ...base,
            kind: "ces",
            scale: "seven_point",
            score: 1 + Math.floor(random() * 7),
          }),
        );
    }
  }
  return out;
}

// DST changes of 2024: New York (10 Mar, 3 Nov), Berlin (31 Mar, 27 Oct), Santiago
// (7 Apr, 8 Sep, both at local midnight) and Lord Howe (7 Apr, 6 Oct: 30 minutes).
const ZONES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["America/New_York", ["2024-03-10T07:00:00Z", "2024-11-03T06:00:00Z"]],
  ["Europe/Berlin", ["2024-03-31T01:00:00Z", "2024-10-27T01:00:00Z"]],
  ["America/Santiago", ["2024-04-07T03:00:00Z", "2024-09-08T04:00:00Z"]],
  ["Australia/Lord_Howe", ["2024-04-06T15:00:00Z", "2024-10-05T15:30:00Z"]],
];

describe.each(ENGINES)("sqlScoreTrend on %s", (_name, open) => {
  let engine: TestEngine;
  const all = ZONES.flatMap(([, centres]) => responsesAround(centres));
  beforeAll(async () => {
    engine = await open();
    await engine.store.surveyResponses.upsert(all);
    // Another tenant's answers, on the same days: no figure of "acme" may count them.
    await engine.other.surveyResponses.upsert(
      all.slice(0, 300).map((r) => ({ ...r, id: `other-${r.id}` }) as SurveyResponse),
    );
  }, 60_000);
  afterAll(() => engine.close());

  it("puts the hand-checked instants in the local days of Lord Howe and Santiago", async () => {
    // Lord Howe, 6 Oct 2024: 02:00 +10:30 becomes 02:30 +11, so the day lasts 23.5 h,
    // 2024-10-05T13:30Z to 2024-10-06T13:00Z; 12:45Z is 23:45 on the 6th, 13:15Z 00:15 on the 7th.
    const trend = await sqlScoreTrend(engine.source, {
      metric: "nps",
      period: "day",
      timeZone: "Australia/Lord_Howe",
      from: new Date("2024-10-06T12:45:00Z"),
      to: new Date("2024-10-06T13:15:00Z"),
    });
    expect(trend.buckets.map((b) => [b.label, b.start.toISOString(), b.end.toISOString()])).toEqual(
      [
        ["2024-10-06", "2024-10-05T13:30:00.000Z", "2024-10-06T13:00:00.000Z"],
        ["2024-10-07", "2024-10-06T13:00:00.000Z", "2024-10-07T13:00:00.000Z"],
      ],
    );
    // Santiago, 6 Apr 2024 lasts 25 h (midnight of the 7th is 23:00 of the 6th again).
    const santiago = await sqlScoreTrend(engine.source, {
      metric: "ces",
      period: "day",
      timeZone: "America/Santiago",
      from: new Date("2024-04-07T03:30:00Z"),
      to: new Date("2024-04-07T03:30:00Z"),
    });
    expect(
      santiago.buckets.map((b) => [b.label, b.start.toISOString(), b.end.toISOString()]),
    ).toEqual([["2024-04-06", "2024-04-06T03:00:00.000Z", "2024-04-07T04:00:00.000Z"]]);
  });

  it.each(ZONES)(
    "equals scoreTrend by day, week and month in %s, every metric",
    async (timeZone) => {
      for (const period of ["day", "week", "month"] as const) {
        for (const [metric, scale] of [
          ["nps", undefined],
          ["csat", "binary"],
          ["csat", "five_point"],
          ["ces", "seven_point"],
        ] as const) {
          const options = {
            metric,
            ...(scale === undefined ? {} : { scale }),
            period,
            timeZone,
            weekStartsOn: 0 as const,
          };
          const inSql = await sqlScoreTrend(engine.source, options);
          expect(inSql).toEqual(scoreTrend(all, options));
        }
      }
    },
  );

  it("equals scoreTrend of each agent's responses over a fixed range, and counts what it skips", async () => {
    const options = {
      metric: "nps" as const,
      period: "month" as const,
      timeZone: "Europe/Berlin",
      from: new Date("2024-03-01T00:00:00Z"),
      to: new Date("2024-04-15T00:00:00Z"),
    };
    const grouped = await sqlScoreTrendsByGroup(engine.source, { ...options, groupBy: "agentId" });
    expect(grouped.groups.map((g) => g.group)).toEqual(["a1", "a2"]);
    for (const { group, buckets } of grouped.groups) {
      const theirs = scoreTrend(
        all.filter((r) => r.agentId === group),
        options,
      );
      expect(buckets).toEqual(theirs.buckets);
    }
    expect(grouped.skipped).toEqual(scoreTrend(all, options).skipped);
  });

  it("counts a NULL kind as another metric and a NULL scale as another scale", async () => {
    await engine.exec(`create table null_kinds (kind text, scale text, score text, at_ms bigint)`);
    // 2024-03-10T12:00Z: 2 promoters, 1 detractor; a NULL kind and a NULL scale beside them.
    await engine.exec(`insert into null_kinds values ('nps', 'zero_to_ten', '10', 1710072000000),
      ('nps', 'zero_to_ten', '9', 1710072000000), ('nps', 'zero_to_ten', '3', 1710072000000),
      (null, 'zero_to_ten', '10', 1710072000000), ('nps', null, '10', 1710072000000)`);
    const trend = await sqlScoreTrend(
      { db: engine.source.db, dialect: engine.source.dialect },
      {
        metric: "nps",
        period: "month",
        timeZone: "UTC",
        layout: { surveyResponses: { table: "null_kinds", respondedAt: "at_ms" } },
      },
    );
    // (2 − 1) / 3 = 33.33… %.
    expect(trend.buckets.map((b) => [b.label, b.score.n, b.score.value])).toEqual([
      ["2024-03", 3, 100 / 3],
    ]);
    expect(trend.skipped).toEqual({ otherMetric: 1, otherScale: 1, outOfRange: 0 });
  });

  it("gives no buckets when no response is scored, as scoreTrend does", async () => {
    const options = {
      metric: "ces" as const,
      scale: "five_point" as const,
      period: "day" as const,
      timeZone: "UTC",
    };
    expect(await sqlScoreTrend(engine.source, options)).toEqual(scoreTrend(all, options));
  });
});

describe("compileScoreTrend and scoreTrendFromRows", () => {
  const options = {
    metric: "nps" as const,
    period: "month" as const,
    timeZone: "Europe/Berlin",
    from: new Date("2024-01-01T00:00:00+01:00"),
    to: new Date("2024-03-31T12:00:00+02:00"),
  };

  it("compiles one GROUP BY with the Berlin month starts as integer literals", () => {
    const compiled = compileScoreTrend(
      { db: compileOnlyKysely("bigquery"), dialect: "bigquery" },
      options,
    );
    // 2024-01-01T00:00+01:00, 2024-02-01T00:00+01:00, 2024-03-01T00:00+01:00, 2024-04-01T00:00+02:00:
    // Date.UTC(2023, 11, 31, 23) = 1704063600000, … Date.UTC(2024, 2, 31, 22) = 1711922400000.
    for (const start of [1704063600000, 1706742000000, 1709247600000, 1711922400000]) {
      expect(compiled.sql).toContain(String(start));
    }
    // Two keys: the bucket (period index 0, 1, 2; -1 / -2 for another metric / scale; -3 outside
    // the range, never NULL, so the engine knows the key's range) and the answer.
    expect(compiled.sql).toContain("from `survey_responses` group by 1, 2");
    expect(compiled.sql).not.toContain("group by 1, 2,");
    // The metric and scale are bound parameters (BigQuery: @p1, @p2).
    expect(compiled.parameters).toEqual(["nps", "zero_to_ten"]);
    expect(compiled.sql).toMatch(
      /^select case when `kind` = @p1 then case when `scale` = @p2 then case when .* else -3 end else -2 end else -1 end as bucket, `score` as score, count\(\*\) as n /,
    );
    expect(compiled.sql).toContain(
      "< 1706742000000 then 0 else case when `at_ms` < 1709247600000 then 1 else 2 end",
    );
  });

  it("scores rows from any engine's client: 3 promoters and 1 detractor in February is NPS 50", () => {
    const rows = [
      { bucket: 1, score: 10, n: 3 },
      { bucket: "1", score: "2", n: "1" },
      { bucket: -1, score: "good", n: 5 },
      { bucket: "-2", score: "4", n: 6 },
      { bucket: -3, score: 9, n: 2 },
      { bucket: null, score: 9, n: 1 },
    ];
    const trend = scoreTrendFromRows(rows, options);
    const [january, february, march] = trend.groups[0]!.buckets;
    expect([january!.label, january!.score.n, january!.score.value]).toEqual(["2024-01", 0, null]);
    // (3 − 1) / 4 = 50 %.
    expect([february!.label, february!.score.n, february!.score.value]).toEqual(["2024-02", 4, 50]);
    expect(march!.label).toBe("2024-03");
    expect(trend.skipped).toEqual({ otherMetric: 5, otherScale: 6, outOfRange: 3 });
  });

  it("names what is wrong", () => {
    const source = { db: compileOnlyKysely("snowflake"), dialect: "snowflake" as const };
    expect(() => compileScoreTrend(source, { ...options, from: undefined } as never)).toThrow(
      TypeError,
    );
    expect(() => compileScoreTrend(source, { ...options, timeZone: "Mars/Olympus" })).toThrow(
      RangeError,
    );
    expect(() => compileScoreTrend(source, { ...options, metric: "eNPS" as never })).toThrow(
      /options.metric: expected one of/,
    );
    expect(() => compileScoreTrend(source, { ...options, scale: "binary" })).toThrow(
      /options.scale/,
    );
    expect(() => compileScoreTrend(source, { ...options, period: "fortnight" as never })).toThrow(
      RangeError,
    );
    expect(() => compileScoreTrend(source, { ...options, weekStartsOn: 7 as never })).toThrow(
      RangeError,
    );
    expect(() => compileScoreTrend(source, { ...options, groupBy: "customerId" as never })).toThrow(
      RangeError,
    );
    expect(() => compileScoreTrend({ db: source.db, dialect: "mysql" as never }, options)).toThrow(
      RangeError,
    );
    expect(() => compileScoreTrend(null as never, options)).toThrow(TypeError);
    expect(() => scoreTrendFromRows("rows" as never, options)).toThrow(TypeError);
    expect(() => scoreTrendFromRows([{ bucket: 1, score: 11, n: 1 }], options)).toThrow(
      /score on the zero_to_ten scale: expected an integer from 0 to 10, received 11/,
    );
    // A period start where an index belongs (rows of an older query) is refused, not dropped.
    expect(() => scoreTrendFromRows([{ bucket: 1706742000000, score: 9, n: 1 }], options)).toThrow(
      /row.bucket: expected a period index from 0 to 2, -1, -2, -3 or null, received 1706742000000/,
    );
    expect(() => scoreTrendFromRows([{ bucket: 3, score: 9, n: 1 }], options)).toThrow(
      /row.bucket/,
    );
  });
});
