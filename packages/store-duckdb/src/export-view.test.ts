import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createDuckDbStore } from "./duckdb-store";
import { createExportView, exportTable } from "./export-view";

describe("exportTable and createExportView", () => {
  const dir = mkdtempSync(join(tmpdir(), "rapport-duckdb-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a CSV export and its Parquet copy in place, with the same rows", async () => {
    const csv = join(dir, "answers.csv");
    writeFileSync(
      csv,
      "id,score,responded_at\nr1,9,2024-03-01T10:00:00Z\nr2,3,2024-03-02T10:00:00Z\nr3,10,2024-04-01T10:00:00Z\n",
    );
    const store = await createDuckDbStore();
    const parquet = join(dir, "answer's.parquet");
    await sql`copy (select * from ${exportTable(csv)}) to ${sql.lit(parquet)} (format parquet)`.execute(
      store.kysely,
    );
    await createExportView(store.kysely, "answers", parquet);
    const rows = await sql<{ id: string; score: number }>`
      select id, score from answers order by id`.execute(store.kysely);
    // Hand count: three rows, scores 9, 3 and 10.
    expect(rows.rows).toEqual([
      { id: "r1", score: 9 },
      { id: "r2", score: 3 },
      { id: "r3", score: 10 },
    ]);
    const total = await sql<{ n: number }>`select sum(score) as n from ${exportTable(csv)}`.execute(
      store.kysely,
    );
    expect(total.rows[0]?.n).toBe(22);
    await store.close();
  });

  it("names what is wrong with a path, a format or a view name", async () => {
    expect(() => exportTable("answers.json")).toThrow(RangeError);
    expect(() => exportTable("answers.json")).toThrow(/exportTable: options.format: expected/);
    expect(() => exportTable("x", { format: "xlsx" as never })).toThrow(RangeError);
    expect(() => exportTable(undefined as never)).toThrow(TypeError);
    const store = await createDuckDbStore();
    await expect(createExportView(store.kysely, "a; drop", "x.csv")).rejects.toThrow(RangeError);
    await store.close();
  });
});
