import { createDuckDbStore, type DuckDbCareStore } from "@rapport/store-duckdb";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlScoreTrend } from "./sql-score-trend";
import { textComparisons } from "./text-comparison";

// 2024-03-10T12:00Z: NPS answers 10, 9, 3 and 7 (2 promoters, 1 detractor of 4: 25), a CSAT
// answer, an NPS answer on the binary scale and a NULL kind; 2024-04-02T00:00Z: an NPS 0 (-100).
const ROWS = `('nps', 'zero_to_ten', '10', 1710072000000), ('nps', 'zero_to_ten', '9', 1710072000000),
  ('nps', 'zero_to_ten', '3', 1710072000000), ('nps', 'zero_to_ten', '7', 1710072000000),
  ('csat', 'five_point', '4', 1710072000000), ('nps', 'binary', 'good', 1710072000000),
  (null, 'zero_to_ten', '10', 1710072000000), ('nps', 'zero_to_ten', '0', 1712016000000)`;

describe("ENUM kind and scale columns in DuckDB", () => {
  let store: DuckDbCareStore;
  const run = (statement: string) =>
    store.kysely.executeQuery({ sql: statement, parameters: [] } as never);
  beforeAll(async () => {
    store = await createDuckDbStore();
    // A label with a quote checks that the cast's type is written as literals.
    await run(`create type answer_kind as enum ('nps', 'csat', 'it''s')`);
    await run(`create table enum_answers (kind answer_kind,
      scale enum ('zero_to_ten', 'binary', 'five_point'), score text, at_ms bigint)`);
    await run(`create table text_answers (kind text, scale text, score text, at_ms bigint)`);
    await run(`insert into enum_answers values ${ROWS}`);
    await run(`insert into text_answers values ${ROWS}`);
  });
  afterAll(() => store.close());

  const trend = (table: string, metric: "nps" | "ces" = "nps") =>
    sqlScoreTrend(
      { db: store.kysely, dialect: "duckdb" },
      {
        metric,
        period: "month",
        timeZone: "UTC",
        layout: { surveyResponses: { table } },
      },
    );

  it("gives the hand-counted trend and skipped counts, the same as text columns", async () => {
    const fromEnums = await trend("enum_answers");
    expect(fromEnums.buckets.map((b) => [b.label, b.score.n, b.score.value])).toEqual([
      ["2024-03", 4, 25],
      ["2024-04", 1, -100],
    ]);
    expect(fromEnums.skipped).toEqual({ otherMetric: 2, otherScale: 1, outOfRange: 0 });
    expect(fromEnums).toEqual(await trend("text_answers"));
  });

  it("counts every row as another metric when the ENUM lacks the metric", async () => {
    const ces = await trend("enum_answers", "ces");
    expect(ces).toEqual({
      buckets: [],
      skipped: { otherMetric: 8, otherScale: 0, outOfRange: 0 },
    });
    expect(ces).toEqual(await trend("text_answers", "ces"));
  });

  it("compares ENUM codes in the scan, and text columns as text", async () => {
    const plan = async (table: string) => {
      const source = { db: store.kysely, dialect: "duckdb" as const };
      const equals = await textComparisons(source, sql.table(table), {
        kind: "kind",
        scale: "scale",
      });
      const result = await sql<{ explain_value: string }>`explain select count(*) from ${sql.table(
        table,
      )} where ${equals.kind("nps")} and ${equals.scale("zero_to_ten")}`.execute(store.kysely);
      return result.rows.map((r) => r.explain_value).join("\n");
    };
    const enumPlan = await plan("enum_answers");
    expect(enumPlan).toContain("kind='nps'");
    expect(enumPlan).toContain("scale='zero_to_ten'");
    expect(enumPlan).not.toContain("CAST(");
    expect(await plan("text_answers")).toContain("kind='nps'");
  });
});
