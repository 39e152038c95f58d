import { customerId, parseCustomer, recordId } from "@rapport/core";
import { PERSONAL_VALUES, personalRecords } from "./conformance-records";
import type { ConformanceExpect, ConformanceTest } from "./conformance-test";

const ADA = customerId("cust-ada-1");
const suppression = {
  customerId: ADA,
  requestId: recordId("dsr-1"),
  erasedAt: new Date("2025-05-01T00:00:00Z"),
  optOuts: [
    { purpose: "selling", action: "object" as const, at: new Date("2025-04-01T00:00:00Z") },
  ],
};

/**
 * The erasure tests of the conformance suite that go beyond deleting records: suppression
 * records, and (for stores made with an `encryptionKey`) crypto-shredding. Internal.
 */
export function erasureConformance(
  test: ConformanceTest,
  expect: ConformanceExpect,
  encrypted: boolean,
): void {
  test("stores a suppression record with the erasure, and finds it by customer id only", async (store, root) => {
    await store.customers.upsert(personalRecords().customers);
    const report = await store.erase({
      delete: [{ entity: "customers", id: ADA }],
      customerId: ADA,
      suppression,
    });
    expect([report.deleted.length, report.suppressionStored]).toEqual([1, true]);
    expect(await store.suppressions.get(ADA)).toEqual(suppression);
    expect(await store.suppressions.get(customerId("cust-ada-2"))).toBe(undefined);
    expect(await root.forTenant("tenant-b").suppressions.get(ADA)).toBe(undefined);
    // The customer comes back (a re-import): the suppression record is still there.
    await store.customers.upsert(parseCustomer({ id: ADA, name: "Ada again" }));
    expect((await store.suppressions.get(ADA))?.optOuts).toEqual(suppression.optOuts);
    const later = { ...suppression, requestId: recordId("dsr-2"), optOuts: [] };
    await store.suppressions.put(later);
    expect(await store.suppressions.get(ADA)).toEqual(later);
  });

  if (!encrypted) return;

  test("crypto-shredding: erasure destroys the data key, and what it left behind reads erased", async (store, root) => {
    const records = personalRecords();
    await store.customers.upsert(records.customers);
    await store.consentEvents.upsert(records.consentEvents);
    await store.careGestures.upsert(records.careGestures);
    await store.transactions.upsert(records.transactions);
    // An erasure that keeps the transaction (a legal obligation) and the consent event.
    const report = await store.erase({
      delete: [{ entity: "customers", id: ADA }],
      customerId: ADA,
    });
    expect(report.keysDestroyed).toBe(1);
    const kept = [
      await store.consentEvents.get(recordId("con-1")),
      await store.careGestures.get(recordId("ges-1")),
      await store.transactions.get(recordId("txn-1")),
    ];
    const dump = JSON.stringify(kept);
    expect(PERSONAL_VALUES.filter((v) => v !== "cust-ada-1" && dump.includes(v))).toEqual([]);
    expect(kept.map((record) => record?.id)).toEqual(["con-1", "ges-1", "txn-1"]);
    expect(kept[1] && "reason" in kept[1] ? kept[1].reason : null).toBe("(erased)");
    expect(kept[0] && "proof" in kept[0] ? kept[0].proof : null).toEqual({
      capturedBy: "web-form",
      method: "checkbox",
    });
    // A second erasure finds no key; a re-import gets a fresh one and reads back whole.
    expect((await store.erase({ customerId: ADA })).keysDestroyed).toBe(0);
    // Another tenant's customer with the same id keeps their key and their fields.
    const other = root.forTenant("tenant-b");
    await other.customers.upsert(records.customers);
    await store.erase({ customerId: ADA });
    expect((await other.customers.get(ADA))?.name).toBe("Ada Lovelace-Secret");
    await store.customers.upsert(records.customers);
    expect(await store.customers.get(ADA)).toEqual(records.customers[0]);
  });
}
