import {
  type ConsentEvent,
  caseId,
  customerId,
  parseCase,
  parseConsentEvent,
  parseCustomer,
  recordId,
} from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import type { ConformanceExpect, ConformanceTest } from "./conformance-test";

const T0 = Date.parse("2024-06-01T00:00:00Z");

const consent = (
  id: string,
  customer: string,
  action: "grant" | "withdraw",
  atMs: number,
): ConsentEvent =>
  parseConsentEvent({
    id,
    customerId: customer,
    purpose: "marketing",
    lawfulBasis: "consent",
    action,
    capturedAt: new Date(atMs).toISOString(),
    proof: { capturedBy: "web-form", method: "checkbox" },
  });

const caseVersion = (status: "open" | "solved", updatedAt: string) =>
  parseCase({
    id: "case-v",
    customerId: "c1",
    channel: "email",
    status,
    createdAt: "2024-03-01T10:00:00Z",
    updatedAt,
    ...(status === "solved" ? { solvedAt: updatedAt } : {}),
  });

/**
 * The conformance tests of the append-only consent ledger, record versions, and imports
 * stored at once with deduplicated deliveries; internal.
 */
export function ledgerTests(test: ConformanceTest, expect: ConformanceExpect): void {
  test("consent ledger: the same event again is acknowledged, a different one under its id refused", async (store) => {
    const grant = consent("con-1", "c1", "grant", T0);
    expect(await store.consentEvents.upsert(grant)).toEqual({
      stored: 1,
      rejected: [],
      conflicts: [],
      stale: [],
    });
    expect((await store.consentEvents.upsert([grant, grant])).stored).toBe(1);
    // The id again for another customer, and for a withdrawal: refused, the grant stays.
    const reused = await store.consentEvents.upsert([
      consent("con-1", "mallory", "grant", T0 + 1),
      consent("con-2", "c1", "withdraw", T0 + 2),
      consent("con-1", "c1", "withdraw", T0 + 3),
    ]);
    expect([reused.stored, reused.conflicts.map((c) => [c.index, c.id])]).toEqual([
      1,
      [
        [0, "con-1"],
        [2, "con-1"],
      ],
    ]);
    expect(reused.conflicts[0]?.reason).toBe(
      'id: expected an id not used by a different consent event, received "con-1"',
    );
    expect(await store.consentEvents.get(recordId("con-1"))).toEqual(grant);
    expect((await store.consentEvents.query({ customerId: customerId("mallory") })).items).toEqual(
      [],
    );
  });

  test("an older version never replaces a newer one: v1 open, v2 solved, v1 again keeps v2", async (store) => {
    const v1 = caseVersion("open", "2024-03-01T11:00:00Z");
    const v2 = caseVersion("solved", "2024-03-02T11:00:00Z");
    expect((await store.cases.upsert(v1)).stored).toBe(1);
    expect((await store.cases.upsert(v2)).stored).toBe(1);
    expect(await store.cases.upsert(v1)).toEqual({
      stored: 0,
      rejected: [],
      conflicts: [],
      stale: ["case-v"],
    });
    expect(await store.cases.get(caseId("case-v"))).toEqual(v2);
    // Within one batch too: the same version again is stored, the older one left out.
    const batch = await store.cases.upsert([v2, v1]);
    expect([batch.stored, batch.stale]).toEqual([1, ["case-v"]]);
    expect(await store.cases.get(caseId("case-v"))).toEqual(v2);
    const { updatedAt: _, ...unversioned } = v1;
    expect((await store.cases.upsert(unversioned)).stale).toEqual(["case-v"]);
    expect(await store.cases.get(caseId("case-v"))).toEqual(v2);
  });

  test("upsertAll stores every entity together and applies a delivery once", async (store, root) => {
    const batch = {
      customers: [parseCustomer({ id: "c1", name: "Ada" })],
      cases: [caseVersion("open", "2024-03-01T11:00:00Z")],
      consentEvents: [consent("con-d", "c1", "grant", T0)],
    };
    const first = await store.upsertAll(batch, { deliveryId: "zendesk:d-1" });
    expect([first.duplicate, first.reports.customers.stored, first.reports.cases.stored]).toEqual([
      false,
      1,
      1,
    ]);
    expect(first.reports.transactions).toEqual({
      stored: 0,
      rejected: [],
      conflicts: [],
      stale: [],
    });
    const changed = { customers: [parseCustomer({ id: "c1", name: "Changed" })] };
    const again = await store.upsertAll(changed, { deliveryId: "zendesk:d-1" });
    expect([again.duplicate, again.reports.customers.stored]).toEqual([true, 0]);
    expect((await store.customers.get(customerId("c1")))?.name).toBe("Ada");
    // Deliveries are remembered per tenant.
    const other = await root
      .forTenant("tenant-b")
      .upsertAll(changed, { deliveryId: "zendesk:d-1" });
    expect(other.duplicate).toBe(false);
    const invalid = await store.upsertAll({ customers: [{ id: "" } as never] });
    expect([invalid.duplicate, invalid.reports.customers.rejected.length]).toEqual([false, 1]);
  });
}

