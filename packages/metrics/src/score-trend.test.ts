import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { npsAt, response } from "./__fixtures__/survey-responses.fixture";
import { nps } from "./nps";
import { scoreTrend } from "./score-trend";

const HOUR = 3_600_000;

describe("scoreTrend", () => {
  it("keeps a response at 23:30 in Berlin on the 31st in that month", () => {
    // 2024-03-31 23:30 in Berlin (CEST, +02:00) is 2024-04-01 06:30 in Tokyo.
    const responses = npsAt(["2024-03-31T23:30:00+02:00", 10], ["2024-05-02T09:00:00+02:00", 3]);
    const berlin = scoreTrend(responses, {
      metric: "nps",
      period: "month",
      timeZone: "Europe/Berlin",
    });
    expect(berlin.buckets.map((b) => [b.label, b.score.n])).toEqual([
      ["2024-03", 1],
      ["2024-04", 0],
      ["2024-05", 1],
    ]);
    const tokyo = scoreTrend(responses, { metric: "nps", period: "month", timeZone: "Asia/Tokyo" });
    expect(tokyo.buckets.map((b) => [b.label, b.score.n])).toEqual([
      ["2024-04", 1],
      ["2024-05", 1],
    ]);
  });

  it("buckets by year in the zone's calendar", () => {
    // 2024-12-31 23:30 UTC is already 2025-01-01 00:30 in Berlin (CET, +01:00).
    const responses = npsAt(["2024-12-31T23:30:00Z", 10], ["2024-06-01T12:00:00Z", 0]);
    const trend = scoreTrend(responses, {
      metric: "nps",
      period: "year",
      timeZone: "Europe/Berlin",
    });
    expect(trend.buckets.map((b) => [b.label, b.score.value])).toEqual([
      ["2024", -100],
      ["2025", 100],
    ]);
    expect(trend.buckets[1]!.start.toISOString()).toBe("2024-12-31T23:00:00.000Z");
  });

  it("puts 00:30 on 1 January in Berlin in January, though it is still December in UTC", () => {
    const responses = npsAt(["2024-01-01T00:30:00+01:00", 9]);
    const berlin = scoreTrend(responses, {
      metric: "nps",
      period: "month",
      timeZone: "Europe/Berlin",
    });
    expect(berlin.buckets.map((b) => b.label)).toEqual(["2024-01"]);
    // The month starts at midnight Berlin time: 2023-12-31T23:00Z.
    expect(berlin.buckets[0]!.start.toISOString()).toBe("2023-12-31T23:00:00.000Z");
    expect(berlin.buckets[0]!.end.toISOString()).toBe("2024-01-31T23:00:00.000Z");
    const utc = scoreTrend(responses, { metric: "nps", period: "month", timeZone: "UTC" });
    expect(utc.buckets.map((b) => b.label)).toEqual(["2023-12"]);
  });

  it("empty periods are present with n 0 and value null", () => {
    const responses = npsAt(["2024-03-01T10:00:00Z", 10], ["2024-03-04T10:00:00Z", 0]);
    const trend = scoreTrend(responses, { metric: "nps", period: "day", timeZone: "UTC" });
    expect(trend.buckets.map((b) => b.label)).toEqual([
      "2024-03-01",
      "2024-03-02",
      "2024-03-03",
      "2024-03-04",
    ]);
    expect(trend.buckets[1]!.score).toEqual(nps([]));
    expect(trend.buckets[0]!.score).toEqual(nps([10]));
  });

  it("follows daylight saving: 31 March 2024 lasts 23 hours in Berlin", () => {
    const responses = npsAt(["2024-03-31T12:00:00+02:00", 8]);
    const [day] = scoreTrend(responses, {
      metric: "nps",
      period: "day",
      timeZone: "Europe/Berlin",
    }).buckets;
    expect(day!.label).toBe("2024-03-31");
    expect(day!.end.getTime() - day!.start.getTime()).toBe(23 * HOUR);
  });

  it("starts weeks on Monday by default, or on weekStartsOn", () => {
    // Sunday 2024-03-10 and Monday 2024-03-11 (UTC).
    const responses = npsAt(["2024-03-10T12:00:00Z", 10], ["2024-03-11T12:00:00Z", 10]);
    const monday = scoreTrend(responses, { metric: "nps", period: "week", timeZone: "UTC" });
    expect(monday.buckets.map((b) => [b.label, b.score.n])).toEqual([
      ["2024-03-04", 1],
      ["2024-03-11", 1],
    ]);
    const sunday = scoreTrend(responses, {
      metric: "nps",
      period: "week",
      timeZone: "UTC",
      weekStartsOn: 0,
    });
    expect(sunday.buckets.map((b) => [b.label, b.score.n])).toEqual([["2024-03-10", 2]]);
  });

  it("labels quarters and fills from..to, counting responses outside", () => {
    const responses = npsAt(
      ["2024-02-10T12:00:00Z", 10],
      ["2024-08-10T12:00:00Z", 6],
      ["2025-01-10T12:00:00Z", 9],
    );
    const trend = scoreTrend(responses, {
      metric: "nps",
      period: "quarter",
      timeZone: "America/New_York",
      from: new Date("2024-01-15T00:00:00Z"),
      to: new Date("2024-12-01T00:00:00Z"),
    });
    expect(trend.buckets.map((b) => [b.label, b.score.n])).toEqual([
      ["2024-Q1", 1],
      ["2024-Q2", 0],
      ["2024-Q3", 1],
      ["2024-Q4", 0],
    ]);
    expect(trend.skipped).toEqual({ otherMetric: 0, otherScale: 0, outOfRange: 1 });
  });

  it("scores other metrics and scales, and counts what it skipped", () => {
    const responses = [
      response({
        kind: "csat",
        scale: "five_point",
        score: 5,
        respondedAt: "2024-03-01T10:00:00Z",
      }),
      response({
        kind: "csat",
        scale: "binary",
        score: "good",
        respondedAt: "2024-03-01T10:00:00Z",
      }),
      response({ kind: "nps", score: 5, respondedAt: "2024-03-01T10:00:00Z" }),
    ];
    const trend = scoreTrend(responses, {
      metric: "csat",
      scale: "five_point",
      period: "month",
      timeZone: "UTC",
    });
    expect(trend.buckets[0]!.score).toMatchObject({ scale: "five_point", value: 100, n: 1 });
    expect(trend.skipped).toEqual({ otherMetric: 1, otherScale: 1, outOfRange: 0 });
  });

  it("gives no buckets for no responses, or for only empty periods when from..to is given", () => {
    expect(scoreTrend([], { metric: "ces", period: "day", timeZone: "UTC" }).buckets).toEqual([]);
    const trend = scoreTrend([], {
      metric: "ces",
      period: "day",
      timeZone: "UTC",
      from: new Date("2024-03-01T00:00:00Z"),
      to: new Date("2024-03-02T12:00:00Z"),
    });
    expect(trend.buckets.map((b) => [b.label, b.score.n])).toEqual([
      ["2024-03-01", 0],
      ["2024-03-02", 0],
    ]);
  });

  it("rejects an unknown time zone, period or week start, and invalid dates", () => {
    const base = { metric: "nps", period: "month", timeZone: "UTC" } as const;
    expect(() => scoreTrend([], { ...base, timeZone: "Mars/Olympus" })).toThrow(
      'scoreTrend: options.timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Mars/Olympus"',
    );
    expect(() => scoreTrend([], { ...base, period: "decade" as "month" })).toThrow(
      /received "decade"/,
    );
    // A name Object.prototype has is no period either.
    expect(() => scoreTrend([], { ...base, period: "toString" as "month" })).toThrow(
      /received "toString"/,
    );
    expect(() => scoreTrend([], { ...base, weekStartsOn: 7 as 0 })).toThrow(
      /weekStartsOn: expected an integer from 0 \(Sunday\) to 6 \(Saturday\), received 7/,
    );
    expect(() => scoreTrend([], { ...base, from: new Date("nope") })).toThrow(
      /options.from: expected a valid Date/,
    );
  });

  it("refuses absurd ranges rather than building millions of buckets", () => {
    expect(() =>
      scoreTrend([], {
        metric: "nps",
        period: "day",
        timeZone: "UTC",
        from: new Date("1000-01-01T00:00:00Z"),
        to: new Date("2900-01-01T00:00:00Z"),
      }),
    ).toThrow(/at most 100000 buckets between/);
  });
});

