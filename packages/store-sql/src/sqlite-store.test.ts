import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCustomer, parseSurveyResponse } from "@rapport/core";
import { generateEncryptionKey } from "@rapport/store";
import { runStoreConformance } from "@rapport/store/conformance";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "./sqlite-store";

runStoreConformance(() => createSqliteStore({ filename: ":memory:" }), {
  describe,
  it,
  expect,
  name: "SQLite store (:memory:)",
});
runStoreConformance(
  () => createSqliteStore({ filename: ":memory:", encryptionKey: generateEncryptionKey() }),
  { describe, it, expect, name: "SQLite store (:memory:), encrypted", encrypted: true },
);

describe("createSqliteStore", () => {
  const dir = mkdtempSync(join(tmpdir(), "rapport-sqlite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates its database and WAL files readable by their owner only", async () => {
    const filename = join(dir, "private.db");
    const store = await createSqliteStore({ filename });
    await store
      .forTenant("acme")
      .customers.upsert(parseCustomer({ id: "c1", name: "Ada", email: "ada@example.com" }));
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(filename)).toBe(0o600);
    expect(mode(`${filename}-wal`)).toBe(0o600);
    await store.close();
  });

  it("keeps records in a file across reopening, migrating only once", async () => {
    const filename = join(dir, "care.db");
    const first = await createSqliteStore({ filename });
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
    const second = await createSqliteStore({ filename });
    expect((await second.forTenant("acme").surveyResponses.query()).items.map((r) => r.id)).toEqual(
      ["r1"],
    );
    await second.close();
    const raw = new Database(filename, { readonly: true });
    const tables = raw
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .all()
      .map((row) => (row as { name: string }).name);
    const migrations = raw.prepare("select name from kysely_migration").all();
    const journal = raw.pragma("journal_mode", { simple: true });
    raw.close();
    expect(tables).toEqual([
      "care_gestures",
      "cases",
      "consent_events",
      "customers",
      "data_keys",
      "data_subject_requests",
      "deliveries",
      "interactions",
      "journey_events",
      "kysely_migration",
      "kysely_migration_lock",
      "suppressions",
      "survey_responses",
      "transactions",
    ]);
    expect(migrations).toEqual([
      { name: "0001_care_store" },
      { name: "0002_tenancy" },
      { name: "0003_personal_data_keys" },
      { name: "0004_data_subject_requests" },
    ]);
    expect(journal).toBe("wal");
  });

  it("uses the covering index for score histograms", async () => {
    const filename = join(dir, "plan.db");
    const store = await createSqliteStore({ filename });
    await store.close();
    const raw = new Database(filename, { readonly: true });
    const plan = raw
      .prepare(
        "explain query plan select scale, score, count(*) from survey_responses where tenant = 'acme' and kind = 'nps' and at_ms >= 0 group by 1, 2",
      )
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join("; ");
    raw.close();
    expect(plan).toContain("USING COVERING INDEX survey_responses_scores");
  });

  it("refuses a missing filename", async () => {
    await expect(createSqliteStore({ filename: "" })).rejects.toThrow(
      'filename: expected a file path or ":memory:", received ""',
    );
  });
});
