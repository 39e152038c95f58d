import type { CareStore } from "@rapport/store";
import { createMemoryStore } from "@rapport/store";
import { createPostgresStore, createSqliteStore } from "@rapport/store-sql";
import type { describe as Describe, expect as Expect, it as It } from "vitest";
import { allowAnyone } from "./access/allow-anyone";
import { createCareApp } from "./create-care-app";

const T0 = Date.parse("2024-06-01T00:00:00Z");

interface Acknowledged {
  event: { id: string; customerId: string; action: string; capturedAt: string };
}

const url = process.env["RAPPORT_PG_URL"];
if (!url)
  console.warn("The consent ledger over HTTP on PostgreSQL skipped: RAPPORT_PG_URL is not set.");
// On PostgreSQL the rows go to a tenant of this run alone, deleted through the store at the end.
const tenant = `ledger-${process.pid}-${Date.now()}`;

const stores: Array<[string, () => Promise<CareStore>]> = [
  ["memory", async () => createMemoryStore()],
  ["SQLite", () => createSqliteStore({ filename: ":memory:" })],
  ...(url
    ? [
        [
          "PostgreSQL",
          () => createPostgresStore({ connectionString: url, schema: "rapport_http_test" }),
        ] as [string, () => Promise<CareStore>],
      ]
    : []),
];

/**
 * The consent ledger over HTTP under `pairs` concurrent grant/withdraw pairs, on memory,
 * SQLite and (with RAPPORT_PG_URL) PostgreSQL: every write answered 201 but the reused ids
 * (409), nothing lost or overwritten, and the latest event of a customer decides its state.
 * `consent-ledger.test.ts` runs 50 pairs, `consent-ledger.slow.test.ts` 1,000.
 */
export function consentLedgerOverHttp(
  pairCount: number,
  { describe, it, expect }: { describe: typeof Describe; it: typeof It; expect: typeof Expect },
): void {
  describe.each(stores)("the consent ledger over HTTP on %s", (_, open) => {
    it(`${pairCount.toLocaleString("en")} concurrent grant/withdraw pairs: 0 lost, 0 overwritten, the latest event decides`, async () => {
      const store = await open();
      // The app stamps each change with its clock, read once per request: one second a read.
      let tick = 0;
      const app = createCareApp({
        store,
        authorize: allowAnyone({ tenant }),
        warn: () => {},
        now: () => new Date(T0 + 1000 * tick++),
      });
      const send = async (customer: string, id: string, action: "grant" | "withdraw") =>
        await app.request(`/customers/${customer}/consent`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ id, purpose: "marketing", action }),
        });
      const pairs = Array.from(
        { length: pairCount },
        (_, i) => [`c-${i}`, `g-${i}`, `w-${i}`] as const,
      );
      // Every grant and withdrawal at once (odd pairs withdraw first); the ids of every tenth
      // grant are sent again for another customer once that grant is acknowledged.
      const writes = pairs.flatMap(([customer, grant, withdraw], i) => {
        const granted = send(customer, grant, "grant");
        const withdrawn = send(customer, withdraw, "withdraw");
        const pair = i % 2 === 0 ? [granted, withdrawn] : [withdrawn, granted];
        return i % 10 === 0
          ? [...pair, granted.then(() => send("mallory", grant, "withdraw"))]
          : pair;
      });
      const responses = await Promise.all(writes);
      const statuses: Record<number, number> = {};
      for (const r of responses) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      expect(statuses).toEqual({ 201: 2 * pairCount, 409: Math.ceil(pairCount / 10) });
      const acknowledged = await Promise.all(
        responses.filter((r) => r.status === 201).map((r) => r.json() as Promise<Acknowledged>),
      );
      // The latest acknowledged event of every customer, by the time the app stamped.
      const latest = new Map<string, Acknowledged["event"]>();
      for (const { event } of acknowledged) {
        const seen = latest.get(event.customerId);
        if (!seen || seen.capturedAt < event.capturedAt) latest.set(event.customerId, event);
      }
      const sent = new Map(acknowledged.map(({ event }) => [event.id, JSON.stringify(event)]));
      const stored = new Map<string, string>();
      const ledger = store.forTenant(tenant).consentEvents;
      for await (const page of ledger.stream({ limit: 1000 })) {
        for (const event of page) stored.set(event.id, JSON.stringify(event));
      }
      const lost = [...sent.keys()].filter((id) => !stored.has(id)).length;
      const overwritten = [...sent].filter(([id, json]) => stored.get(id) !== json).length;
      const wrongState: string[] = [];
      for (const [customer] of pairs.filter((_, i) => i % 20 === 0)) {
        const body = await (await app.request(`/customers/${customer}/consent`)).json();
        const expected = latest.get(customer)?.action === "grant" ? "granted" : "denied";
        if (body.purposes[0]?.state !== expected) wrongState.push(customer);
      }
      expect({ stored: stored.size, lost, overwritten, wrongState }).toEqual({
        stored: 2 * pairCount,
        lost: 0,
        overwritten: 0,
        wrongState: [],
      });
      await ledger.delete([...stored.keys()] as never[]);
      await store.close();
    });
  });
}
