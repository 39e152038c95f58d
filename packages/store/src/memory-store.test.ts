import { customerId, parseCustomer } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { runLedgerConcurrencyProof, runStoreConformance } from "./conformance";
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

describe("runLedgerConcurrencyProof", () => {
  // A describe that declares at once and an it that only records names: what would run.
  const declared = (pairs: unknown) => {
    const names: string[] = [];
    runLedgerConcurrencyProof(() => createMemoryStore(), {
      describe: (_, body) => body(),
      it: (name) => names.push(name),
      expect,
      pairs: pairs as number,
    });
    return names;
  };

  it("declares one test of 1,000 pairs by default, or of the pairs asked for", () => {
    expect(declared(undefined)).toEqual([
      "1,000 concurrent grant/withdraw pairs: no withdrawal lost, no event overwritten",
    ]);
    expect(declared(3)).toEqual([
      "3 concurrent grant/withdraw pairs: no withdrawal lost, no event overwritten",
    ]);
  });

  it("refuses a pair count that is not a positive integer", () => {
    expect(() => declared(0)).toThrow(
      new RangeError("runLedgerConcurrencyProof: pairs: expected a positive integer, received 0"),
    );
    expect(() => declared(2.5)).toThrow(RangeError);
    expect(() => declared("50")).toThrow(TypeError);
  });
});
