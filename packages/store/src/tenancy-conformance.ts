import { customerId, parseConsentEvent, parseSurveyResponse, recordId } from "@rapport/core";
import { repositoryOf } from "./care-store";
import { PERSONAL_VALUES, personalRecords } from "./conformance-records";
import {
  type ConformanceExpect,
  type ConformanceTest,
  errorOf,
  everything,
} from "./conformance-test";
import { STORE_ENTITIES } from "./store-entity";

const nps = (id: string, customer: string, score: number) =>
  parseSurveyResponse({
    kind: "nps",
    id,
    customerId: customer,
    respondedAt: "2024-01-05T10:00:00Z",
    score,
  });

/** The conformance tests of tenancy: tenant A never sees or touches tenant B's records; internal. */
export function tenancyTests(test: ConformanceTest, expect: ConformanceExpect): void {
  test("tenant A never reads, counts, pages, score-counts, erases or overwrites tenant B's records", async (a, root) => {
    const b = root.forTenant("tenant-b");
    const records = personalRecords();
    // The same ids in both tenants: B's records first, then A's, every entity.
    for (const entity of STORE_ENTITIES) await repositoryOf(b, entity).upsert(records[entity]);
    await b.surveyResponses.upsert([nps("resp-1", "cust-ada-1", 10), nps("resp-b2", "c-b", 9)]);
    const before = JSON.stringify(await everything(b));
    expect(JSON.stringify(await everything(a))).toBe(
      JSON.stringify(await everything(root.forTenant("tenant-c"))),
    );
    for (const entity of STORE_ENTITIES) {
      const repository = repositoryOf(a, entity);
      const [record] = records[entity];
      expect([entity, await repository.get(record!.id)]).toEqual([entity, undefined]);
      const page = await repository.query({ customerId: customerId("cust-ada-1"), limit: 1 });
      expect([entity, page.items.length, page.nextCursor]).toEqual([entity, 0, null]);
    }
    expect(await a.scoreCounts({ metric: "nps" })).toEqual([]);
    // A's erasure of B's ids finds nothing, and A's deletes and pseudonymisations change nothing of B's.
    const report = await a.erase({
      delete: [{ entity: "customers", id: customerId("cust-ada-1") }],
      pseudonymise: [{ entity: "surveyResponses", id: recordId("resp-1") }],
    });
    expect(report.notFound.length).toBe(2);
    expect(await a.consentEvents.delete([recordId("con-1")])).toBe(0);
    expect(await a.surveyResponses.pseudonymise([recordId("resp-b2")], customerId("x"))).toBe(0);
    // A writes the same ids with its own content: both tenants keep their own.
    await a.surveyResponses.upsert(nps("resp-1", "cust-ada-1", 0));
    const consent = parseConsentEvent({
      ...records.consentEvents[0],
      action: "withdraw",
      capturedAt: "2024-02-01T00:00:00Z",
    });
    expect((await a.consentEvents.upsert(consent)).conflicts).toEqual([]);
    await a.upsertAll({ customers: [{ ...records.customers[0]!, name: "Someone Else" }] });
    expect(JSON.stringify(await everything(b))).toBe(before);
    expect((await a.surveyResponses.get(recordId("resp-1")))?.score).toBe(0);
    expect((await b.surveyResponses.get(recordId("resp-1")))?.score).toBe(10);
    expect((await a.consentEvents.get(recordId("con-1")))?.action).toBe("withdraw");
    expect((await b.consentEvents.get(recordId("con-1")))?.action).toBe("grant");
    expect((await a.scoreCounts({ metric: "nps" }))[0]?.counts).toEqual({ "0": 1 });
    expect((await b.scoreCounts({ metric: "nps" }))[0]?.counts).toEqual({ "10": 1, "9": 1 });
    // B's erasure leaves A's records as they are.
    await b.erase({ delete: [{ entity: "customers", id: customerId("cust-ada-1") }] });
    expect((await a.customers.get(customerId("cust-ada-1")))?.name).toBe("Someone Else");
    const dumpB = JSON.stringify(await b.customers.query());
    expect(PERSONAL_VALUES.filter((v) => v !== "cust-ada-1" && dumpB.includes(v))).toEqual([]);
  });

  test("refuses an unscoped call and a bad tenant id", async (_a, root) => {
    const unscoped = root as unknown as Record<string, { get(id: string): unknown }>;
    expect(await errorOf(() => unscoped["customers"]!.get("c1"))).toBe(
      "TypeError: store.customers: every store call is scoped to one tenant; call store.forTenant(tenant).customers instead",
    );
    expect(await errorOf(() => (unscoped["erase"] as unknown as () => unknown)())).toBe(
      "TypeError: store.erase: every store call is scoped to one tenant; call store.forTenant(tenant).erase instead",
    );
    expect(await errorOf(() => root.forTenant(undefined as never))).toBe(
      "TypeError: forTenant: tenant: expected a tenant id (a string of 1 to 256 characters, no NUL), received nothing (the field is missing)",
    );
    expect(await errorOf(() => root.forTenant(""))).toBe(
      'RangeError: forTenant: tenant: expected a tenant id (a string of 1 to 256 characters, no NUL), received ""',
    );
    expect(
      (await errorOf(() => root.forTenant("a\u0000b"))).startsWith("RangeError: forTenant"),
    ).toBe(true);
    expect(
      (await errorOf(() => root.forTenant("\uD800"))).startsWith("RangeError: forTenant"),
    ).toBe(true);
    expect(root.forTenant("acme").tenant).toBe("acme");
  });
}
