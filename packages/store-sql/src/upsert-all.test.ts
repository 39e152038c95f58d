import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  caseId,
  customerId,
  parseCase,
  parseCustomer,
  parseDataSubjectRequest,
  recordId,
} from "@rapport/core";
import Database from "better-sqlite3";
import {
  Kysely,
  type KyselyPlugin,
  Migrator,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  SqliteDialect,
} from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createKyselyStore } from "./kysely-store";
import { createSqliteStore } from "./sqlite-store";
import { storeMigrations } from "./store-migrations";

/** A plugin that fails the `failAt`-th statement once armed, as a lost connection would. */
function failingPlugin(failAt: number): KyselyPlugin & { armed: boolean } {
  let seen = 0;
  const plugin = {
    armed: false,
    transformQuery: (args: PluginTransformQueryArgs) => args.node,
    transformResult: async (args: PluginTransformResultArgs) => {
      if (plugin.armed && ++seen === failAt) throw new Error("injected failure");
      return args.result;
    },
  };
  return plugin;
}

const batch = {
  customers: [parseCustomer({ id: "c1", name: "Ada" }), parseCustomer({ id: "c2" })],
  cases: [
    parseCase({
      id: "k1",
      customerId: "c1",
      channel: "email",
      status: "open",
      createdAt: "2024-03-01T10:00:00Z",
    }),
  ],
};

describe("upsertAll on SQLite", () => {
  it("stores nothing when a statement fails after the first entity", async () => {
    const plugin = failingPlugin(2);
    const db = new Kysely<never>({
      dialect: new SqliteDialect({ database: new Database(":memory:") }),
      plugins: [plugin],
    });
    const store = await createKyselyStore(db, { dialect: "sqlite" });
    const acme = store.forTenant("acme");
    plugin.armed = true;
    // Statement 1 is the delivery id, 2 the customers: the failure comes after the first write.
    await expect(acme.upsertAll(batch, { deliveryId: "import-1" })).rejects.toThrow(
      "injected failure",
    );
    plugin.armed = false;
    expect([
      (await acme.customers.query()).items.length,
      (await acme.cases.query()).items.length,
    ]).toEqual([0, 0]);
    // The delivery id was rolled back too: the retry is applied.
    const retry = await acme.upsertAll(batch, { deliveryId: "import-1" });
    expect([retry.duplicate, retry.reports.customers.stored, retry.reports.cases.stored]).toEqual([
      false,
      2,
      1,
    ]);
    await store.close();
  });
});

describe("the tenancy migration", () => {
  const dir = mkdtempSync(join(tmpdir(), "rapport-migrate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("moves the rows of a database from before tenancy into the default tenant", async () => {
    const filename = join(dir, "old.db");
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new Database(filename) }),
    });
    const migrations = storeMigrations("sqlite");
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("0001_care_store")).error).toBe(undefined);
    const raw = new Database(filename);
    raw
      .prepare("insert into customers (id, customer_id, at_ms, data) values (?, ?, ?, ?)")
      .run("c1", "c1", -8_640_000_000_000_000, JSON.stringify({ id: "c1", name: "Ada" }));
    raw
      .prepare("insert into cases (id, customer_id, at_ms, data) values (?, ?, ?, ?)")
      .run("k1", "c1", Date.parse("2024-03-01T10:00:00Z"), JSON.stringify(batch.cases[0]));
    raw.close();
    await db.destroy();
    const store = await createSqliteStore({ filename });
    expect((await store.forTenant("default").customers.get(customerId("c1")))?.name).toBe("Ada");
    expect((await store.forTenant("default").cases.get(caseId("k1")))?.status).toBe("open");
    expect(await store.forTenant("acme").customers.get(customerId("c1"))).toBe(undefined);
    await store.close();
  });
});

describe("the data-subject requests migration", () => {
  const dir = mkdtempSync(join(tmpdir(), "rapport-migrate-dsr-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("adds the requests table to a database made before it, keeping its rows", async () => {
    const filename = join(dir, "before-requests.db");
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new Database(filename) }),
    });
    const migrations = storeMigrations("sqlite");
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("0003_personal_data_keys")).error).toBe(undefined);
    // A database of the release before this entity had no such table.
    await db.schema.dropTable("data_subject_requests").execute();
    await db.destroy();
    const raw = new Database(filename);
    raw
      .prepare("insert into cases (tenant, id, customer_id, at_ms, data) values (?, ?, ?, ?, ?)")
      .run(
        "default",
        "k1",
        "c1",
        Date.parse("2024-03-01T10:00:00Z"),
        JSON.stringify(batch.cases[0]),
      );
    raw.close();
    const store = await createSqliteStore({ filename });
    const tenant = store.forTenant("default");
    const request = parseDataSubjectRequest({
      id: "dsr-1",
      customerId: "c1",
      right: "erasure",
      receivedAt: "2024-03-01T10:00:00Z",
    });
    expect((await tenant.dataSubjectRequests.upsert([request])).stored).toBe(1);
    expect(await tenant.dataSubjectRequests.get(recordId("dsr-1"))).toEqual(request);
    expect((await tenant.cases.get(caseId("k1")))?.status).toBe("open");
    await store.close();
  });
});
