// A proof at scale, in the slow project (`test:slow`, part of `npm test`): see CONTRIBUTING.md.
import { defineCareStore } from "@rapport/store";
import { runLedgerConcurrencyProof } from "@rapport/store/conformance";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { statementSucceeds } from "./postgres.fixture";
import { createPostgresStore } from "./postgres-store";

const url = process.env["RAPPORT_PG_URL"];

const available = await statementSucceeds(url, "select 1");
if (!available) {
  console.warn(
    `The PostgreSQL ledger proof at scale skipped: ${url ? "no server reachable at RAPPORT_PG_URL" : "RAPPORT_PG_URL is not set"} (see CONTRIBUTING.md, "Services some tests need").`,
  );
}

// The store gets a schema of its own, dropped when it closes.
const schema = `rapport_slow_${process.pid}_${Date.now()}`;

async function freshStore() {
  const store = await createPostgresStore({ connectionString: url!, schema, maxConnections: 8 });
  return defineCareStore({
    forTenant: (tenant) => store.forTenant(tenant),
    close: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  });
}

describe.skipIf(!available)("PostgreSQL", () => {
  runLedgerConcurrencyProof(freshStore, {
    describe,
    it,
    expect,
    name: "PostgreSQL store ledger at scale",
  });
});
