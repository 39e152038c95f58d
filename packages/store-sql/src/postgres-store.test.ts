import { parseCase, parseCustomer, parseSurveyResponse } from "@rapport/core";
import { defineCareStore, generateEncryptionKey } from "@rapport/store";
import { runStoreConformance } from "@rapport/store/conformance";
import { Kysely, type KyselyPlugin, PostgresDialect } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createKyselyStore } from "./kysely-store";
import { statementSucceeds } from "./postgres.fixture";
import { createPostgresStore } from "./postgres-store";
import { SQL_TABLES } from "./sql-tables";

const url = process.env["RAPPORT_PG_URL"];

const available = await statementSucceeds(url, "select 1");
if (!available) {
  console.warn(
    `PostgreSQL store tests skipped: ${url ? `no server reachable at RAPPORT_PG_URL` : "RAPPORT_PG_URL is not set"}. ` +
      "To run them, start a PostgreSQL server (see CONTRIBUTING.md), e.g. apt-get install -y postgresql, " +
      "pg_ctlcluster 15 main start, create role rapport and database rapport, then " +
      "RAPPORT_PG_URL=postgres://rapport:rapport@127.0.0.1:5432/rapport npm test",
  );
}

// Each store gets its own schema, dropped when the store closes, so tests never share rows.
const schemaPrefix = `rapport_test_${process.pid}_${Date.now()}`;
let schemas = 0;

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

async function freshStore() {
  const schema = `${schemaPrefix}_${schemas++}`;
  const store = await createPostgresStore({ connectionString: url!, schema, maxConnections: 4 });
  return defineCareStore({
    forTenant: (tenant) => store.forTenant(tenant),
    close: async () => {
      await store.close();
      await dropSchema(schema);
    },
  });
}

// Each conformance run shares one migrated schema and one pool: each test gets tenants of
// its own (a prefix per test), whose rows are deleted when the test closes its store.
let tests = 0;

function sharedSchema(name: string, encryptionKey?: Uint8Array) {
  const schema = `${schemaPrefix}_${name}`;
  let shared: ReturnType<typeof createPostgresStore> | undefined;
  return {
    async tenantsOfOneTest() {
      shared ??= createPostgresStore({
        connectionString: url!,
        schema,
        maxConnections: 8,
        ...(encryptionKey ? { encryptionKey } : {}),
      });
      const store = await shared;
      const prefix = `t${tests++}:`;
      return defineCareStore({
        forTenant: (tenant) => ({ ...store.forTenant(prefix + tenant), tenant }),
        close: async () => {
          const client = new pg.Client({
            connectionString: url,
            options: `-c search_path=${schema}`,
          });
          await client.connect();
          try {
            const tables = [
              ...Object.values(SQL_TABLES),
              "deliveries",
              "data_keys",
              "suppressions",
            ];
            for (const table of tables) {
              await client.query(`delete from ${table} where starts_with(tenant, $1)`, [prefix]);
            }
          } finally {
            await client.end();
          }
        },
      });
    },
    async drop() {
      if (shared) await (await shared).close();
      await dropSchema(schema);
    },
  };
}

