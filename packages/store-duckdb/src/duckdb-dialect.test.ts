import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseSurveyResponse } from "@rapport/core";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createDuckDbStore } from "./duckdb-store";

describe("DuckDbDialect", () => {
  const dir = mkdtempSync(join(tmpdir(), "rapport-duckdb-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("rolls a failed transaction back and reports the store's tables", async () => {
    const store = await createDuckDbStore();
    const db = store.kysely;
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into customers (tenant, id, customer_id, at_ms, data) values ('acme', 't1', 't1', 0, '{}')`.execute(
          trx,
        );
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    const count = await sql<{ n: number }>`select count(*) as n from customers`.execute(db);
    expect(count.rows[0]?.n).toBe(0);
    const { tables } = await db.introspection.getMetadata();
    expect(tables.map((t) => t.name)).toContain("survey_responses");
    expect((await db.introspection.getSchemas()).map((s) => s.name)).toContain("main");
    await expect(
      sql`select 1`.execute(db).then(() => db.executeQuery(sql`select 1`.compile(db))),
    ).resolves.toBeDefined();
    // Integers beyond 2^53 stay exact as bigint.
    const big = await sql<{ v: unknown }>`select 9007199254740993::bigint as v`.execute(db);
    expect(big.rows[0]?.v).toBe(9007199254740993n);
    await store.close();
  });

  it("keeps records in a file across reopening, migrating only once", async () => {
    const path = join(dir, "care.duckdb");
    const first = await createDuckDbStore({ path });
    await first.forTenant("acme").surveyResponses.upsert(
      parseSurveyResponse({
        kind: "nps",
        score: 9,
        id: "r1",
        customerId: "c1",
        respondedAt: "2024-03-01T10:00:00Z",
      }),
    );
    await first.close();
    const second = await createDuckDbStore({ path });
    expect((await second.forTenant("acme").surveyResponses.query()).items.map((r) => r.id)).toEqual(
      ["r1"],
    );
    const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(
      second.kysely,
    );
    expect(migrations.rows.map((row) => row.name)).toEqual([
      "0001_care_store",
      "0002_tenancy",
      "0003_personal_data_keys",
      "0004_data_subject_requests",
    ]);
    await second.close();
  });

  it("refuses a path that is not a string, and says why a database cannot open", async () => {
    await expect(createDuckDbStore({ path: "" })).rejects.toThrow(TypeError);
    await expect(createDuckDbStore({ path: 3 as never })).rejects.toThrow(/options.path/);
    await expect(createDuckDbStore({ path: join(dir, "missing", "x.duckdb") })).rejects.toThrow();
  });

  it("does not stream", async () => {
    const store = await createDuckDbStore();
    const stream = store.kysely
      .selectFrom("customers" as never)
      .selectAll()
      .stream();
    await expect(stream.next()).rejects.toThrow(/not supported/);
    await store.close();
  });
});
