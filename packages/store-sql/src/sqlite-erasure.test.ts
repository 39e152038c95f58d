import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { customerId, recordId } from "@rapport/core";
import { generateEncryptionKey, repositoryOf, STORE_ENTITIES } from "@rapport/store";
import { personalRecords } from "@rapport/store/conformance";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PLANTED, scanFiles } from "./disk-scan.fixture";
import { createSqliteStore } from "./sqlite-store";

const ADA = customerId("cust-ada-1");
const dir = mkdtempSync(join(tmpdir(), "rapport-erasure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const fresh = () => join(dir, `care-${files++}.db`);
const filesOf = (db: string) => [db, `${db}-wal`, `${db}-shm`];

/** Every record of the fixture's customer, all of them deleted, as an erasure plan would. */
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

async function plant(filename: string, encryptionKey?: Uint8Array) {
  const root = await createSqliteStore({ filename, ...(encryptionKey ? { encryptionKey } : {}) });
  const store = root.forTenant("acme");
  const records = personalRecords();
  for (const entity of STORE_ENTITIES) await repositoryOf(store, entity).upsert(records[entity]);
  return { store, close: () => root.close() };
}

const open = async (options: Parameters<typeof createSqliteStore>[0]) => {
  const root = await createSqliteStore(options);
  return { store: root.forTenant("acme"), close: () => root.close() };
};

describe("erasure on disk (SQLite)", () => {
  it("with an encryptionKey, no planted value ever reaches the file, the WAL or the SHM", async () => {
    const filename = fresh();
    const { store, close } = await plant(filename, generateEncryptionKey());
    expect(scanFiles(filesOf(filename), PLANTED)).toEqual({});
    const report = await store.erase(eraseAll);
    expect([report.deleted.length, report.keysDestroyed]).toEqual([9, 1]);
    expect(scanFiles(filesOf(filename), PLANTED)).toEqual({});
    await close();
    expect(scanFiles(filesOf(filename), PLANTED)).toEqual({});
  });

  it("without one, secure_delete and the WAL checkpoint leave no planted value after erasure", async () => {
    const filename = fresh();
    const { store, close } = await plant(filename);
    // The scan finds what is there: each planted value is in the WAL before the erasure.
    const before = scanFiles(filesOf(filename), PLANTED);
    expect(PLANTED.filter((value) => !(value in before))).toEqual([]);
    await store.erase(eraseAll);
    expect(scanFiles(filesOf(filename), PLANTED)).toEqual({});
    await close();
    expect(scanFiles(filesOf(filename), PLANTED)).toEqual({});
  });
});

describe("erasure and SQLite's write lock", () => {
  it("gives up after its retries while another connection holds the lock, erasing nothing", async () => {
    const filename = fresh();
    await (await plant(filename)).close();
    const { store: locked, close } = await open({ filename, busyTimeoutMs: 5, erasureRetries: 1 });
    const other = new Database(filename);
    other.exec("begin immediate");
    await expect(locked.erase(eraseAll)).rejects.toThrow(
      "erase: the database stayed locked by another writer after 2 attempts; nothing was erased, try again",
    );
    other.exec("rollback");
    expect((await locked.customers.get(ADA))?.name).toBe("Ada Lovelace-Secret");
    // Once the other writer is done, the same erasure goes through.
    expect((await locked.erase(eraseAll)).deleted.length).toBe(9);
    other.close();
    await close();
  });

  it("waits for a writer that finishes while it retries, then erases everything", async () => {
    const filename = fresh();
    await (await plant(filename)).close();
    const { store: waiting, close } = await open({ filename, busyTimeoutMs: 5, erasureRetries: 5 });
    const other = new Database(filename);
    other.exec("begin immediate");
    other.prepare("insert into suppressions (tenant, key, data) values ('acme', 'k', '{}')").run();
    // The other writer commits during the erasure's first pause (20 ms after a 5 ms wait).
    setTimeout(() => other.exec("commit"), 1);
    const report = await waiting.erase(eraseAll);
    expect([report.deleted.length, report.notFound.length]).toEqual([9, 0]);
    for (const entity of STORE_ENTITIES) {
      expect([entity, (await repositoryOf(waiting, entity).query()).items.length]).toEqual([
        entity,
        0,
      ]);
    }
    other.close();
    await close();
  });
});

describe("erasure in the SQLite store's queue", () => {
  it("runs among calls sent at once, in the order sent, without waiting on itself", async () => {
    const { store, close } = await plant(fresh(), generateEncryptionKey());
    // Sent together: the erasure takes its turn, and its own statements do not queue again.
    const [before, report, after, suppression] = await Promise.all([
      store.customers.get(ADA),
      store.erase(eraseAll),
      store.customers.get(ADA),
      store.suppressions.get(ADA),
    ]);
    expect([
      before?.name,
      report.deleted.length,
      report.keysDestroyed,
      after,
      suppression?.requestId,
    ]).toEqual(["Ada Lovelace-Secret", 9, 1, undefined, "dsr-1"]);
    await close();
  });
});
