import {
  type Case,
  type ConsentEvent,
  caseId,
  parseCase,
  parseConsentEvent,
  parseCustomer,
} from "@rapport/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDuckDbStore, type DuckDbCareStore } from "./duckdb-store";

// Batches above 500 records go through DuckDB's appender and one INSERT … SELECT … ON
// CONFLICT: the same guarantees as the small batches the conformance suite sends.
const COUNT = 600;
const ids = Array.from({ length: COUNT }, (_, i) => `k${String(i).padStart(4, "0")}`);
const caseAt = (id: string, status: "open" | "solved", updatedAt: string): Case =>
  parseCase({
    id,
    customerId: "c1",
    channel: "email",
    status,
    createdAt: "2024-03-01T10:00:00Z",
    updatedAt,
    ...(status === "solved" ? { solvedAt: updatedAt } : {}),
  });
const v1 = ids.map((id) => caseAt(id, "open", "2024-03-01T11:00:00Z"));
const v2 = ids.map((id) => caseAt(id, "solved", "2024-03-02T11:00:00Z"));
const grant = (id: string, customer: string): ConsentEvent =>
  parseConsentEvent({
    id,
    customerId: customer,
    purpose: "marketing",
    lawfulBasis: "consent",
    action: "grant",
    capturedAt: "2024-03-01T10:00:00Z",
    proof: { capturedBy: "web-form", method: "checkbox" },
  });

describe("upserts of more than 500 records on DuckDB (staged through the appender)", () => {
  let store: DuckDbCareStore;
  beforeAll(async () => {
    store = await createDuckDbStore();
  });
  afterAll(() => store.close());

  it("stores a batch in one delivery, once, and only for its tenant", async () => {
    const acme = store.forTenant("acme");
    const customers = ids.map((id) => parseCustomer({ id: `c-${id}`, name: `Name ${id}` }));
    const first = await acme.upsertAll({ customers, cases: v1 }, { deliveryId: "d-1" });
    expect([first.duplicate, first.reports.customers.stored, first.reports.cases.stored]).toEqual([
      false,
      600,
      600,
    ]);
    // The rows went through the staging table, which is left empty.
    const staged = await sql<{
      n: number;
    }>`select count(*) as n from temp.main.rapport_stage_cases`.execute(store.kysely);
    expect(staged.rows).toEqual([{ n: 0 }]);
    const again = await acme.upsertAll({ cases: v2 }, { deliveryId: "d-1" });
    expect([again.duplicate, again.reports.cases.stored]).toEqual([true, 0]);
    expect((await acme.cases.get(caseId("k0599")))?.status).toBe("open");
    // The same ids in another tenant are other records; acme's stay as they were.
    const globex = store.forTenant("globex");
    expect(
      (await globex.upsertAll({ cases: v2 }, { deliveryId: "d-1" })).reports.cases.stored,
    ).toBe(600);
    expect((await globex.cases.get(caseId("k0000")))?.status).toBe("solved");
    expect((await acme.cases.get(caseId("k0000")))?.status).toBe("open");
    expect((await acme.cases.query({ limit: 1000 })).items.length).toBe(600);
  });

  it("never lets an older version replace a newer one", async () => {
    const acme = store.forTenant("acme");
    expect((await acme.cases.upsert(v2)).stored).toBe(600);
    // v1 again: every record is stale and stays solved; the batch mixing both keeps v2.
    const older = await acme.cases.upsert(v1);
    expect([older.stored, older.stale.length, older.stale[0]]).toEqual([0, 600, "k0000"]);
    const mixed = await acme.cases.upsert([...v1.slice(0, 300), ...v2.slice(300)]);
    expect([mixed.stored, mixed.stale.length]).toEqual([300, 300]);
    const page = await acme.cases.query({ limit: 1000 });
    expect(page.items.every((c) => c.status === "solved")).toBe(true);
  });

  it("keeps consent events append-only: the same event is acknowledged, another is refused", async () => {
    const acme = store.forTenant("acme");
    const events = ids.map((id) => grant(`e-${id}`, "c1"));
    expect((await acme.consentEvents.upsert(events)).stored).toBe(600);
    const same = await acme.consentEvents.upsert(events);
    expect([same.stored, same.conflicts.length]).toEqual([600, 0]);
    // 600 ids re-used for another customer: all refused, the stored events unchanged.
    const reused = await acme.consentEvents.upsert(ids.map((id) => grant(`e-${id}`, "c2")));
    expect([reused.stored, reused.conflicts.length]).toEqual([0, 600]);
    const page = await acme.consentEvents.query({ limit: 1000 });
    expect(page.items.filter((e) => e.customerId === "c1").length).toBe(600);
  });
});
