import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { customerId, recordId } from "@rapport/core";
import {
  decodeStoreRecord,
  encodeStoreRecord,
  generateEncryptionKey,
  repositoryOf,
  STORE_ENTITIES,
  type StoreEntity,
  type StoreRecords,
} from "@rapport/store";
import { personalRecords } from "@rapport/store/conformance";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PLANTED, scanFiles } from "./disk-scan.fixture";
import { statementSucceeds } from "./postgres.fixture";
import { createPostgresStore } from "./postgres-store";

const url = process.env["RAPPORT_PG_URL"];

/**
 * Where the server keeps its files, if this process can read them: RAPPORT_PG_DATA_DIR, the
 * server's own `data_directory` (superusers may ask), or Debian's default for its version.
 */
async function dataDirectory(): Promise<string | undefined> {
  if (!url) return undefined;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  const candidates = [process.env["RAPPORT_PG_DATA_DIR"]];
  try {
    await client.connect();
    const version = await client.query("show server_version_num");
    const major = Math.floor(Number(version.rows[0].server_version_num) / 10_000);
    try {
      const setting = await client.query("select current_setting('data_directory') as dir");
      candidates.push(setting.rows[0].dir);
    } catch {
      // Not a superuser: try the packaged default.
    }
    candidates.push(`/var/lib/postgresql/${major}/main`);
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
  return candidates.find((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, "pg_wal"), constants.R_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const dataDir = await dataDirectory();
// Whether the test's role may run CHECKPOINT (a superuser, or pg_checkpoint on 15+).
const canCheckpoint = dataDir !== undefined && (await statementSucceeds(url, "checkpoint"));
if (dataDir && !canCheckpoint) {
  console.warn(
    "PostgreSQL key-material test skipped: it needs CHECKPOINT (a superuser or the pg_checkpoint " +
      "role, which scripts/services.sh grants) to put the heap on disk before it scans.",
  );
}

/** One statement on a connection of its own. */
async function query(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}
if (!dataDir) {
  console.warn(
    "PostgreSQL on-disk erasure test skipped: it needs RAPPORT_PG_URL and read access to the " +
      "server's data directory (run the tests as the postgres user or root on the database host, " +
      "or set RAPPORT_PG_DATA_DIR).",
  );
}

/** The fixture's records with every planted value made unique to this run, and those values. */
function plantedRecords(tag: string) {
  const values = PLANTED.map((value) => ({ value, unique: `${tag}-${value}` }));
  const records = {} as { [E in StoreEntity]: StoreRecords[E][] };
  for (const entity of STORE_ENTITIES) {
    records[entity] = personalRecords()[entity].map((record) => {
      let json = encodeStoreRecord(entity, record as never);
      // The consent proof JSON is planted whole; its values one by one.
      for (const { value } of values) json = json.replaceAll(value, `${tag}-${value}`);
      return decodeStoreRecord(entity, json);
    }) as never;
  }
  const uniques = values.filter(({ value }) => !value.startsWith('"')).map(({ unique }) => unique);
  return { records, uniques };
}

/** The store's relation files (tables, TOAST, indexes), not the WAL. */
async function relationFiles(schema: string): Promise<string[]> {
  const rows = await query(
    `select pg_relation_filepath(c.oid) as path from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind in ('r', 't', 'i')`,
    [schema],
  );
  return rows.map((row) => join(dataDir!, row.path as string));
}

/** WAL segments written since `since`, and the store's relation files. */
async function filesToScan(schema: string, since: number): Promise<string[]> {
  const wal = join(dataDir!, "pg_wal");
  const segments = readdirSync(wal)
    .filter((name) => /^[0-9A-F]{24}$/.test(name))
    .map((name) => join(wal, name))
    .filter((path) => statSync(path).mtimeMs >= since - 1000);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const relations = await client.query(
      `select pg_relation_filepath(c.oid) as path from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relkind in ('r', 't', 'i')`,
      [schema],
    );
    return [...segments, ...relations.rows.map((row) => join(dataDir!, row.path as string))];
  } finally {
    await client.end();
  }
}

async function dropSchema(schema: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
}

describe.skipIf(!dataDir)("erasure on disk (PostgreSQL)", () => {
  it("with an encryptionKey, no planted value reaches the WAL or the heap, before or after erasure", async () => {
    const since = Date.now();
    const tag = `${process.pid}-${since}`;
    const plain = `rapport_disk_plain_${process.pid}`;
    const sealed = `rapport_disk_sealed_${process.pid}`;
    const control = plantedRecords(`plain-${tag}`);
    const planted = plantedRecords(`sealed-${tag}`);
    const plainRoot = await createPostgresStore({ connectionString: url!, schema: plain });
    const root = await createPostgresStore({
      connectionString: url!,
      schema: sealed,
      encryptionKey: generateEncryptionKey(),
    });
    const plainStore = plainRoot.forTenant("acme");
    const store = root.forTenant("acme");
    try {
      for (const entity of STORE_ENTITIES) {
        await repositoryOf(plainStore, entity).upsert(control.records[entity]);
        await repositoryOf(store, entity).upsert(planted.records[entity]);
      }
      // The WAL alone is not enough for the control: a record that crosses one of the WAL's
      // 8 kB pages has a page header in the middle, which can split a planted value. After a
      // checkpoint every value is whole in the heap too.
      if (canCheckpoint) await query("checkpoint");
      // The control: without a key, every planted value is on disk once committed.
      const controlHits = scanFiles(await filesToScan(plain, since), control.uniques);
      expect(control.uniques.filter((value) => !(value in controlHits))).toEqual([]);
      expect(scanFiles(await filesToScan(sealed, since), planted.uniques)).toEqual({});

      const ada = customerId("cust-ada-1");
      const report = await store.erase({
        delete: STORE_ENTITIES.map((entity) => ({
          entity,
          id: planted.records[entity][0]!.id,
        })) as never,
        customerId: ada,
        suppression: {
          customerId: ada,
          requestId: recordId("dsr-1"),
          erasedAt: new Date(),
          optOuts: [],
        },
      });
      expect([report.deleted.length, report.keysDestroyed]).toEqual([9, 1]);
      await root.vacuumAfterErasure();
      expect(scanFiles(await filesToScan(sealed, since), planted.uniques)).toEqual({});
    } finally {
      await root.close();
      await plainRoot.close();
      await dropSchema(plain);
      await dropSchema(sealed);
    }
    // The WAL written meanwhile by the server's other work is scanned too: allow for it.
  }, 120_000);
});

describe.skipIf(!canCheckpoint)("erased key material on disk (PostgreSQL)", () => {
  it("after erasure and vacuumAfterErasure({ full: true }), the wrapped data key is in no table file", async () => {
    const tag = `keys-${process.pid}-${Date.now()}`;
    const schema = `rapport_disk_keys_${process.pid}`;
    const planted = plantedRecords(tag);
    const root = await createPostgresStore({
      connectionString: url!,
      schema,
      encryptionKey: generateEncryptionKey(),
    });
    const store = root.forTenant("acme");
    try {
      for (const entity of STORE_ENTITIES) {
        await repositoryOf(store, entity).upsert(planted.records[entity]);
      }
      const [key] = await query(
        `select wrapped from "${schema}".data_keys where tenant = 'acme' and customer_id = 'cust-ada-1'`,
      );
      const wrapped = String(key?.wrapped);
      // On disk after a checkpoint: the scan finds the wrapped key in the heap, no plaintext.
      await query("checkpoint");
      const files = await relationFiles(schema);
      expect(scanFiles(files, [wrapped])[wrapped]).toBeGreaterThanOrEqual(1);
      expect(scanFiles(files, planted.uniques)).toEqual({});

      const ada = customerId("cust-ada-1");
      const report = await store.erase({
        delete: STORE_ENTITIES.map((entity) => ({
          entity,
          id: planted.records[entity][0]!.id,
        })) as never,
        customerId: ada,
        suppression: {
          customerId: ada,
          requestId: recordId("dsr-1"),
          erasedAt: new Date(),
          optOuts: [],
        },
      });
      expect(report.keysDestroyed).toBe(1);
      await root.vacuumAfterErasure({ full: true });
      await query("checkpoint");
      // VACUUM FULL wrote new files; the old ones are unlinked by the checkpoint.
      const after = await relationFiles(schema);
      expect(scanFiles(after, [wrapped])).toEqual({});
      expect(scanFiles(after, planted.uniques)).toEqual({});
    } finally {
      await root.close();
      await dropSchema(schema);
    }
  }, 120_000);
});
