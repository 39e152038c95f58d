import { caseId, customerId, recordId } from "@rapport/core";
import { repositoryOf } from "./care-store";
import { npsAnswer as nps, PERSONAL_VALUES, personalRecords } from "./conformance-records";
import {
  type ConformanceExpect,
  type ConformanceTest,
  errorOf,
  everything,
} from "./conformance-test";
import { STORE_ENTITIES } from "./store-entity";

/** The conformance tests of `erase` on records: deleting and pseudonymising. Internal. */
export function eraseRecordsTests(test: ConformanceTest, expect: ConformanceExpect): void {
  test("erasure deletes and pseudonymises, leaving no personal value behind", async (store) => {
    const records = personalRecords();
    for (const entity of STORE_ENTITIES) await repositoryOf(store, entity).upsert(records[entity]);
    await store.surveyResponses.upsert(nps("other", "c-other", "2024-01-05T11:00:00Z", 10));
    const report = await store.erase({
      delete: [
        { entity: "customers", id: customerId("cust-ada-1") },
        { entity: "interactions", id: recordId("int-1") },
        { entity: "cases", id: caseId("case-1") },
        { entity: "journeyEvents", id: recordId("jev-1") },
        { entity: "cases", id: caseId("case-never-stored") },
      ],
      pseudonymise: [
        { entity: "surveyResponses", id: recordId("resp-1") },
        { entity: "consentEvents", id: recordId("con-1") },
        { entity: "transactions", id: recordId("txn-1") },
        { entity: "careGestures", id: recordId("ges-1") },
        { entity: "dataSubjectRequests", id: recordId("dsr-ada-1") },
      ],
      pseudonym: customerId("anon-1"),
    });
    expect(report.deleted.map((t) => t.id)).toEqual(["cust-ada-1", "int-1", "case-1", "jev-1"]);
    expect(report.pseudonymised.map((t) => t.id)).toEqual([
      "resp-1",
      "con-1",
      "txn-1",
      "ges-1",
      "dsr-ada-1",
    ]);
    expect(report.notFound).toEqual([{ entity: "cases", id: "case-never-stored" }]);
    const dump = JSON.stringify(await everything(store));
    expect(PERSONAL_VALUES.filter((value) => dump.includes(value))).toEqual([]);
    for (const entity of STORE_ENTITIES) {
      const left = await repositoryOf(store, entity).query({
        customerId: customerId("cust-ada-1"),
      });
      expect([entity, left.items.length]).toEqual([entity, 0]);
    }
    // What remains still counts: the pseudonymised detractor and the other promoter.
    const [histogram] = await store.scoreCounts({ metric: "nps" });
    expect(histogram?.counts).toEqual({ "3": 1, "10": 1 });
    const kept = await store.surveyResponses.get(recordId("resp-1"));
    expect([kept?.customerId, kept?.score, kept?.comment]).toEqual(["anon-1", 3, undefined]);
    // The request stays as proof that it was answered in time, without the person.
    const request = await store.dataSubjectRequests.get(recordId("dsr-ada-1"));
    expect([request?.customerId, request?.right, request?.completedAt, request?.source]).toEqual([
      "anon-1",
      "access",
      new Date("2024-02-10T09:00:00Z"),
      undefined,
    ]);
  });

  test("pseudonymising a customer keeps the id and drops every personal field", async (store) => {
    await store.customers.upsert(personalRecords().customers);
    await store.erase({
      pseudonymise: [{ entity: "customers", id: customerId("cust-ada-1") }],
    });
    const customer = await store.customers.get(customerId("cust-ada-1"));
    const dump = JSON.stringify(customer);
    expect(PERSONAL_VALUES.filter((v) => v !== "cust-ada-1" && dump.includes(v))).toEqual([]);
    expect([customer?.segment, customer?.timeZone]).toEqual(["smb", "Europe/London"]);
    expect(
      await errorOf(() => store.erase({ delete: [{ entity: "tickets", id: "t1" } as never] })),
    ).toEqual(
      'RangeError: erase: delete[0].entity: expected one of "customers" | "cases" | "interactions" | "surveyResponses" | "journeyEvents" | "consentEvents" | "transactions" | "careGestures" | "dataSubjectRequests", received "tickets"',
    );
  });
}