/**
 * The ledger under concurrent writes: `pairs` customers each get a grant and a withdrawal at
 * once, each its own call, then every grant's id again for another customer; internal. The
 * unit suite runs 50 pairs, the slow suite 1,000. `where` names the option in errors.
 */
export function ledgerConcurrencyTest(
  test: ConformanceTest,
  expect: ConformanceExpect,
  pairs: number,
  where: string,
): void {
  if (typeof pairs !== "number") throw new TypeError(expectedMessage(where, "a number", pairs));
  if (!Number.isInteger(pairs) || pairs < 1) {
    throw new RangeError(expectedMessage(where, "a positive integer", pairs));
  }
  test(`${pairs.toLocaleString("en")} concurrent grant/withdraw pairs: no withdrawal lost, no event overwritten`, async (store) => {
    const sentPairs = Array.from({ length: pairs }, (_, i) => [
      consent(`g-${i}`, `lc-${i}`, "grant", T0 + i * 1000),
      consent(`w-${i}`, `lc-${i}`, "withdraw", T0 + i * 1000 + 500),
    ]);
    // Every write at once, each its own call, withdrawals of odd pairs sent before their
    // grants; then every grant's id again for another customer, in one batch.
    const reports = await Promise.all(
      sentPairs.flatMap(([grant, withdraw], i) =>
        (i % 2 === 0 ? [grant!, withdraw!] : [withdraw!, grant!]).map((event) =>
          store.consentEvents.upsert(event),
        ),
      ),
    );
    const reused = await store.consentEvents.upsert(
      sentPairs.map(([grant]) => consent(grant!.id, "mallory", "withdraw", T0)),
    );
    const acknowledged = reports.filter((r) => r.stored === 1).length;
    expect([acknowledged, reused.stored, reused.conflicts.length]).toEqual([2 * pairs, 0, pairs]);
    const stored: ConsentEvent[] = [];
    for await (const page of store.consentEvents.stream({ limit: 1000 })) stored.push(...page);
    const sent = new Map(
      sentPairs.flat().map((event) => [event.id as string, JSON.stringify(event)]),
    );
    const storedIds = new Set(stored.map((e) => e.id as string));
    const lost = [...sent.keys()].filter((id) => !storedIds.has(id)).length;
    const overwritten = stored.filter((e) => sent.get(e.id) !== JSON.stringify(e)).length;
    // The latest event by time of every customer is the withdrawal.
    const latest = new Map<string, ConsentEvent>();
    for (const event of stored) {
      const seen = latest.get(event.customerId);
      if (!seen || seen.capturedAt < event.capturedAt) latest.set(event.customerId, event);
    }
    const withdrawn = [...latest.values()].filter((e) => e.action === "withdraw").length;
    expect({ stored: stored.length, lost, overwritten, withdrawn }).toEqual({
      stored: 2 * pairs,
      lost: 0,
      overwritten: 0,
      withdrawn: pairs,
    });
  });
}
