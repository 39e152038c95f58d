import { customerId } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { PERSONAL_VALUES, personalRecords } from "./conformance-records";
import { type DataKeyTable, memoryDataKeyTable } from "./data-key-table";
import { generateEncryptionKey } from "./field-cipher";
import { prepareUpsert } from "./prepare-upsert";
import { createRecordSealer } from "./record-sealer";
import { STORE_ENTITIES } from "./store-entity";

const ADA = customerId("cust-ada-1");
const fixedKey = Uint8Array.from({ length: 32 }, (_, i) => i);

describe("createRecordSealer", () => {
  it("writes no personal value in the clear, and reads every entity back unchanged", async () => {
    const sealer = createRecordSealer(memoryDataKeyTable(), {
      encryptionKey: generateEncryptionKey(),
    });
    const records = personalRecords();
    for (const entity of STORE_ENTITIES) {
      const prepared = prepareUpsert(entity, records[entity]).records;
      const texts = await sealer.seal(entity, prepared);
      const leaked = PERSONAL_VALUES.filter((v) => v !== "cust-ada-1" && texts[0]!.includes(v));
      expect([entity, leaked]).toEqual([entity, []]);
      expect(await sealer.open(entity, texts)).toEqual(records[entity]);
    }
  });

  it("binds each sealed value to its record: moved to another record, it does not open", async () => {
    const sealer = createRecordSealer(memoryDataKeyTable(), { encryptionKey: fixedKey });
    const [text] = await sealer.seal(
      "cases",
      prepareUpsert("cases", personalRecords().cases).records,
    );
    const moved = text!.replace('"id":"case-1"', '"id":"case-2"');
    await expect(sealer.open("cases", [moved])).rejects.toThrow();
  });

  it("needs the master key the records were written with", async () => {
    const table = memoryDataKeyTable();
    const records = prepareUpsert("customers", personalRecords().customers).records;
    const texts = await createRecordSealer(table, { encryptionKey: fixedKey }).seal(
      "customers",
      records,
    );
    const other = createRecordSealer(table, { encryptionKey: generateEncryptionKey() });
    await expect(other.open("customers", texts)).rejects.toThrow();
    await expect(createRecordSealer(table, {}).open("customers", texts)).rejects.toThrow(
      "encryptionKey: expected the key the store's records were written with (they are encrypted), received nothing (the field is missing)",
    );
  });

  it("reads fields as erased once the customer's key is destroyed", async () => {
    const sealer = createRecordSealer(memoryDataKeyTable(), { encryptionKey: fixedKey });
    const records = personalRecords();
    const gestures = await sealer.seal(
      "careGestures",
      prepareUpsert("careGestures", records.careGestures).records,
    );
    const customers = await sealer.seal(
      "customers",
      prepareUpsert("customers", records.customers).records,
    );
    expect(await sealer.forget([ADA])).toBe(1);
    const [gesture] = await sealer.open("careGestures", gestures);
    const [customer] = await sealer.open("customers", customers);
    expect(gesture?.reason).toBe("(erased)");
    expect([customer?.name, customer?.emails, customer?.phones, customer?.segment]).toEqual([
      undefined,
      [],
      [],
      "smb",
    ]);
  });

  it("hashes ids for suppression records: SHA-256 without a key, HMAC from the key with one", async () => {
    // python3: hashlib.sha256(b"rapport/suppression/c1").hexdigest()
    expect(
      await createRecordSealer(memoryDataKeyTable(), {}).suppressionKey(customerId("c1")),
    ).toBe("dbbe478a15ac63c4cf58945956940c13dae69be4eb2666cb09f549b401df653e");
    // python3: HKDF-SHA-256 (RFC 5869, empty salt) of bytes 0..31 with info
    // b"rapport/suppression-hash/v1", then hmac.new(okm, b"c1", sha256).hexdigest()
    const keyed = createRecordSealer(memoryDataKeyTable(), { encryptionKey: fixedKey });
    expect(await keyed.suppressionKey(customerId("c1"))).toBe(
      "aef9850337cffec29e8a90043335df122e37a9a74b54d6ce0972ec34f94ad047",
    );
  });

  it("refuses a master key that is not 32 bytes", async () => {
    const short = createRecordSealer(memoryDataKeyTable(), { encryptionKey: new Uint8Array(16) });
    await expect(short.suppressionKey(customerId("c1"))).rejects.toThrow(
      "encryptionKey: expected 32 bytes (256 bits), received",
    );
  });

  it("stores the rest of each record as its JSON would be, the sealed box last", async () => {
    const sealer = createRecordSealer(memoryDataKeyTable(), { encryptionKey: fixedKey });
    const records = personalRecords();
    const prepared = prepareUpsert("customers", records.customers).records;
    const [text] = await sealer.seal("customers", prepared);
    // By hand: the customer's JSON without name, emails, phones, externalIds, organization.
    const expected = JSON.parse(JSON.stringify(records.customers[0]));
    for (const field of ["name", "emails", "phones", "externalIds", "organization"]) {
      delete expected[field];
    }
    const stored = JSON.parse(text!);
    expect(Object.keys(stored).at(-1)).toBe("~sealed");
    delete stored["~sealed"];
    expect(stored).toEqual(expected);
  });

  it("uses the key another writer added first, not the one it made", async () => {
    const shared = memoryDataKeyTable();
    const first = createRecordSealer(shared, { encryptionKey: fixedKey });
    const records = prepareUpsert("careGestures", personalRecords().careGestures).records;
    const theirs = await first.seal("careGestures", records);
    // A table whose first read misses the key, as if the other writer had not committed yet.
    let reads = 0;
    const late: DataKeyTable = {
      get: async (ids) => (reads++ === 0 ? new Map() : shared.get(ids)),
      add: (keys) => shared.add(keys),
      destroy: (ids) => shared.destroy(ids),
    };
    const second = createRecordSealer(late, { encryptionKey: fixedKey });
    const ours = await second.seal("careGestures", records);
    // Both open with the one key in the table, from a sealer that has cached none.
    const reader = createRecordSealer(shared, { encryptionKey: fixedKey });
    expect(await reader.open("careGestures", [...theirs, ...ours])).toEqual([
      ...personalRecords().careGestures,
      ...personalRecords().careGestures,
    ]);
    expect(await second.forget([ADA])).toBe(1);
    expect((await reader.open("careGestures", ours))[0]?.reason).toBe("(erased)");
  });
});
