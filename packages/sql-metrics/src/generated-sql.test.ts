import { Kysely, PostgresDialect } from "kysely";
import pkg from "node-sql-parser";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { duckdbEngine } from "./__fixtures__/engines.fixture";
import { compileOnlyKysely } from "./compile-only-kysely";
import { compileCaseRate } from "./sql-case-rates";
import type { SqlMetricsDialect, SqlSource } from "./sql-dialect";
import { compileKaplanMeier } from "./sql-kaplan-meier";
import { compileRfmSummary } from "./sql-rfm-summary";
import { compileScoreTrend } from "./sql-score-trend";
import { compileServiceDurations } from "./sql-service-durations";

const { Parser } = pkg;
const parser = new Parser();

// The SQL each query sends, compiled for each engine. BigQuery and Snowflake SQL is parsed by
// node-sql-parser in that engine's grammar and kept as snapshots; DuckDB and PostgreSQL run
// the same queries for real in the other tests of this package (node-sql-parser's PostgreSQL
// grammar has no `at time zone`, so PostgreSQL's is only snapshotted and run).
const GRAMMAR: Partial<Record<SqlMetricsDialect, string>> = {
  bigquery: "BigQuery",
  snowflake: "Snowflake",
};

const duck = await duckdbEngine();
afterAll(() => duck.close());
const SOURCES: ReadonlyArray<SqlSource> = [
  { db: compileOnlyKysely("bigquery"), dialect: "bigquery" },
  { db: compileOnlyKysely("snowflake"), dialect: "snowflake" },
  {
    db: new Kysely<never>({ dialect: new PostgresDialect({ pool: new pg.Pool() }) }),
    dialect: "postgres",
  },
  duck.source,
];

const asOf = new Date("2024-06-30T00:00:00Z");
const QUERIES = {
  "NPS by month in Lord Howe, per agent": (s: SqlSource) =>
    compileScoreTrend(s, {
      metric: "nps",
      period: "month",
      timeZone: "Australia/Lord_Howe",
      groupBy: "agentId",
      from: new Date("2024-01-01T00:00:00Z"),
      to: new Date("2024-06-15T00:00:00Z"),
    }),
  "reopen rate per team": (s: SqlSource) => compileCaseRate(s, "reopen", { groupBy: "teamId" }),
  "response rate per channel": (s: SqlSource) =>
    compileCaseRate(s, "response", { groupBy: "channel" }),
  "resolution durations, timestamps": (s: SqlSource) =>
    compileServiceDurations(s, {
      duration: "resolution",
      layout: { cases: { timeUnit: "timestamp" } },
    }),
  "RFM by Berlin week": (s: SqlSource) =>
    compileRfmSummary(s, { asOf, unit: "week", timeZone: "Europe/Berlin" }),
  "Kaplan-Meier inputs": (s: SqlSource) => compileKaplanMeier(s, { asOf }),
};

describe.each(SOURCES.map((s) => [s.dialect, s] as const))(
  "generated SQL for %s",
  (dialect, source) => {
    it.each(Object.entries(QUERIES))("%s", (name, compile) => {
      const compiled = compile(source);
      const grammar = GRAMMAR[dialect];
      if (grammar !== undefined) {
        expect(() => parser.astify(compiled.sql, { database: grammar })).not.toThrow();
      }
      expect({ sql: compiled.sql, parameters: compiled.parameters }).toMatchSnapshot(
        `${dialect}: ${name}`,
      );
    });
  },
);

it("quotes identifiers the engine's way and never puts a value in the SQL text", () => {
  const layout = { surveyResponses: { table: "analytics.answers", agentId: "rep" } };
  const options = {
    metric: "csat" as const,
    scale: "binary" as const,
    period: "week" as const,
    timeZone: "America/Santiago",
    groupBy: "agentId" as const,
    layout,
    from: new Date("2024-09-01T00:00:00Z"),
    to: new Date("2024-09-20T00:00:00Z"),
  };
  expect(compileScoreTrend(SOURCES[0]!, options).sql).toContain("from `analytics`.`answers`");
  expect(compileScoreTrend(SOURCES[1]!, options).sql).toContain('from "analytics"."answers"');
  const rfm = compileRfmSummary(SOURCES[0]!, { asOf, unit: "day", timeZone: "America/New_York" });
  expect(rfm.parameters).toEqual(["America/New_York", "America/New_York"]);
  expect(rfm.sql).toContain("@p1");
  expect(rfm.sql).not.toContain("New_York");
  expect(compileRfmSummary(SOURCES[1]!, { asOf, unit: "day" }).sql).toContain(":2");
  expect(() => compileOnlyKysely("duckdb" as never)).toThrow(RangeError);
  // A tenant's source reads only its rows, the tenant id bound as a parameter.
  const scoped = compileCaseRate({ ...SOURCES[1]!, tenant: "acme" }, "reopen");
  expect(scoped.sql).toContain(
    'from (select * from "care_cases" where "tenant" = :1) as "care_cases"',
  );
  expect(scoped.parameters).toEqual(["acme"]);
  expect(() => compileCaseRate({ ...SOURCES[1]!, tenant: "" }, "reopen")).toThrow(TypeError);
});
