import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { customerId, recordId } from "@rapport/core";
import { generateEncryptionKey, repositoryOf, STORE_ENTITIES } from "@rapport/store";
import { PERSONAL_VALUES, personalRecords } from "@rapport/store/conformance";
import { afterAll, describe, expect, it } from "vitest";
import { createDuckDbStore } from "./duckdb-store";

// The fixture's personal values (but the customer id, which erasure keeps as a key) and the
// consent proof as it is serialised.
const PLANTED: readonly string[] = [
  ...PERSONAL_VALUES.filter((value) => value !== "cust-ada-1"),
  '"authorizedBy":{"name":"Guardian Byron","relation":"parent"}',
];
const ADA = customerId("cust-ada-1");
const dir = mkdtempSync(join(tmpdir(), "rapport-duckdb-erasure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const fresh = () => join(dir, `care-${files++}.duckdb`);

/** Occurrences of each value in the database file and its WAL, as UTF-8 and UTF-16LE. */
function scan(filename: string): Record<string, number> {
  const bytes = [filename, `${filename}.wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path));
  const hits: Record<string, number> = {};
  for (const value of PLANTED) {
    let count = 0;
    for (const needle of [Buffer.from(value, "utf8"), Buffer.from(value, "utf16le")]) {
      for (const file of bytes) {
        for (let at = file.indexOf(needle); at !== -1; at = file.indexOf(needle, at + 1)) count++;
      }
    }
    if (count > 0) hits[value] = count;
  }
  return hits;
}

async function plant(filename: string, encryptionKey?: Uint8Array) {
  const root = await createDuckDbStore({
    path: filename,
    ...(encryptionKey ? { encryptionKey } : {}),
  });
  const store = root.forTenant("acme");
  const records = personalRecords();
  for (const entity of STORE_ENTITIES) await repositoryOf(store, entity).upsert(records[entity]);
  return { root, store };
}

const eraseAll = {
  delete: STORE_ENTITIES.map((entity) => ({
    entity,
    id: personalRecords()[entity][0]!.id,
  })) as never,
  customerId: ADA,
  suppression: {
    customerId: ADA,
    requestId: recordId("dsr-1"),
    erasedAt: new Date("2025-05-01T00:00:00Z"),
    optOuts: [],
  },
};

describe("erasure on disk (DuckDB)", () => {
  it("finds every planted value in the WAL of a store without an encryptionKey", async () => {
    const filename = fresh();
    const { root } = await plant(filename);
    // The control: the scan sees what DuckDB wrote, so an empty scan below means something.
    const hits = scan(filename);
    expect(PLANTED.filter((value) => !(value in hits))).toEqual([]);
    await root.close();
  });

  it("with an encryptionKey, no planted value is ever in the file or the WAL: before, after erasure, checkpoint and close", async () => {
    const filename = fresh();
    const encryptionKey = generateEncryptionKey();
    const { root, store } = await plant(filename, encryptionKey);
    expect(scan(filename)).toEqual({});
    const report = await store.erase(eraseAll);
    expect([report.deleted.length, report.keysDestroyed]).toEqual([9, 1]);
    expect(scan(filename)).toEqual({});
    // The documented step: CHECKPOINT writes the WAL into the file and empties it.
    await root.vacuumAfterErasure();
    expect(existsSync(`${filename}.wal`) ? readFileSync(`${filename}.wal`).length : 0).toBe(0);
    expect(scan(filename)).toEqual({});
    await root.close();
    expect(scan(filename)).toEqual({});
    // Reopened with the same key, the erased customer is gone and the suppression stays.
    const again = await createDuckDbStore({ path: filename, encryptionKey });
    expect(await again.forTenant("acme").customers.get(ADA)).toBe(undefined);
    expect((await again.forTenant("acme").suppressions.get(ADA))?.requestId).toBe("dsr-1");
    await again.close();
  });
});
