import { definePurposes, erasurePlan } from "@rapport/consent";
import { customerId, parseCustomer, recordId } from "@rapport/core";
import { createMemoryStore, erasureRequestOf, generateEncryptionKey } from "@rapport/store";
import { describe, expect, it } from "vitest";
import { allowAnyone } from "../access/allow-anyone";
import { createCareApp } from "../create-care-app";
import { loadCustomerSources } from "../customer-records";

const purposes = definePurposes([
  {
    id: "selling",
    description: "Sale of personal information",
    lawfulBasis: "legitimate_interests",
    requirement: "opt_out",
    sellsOrShares: true,
  },
  {
    id: "marketing",
    description: "News and offers",
    lawfulBasis: "legitimate_interests",
    requirement: "opt_out",
  },
]);

const post = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("consent after erasure (finding 4)", () => {
  it("an opted-out customer, erased and re-imported, still reads allowed: false", async () => {
    const root = createMemoryStore({ encryptionKey: generateEncryptionKey() });
    const store = root.forTenant("acme");
    let clock = new Date("2025-04-01T09:00:00Z");
    let n = 0;
    const app = createCareApp({
      store: root,
      authorize: allowAnyone({ tenant: "acme" }),
      warn: () => {},
      purposes,
      now: () => clock,
      newId: () => `evt_${++n}`,
    });
    const ada = customerId("cus_ada");
    const record = parseCustomer({ id: ada, name: "Ada", emails: ["ada@example.com"] });
    await store.customers.upsert(record);
    const decide = async (purpose: string) =>
      (await (await app.request(`/customers/cus_ada/consent`)).json()).purposes.find(
        (p: { purpose: string }) => p.purpose === purpose,
      );
    // Before anything: an opt-out purpose is allowed until the customer says no.
    expect(await decide("selling")).toMatchObject({ allowed: true, reason: "not_opted_out" });
    const optOut = await app.request(
      "/customers/cus_ada/consent",
      post({ purpose: "selling", action: "withdraw", lawfulBasis: "legitimate_interests" }),
    );
    expect((await optOut.json()).decision).toMatchObject({ allowed: false, state: "denied" });

    clock = new Date("2025-05-01T00:00:00Z");
    const plan = erasurePlan(ada, await loadCustomerSources(store, ada), {
      requestId: recordId("dsr_1"),
      requestedAt: clock,
    });
    const report = await store.erase(erasureRequestOf(plan));
    expect([report.deleted.length, report.keysDestroyed, report.suppressionStored]).toEqual([
      2,
      1,
      true,
    ]);
    expect((await store.consentEvents.query()).items).toEqual([]);

    // A nightly import brings the customer back.
    clock = new Date("2025-06-01T00:00:00Z");
    await store.customers.upsert(record);
    expect(await decide("selling")).toMatchObject({
      allowed: false,
      state: "denied",
      reason: "suppressed",
      evidence: ["dsr_1"],
    });
    // A purpose they never refused reads as erased, not as a silent yes.
    expect(await decide("marketing")).toMatchObject({ allowed: false, reason: "erased" });
  });
});