describe.skipIf(!available)("PostgreSQL", () => {
  const plain = sharedSchema("shared");
  const encrypted = sharedSchema("shared_encrypted", generateEncryptionKey());
  afterAll(async () => {
    await plain.drop();
    await encrypted.drop();
  });
  runStoreConformance(plain.tenantsOfOneTest, { describe, it, expect, name: "PostgreSQL store" });
  runStoreConformance(encrypted.tenantsOfOneTest, {
    describe,
    it,
    expect,
    name: "PostgreSQL store, encrypted",
    encrypted: true,
  });

  describe("createPostgresStore", () => {
    const opened: Array<{ close(): Promise<void> }> = [];
    afterAll(async () => {
      for (const store of opened) await store.close();
    });

    it("upserts batches larger than one statement, concurrently and overlapping, without deadlock", async () => {
      const store = await freshStore();
      try {
        const batch = Array.from({ length: 5000 }, (_, i) =>
          parseSurveyResponse({
            kind: "nps",
            score: i % 11,
            id: `big-${String(i).padStart(5, "0")}`,
            customerId: `c${i % 13}`,
            respondedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
          }),
        );
        const reports = await Promise.all([
          store.forTenant("acme").surveyResponses.upsert(batch),
          store.forTenant("acme").surveyResponses.upsert([...batch].reverse()),
          store.forTenant("acme").surveyResponses.upsert(batch.slice(2500)),
        ]);
        expect(reports.map((r) => r.stored)).toEqual([5000, 5000, 2500]);
        const [histogram] = await store.forTenant("acme").scoreCounts({ metric: "nps" });
        expect(histogram?.n).toBe(5000);
      } finally {
        await store.close();
      }
    });

    it("stores nothing of an upsertAll when a statement fails after the first entity", async () => {
      const schema = `${schemaPrefix}_atomic`;
      let seen = 0;
      let armed = false;
      const plugin: KyselyPlugin = {
        transformQuery: (args) => args.node,
        transformResult: async (args) => {
          if (armed && ++seen === 2) throw new Error("injected failure");
          return args.result;
        },
      };
      const pool = new pg.Pool({
        connectionString: url,
        max: 2,
        options: `-c search_path=${schema}`,
      });
      await pool.query(`create schema if not exists "${schema}"`);
      const db = new Kysely<never>({ dialect: new PostgresDialect({ pool }), plugins: [plugin] });
      const store = await createKyselyStore(db, { dialect: "postgres" });
      opened.push({ close: () => dropSchema(schema) });
      const acme = store.forTenant("acme");
      const batch = {
        customers: [parseCustomer({ id: "c1", name: "Ada" })],
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
      armed = true;
      await expect(acme.upsertAll(batch, { deliveryId: "import-1" })).rejects.toThrow(
        "injected failure",
      );
      armed = false;
      const rows = await pool.query(
        "select (select count(*) from customers) + (select count(*) from cases) + (select count(*) from deliveries) as n",
      );
      expect(Number(rows.rows[0].n)).toBe(0);
      expect((await acme.upsertAll(batch, { deliveryId: "import-1" })).duplicate).toBe(false);
      await store.close();
    });

    it("migrates its own schema while another schema of the database holds Kysely's tables", async () => {
      // Two stores side by side: the second used to find the first one's migration tables,
      // skip creating its own, and fail with 'relation "kysely_migration_lock" does not exist'.
      const first = await freshStore();
      try {
        const second = await freshStore();
        try {
          expect((await second.forTenant("acme").surveyResponses.query()).items).toEqual([]);
        } finally {
          await second.close();
        }
      } finally {
        await first.close();
      }
    });

    it("opens although a table of another schema is dropped while Kysely introspects", async () => {
      // Kysely's check for its migration tables reads every schema's tables; a concurrent
      // drop elsewhere makes it fail with undefined_table. Here the first such read fails so.
      const schema = `${schemaPrefix}_raced`;
      let raced = 0;
      const real = new pg.Pool({
        connectionString: url,
        max: 2,
        options: `-c search_path=${schema}`,
      });
      await real.query(`create schema if not exists "${schema}"`);
      const wrapped = new WeakSet<pg.PoolClient>();
      const pool = {
        connect: async () => {
          const client = await real.connect();
          if (!wrapped.has(client)) {
            wrapped.add(client);
            const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
            (client as { query: unknown }).query = (text: unknown, ...rest: unknown[]) =>
              typeof text === "string" && text.includes("pg_get_serial_sequence") && raced++ === 0
                ? Promise.reject(
                    Object.assign(new Error('relation "other.gone" does not exist'), {
                      code: "42P01",
                    }),
                  )
                : query(text, ...rest);
          }
          return client;
        },
        end: () => real.end(),
      };
      const db = new Kysely<never>({ dialect: new PostgresDialect({ pool }) });
      const store = await createKyselyStore(db, { dialect: "postgres" });
      opened.push({ close: () => dropSchema(schema) });
      expect(raced).toBeGreaterThan(1);
      expect((await store.forTenant("acme").surveyResponses.query()).items).toEqual([]);
      await store.close();
    });

    it("reopens a migrated schema and keeps its records", async () => {
      const schema = `${schemaPrefix}_reopen`;
      const first = await createPostgresStore({ connectionString: url!, schema });
      await first.forTenant("acme").surveyResponses.upsert(
        parseSurveyResponse({
          kind: "nps",
          score: 9,
          id: "r1",
          customerId: "c1",
          respondedAt: "2024-03-01T10:00:00Z",
        }),
      );
      await first.close();
      const second = await createPostgresStore({ connectionString: url!, schema });
      opened.push({ close: () => dropSchema(schema) });
      expect(second.dialect).toBe("postgres");
      expect(
        (await second.forTenant("acme").surveyResponses.query()).items.map((r) => r.id),
      ).toEqual(["r1"]);
      await second.close();
    });
  });
});

// In CI the server is part of the job: a missing one is a failure, not a skip.
describe.runIf(!available && Boolean(process.env["CI"]))("PostgreSQL in CI", () => {
  it("has a reachable server at RAPPORT_PG_URL", () => {
    expect(`RAPPORT_PG_URL=${url ?? "(unset)"} reachable: ${available}`).toBe(
      `RAPPORT_PG_URL=${url ?? "(unset)"} reachable: true`,
    );
  });
});

describe("createPostgresStore arguments", () => {
  it("refuses a missing connection string and a bad schema name before connecting", async () => {
    await expect(createPostgresStore({ connectionString: "" })).rejects.toThrow(
      'connectionString: expected a URI such as postgres://user:password@host:5432/database, received ""',
    );
    await expect(
      createPostgresStore({ connectionString: "postgres://x@127.0.0.1/x", schema: "a; drop" }),
    ).rejects.toThrow(
      'schema: expected a plain SQL identifier (letters, digits, underscores), received "a; drop"',
    );
  });

  it("closes its pool when the server refuses the connection", async () => {
    await expect(
      createPostgresStore({
        connectionString: "postgres://nobody:wrong@127.0.0.1:1/nothing",
        schema: "s",
      }),
    ).rejects.toThrow();
  });
});
