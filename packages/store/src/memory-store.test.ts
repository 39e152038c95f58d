import { customerId, parseCustomer } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { runStoreConformance } from "./conformance";
import { generateEncryptionKey } from "./field-cipher";
import { createMemoryStore } from "./memory-store";

runStoreConformance(() => createMemoryStore(), { describe, it, expect, name: "memory store" });
runStoreConformance(() => createMemoryStore({ encryptionKey: generateEncryptionKey() }), {
  describe,
  it,
  expect,
  name: "memory store, encrypted",
  encrypted: true,
});

describe("createMemoryStore", () => {
  it("returns fresh copies, so callers cannot change what is stored", async () => {
    const store = createMemoryStore().forTenant("acme");
    const input = parseCustomer({ id: "c1", emails: ["a@example.com"] });
    await store.customers.upsert(input);
    input.emails.push("changed@example.com");
    const read = await store.customers.get(customerId("c1"));
    read?.emails.push("changed@example.com");
    expect((await store.customers.get(customerId("c1")))?.emails).toEqual(["a@example.com"]);
  });

  it("deletes only ids that are there", async () => {
    const store = createMemoryStore().forTenant("acme");
    await store.customers.upsert([parseCustomer({ id: "c1" }), parseCustomer({ id: "c2" })]);
    expect(await store.customers.delete([customerId("c1"), customerId("c9")])).toBe(1);
    expect(await store.customers.delete([customerId("c9")])).toBe(0);
    expect((await store.customers.query()).items.map((c) => c.id)).toEqual(["c2"]);
  });
});