describe("scoreTrend (properties)", () => {
  it("accounts for every response, in the bucket whose instants contain it", () => {
    const zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            // Eight months holding both DST changes of every zone below (Auckland's spring in
            // September 2023 and autumn in April 2024 included), so a day trend has ~240
            // buckets rather than the ~730 of two years.
            fc.integer({ min: Date.UTC(2023, 8, 1), max: Date.UTC(2024, 4, 1) }),
            fc.integer({ min: 0, max: 10 }),
          ),
          { maxLength: 40 },
        ),
        fc.constantFrom(...zones),
        fc.constantFrom("day" as const, "week" as const, "month" as const, "quarter" as const),
        (entries, timeZone, period) => {
          const responses = npsAt(
            ...entries.map(([time, score]): [string, number] => [
              new Date(time).toISOString(),
              score,
            ]),
          );
          const trend = scoreTrend(responses, { metric: "nps", period, timeZone });
          const counted = trend.buckets.reduce((sum, bucket) => sum + bucket.score.n, 0);
          expect(counted).toBe(responses.length);
          // Buckets tile time: each starts where the previous ended, and holds its responses.
          trend.buckets.forEach((bucket, i) => {
            if (i > 0) expect(bucket.start.getTime()).toBe(trend.buckets[i - 1]!.end.getTime());
            const inside = responses.filter(
              (r) => r.respondedAt >= bucket.start && r.respondedAt < bucket.end,
            );
            expect(bucket.score.n).toBe(inside.length);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
