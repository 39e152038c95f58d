import { customerId, parseCustomer, recordId, type SurveyResponse } from "@rapport/core";
import { type CareStore, repositoryOf, type TenantStore } from "./care-store";
import { npsAnswer as nps, personalRecords } from "./conformance-records";
import { errorOf, onFreshStores } from "./conformance-test";
import { eraseRecordsTests } from "./erase-records-conformance";
import { erasureConformance } from "./erasure-conformance";
import { ledgerConcurrencyTest, ledgerTests } from "./ledger-conformance";
import { scoreCountsTests } from "./score-counts-conformance";
import { STORE_ENTITIES } from "./store-entity";
import { tenancyTests } from "./tenancy-conformance";

/**
 * The test functions the conformance suite runs with: pass vitest's (or any compatible
 * runner's) `describe`, `it` and `expect`, so this package needs no test runner at run time.
 *
 * @example
 * ```ts
 * import type { ConformanceTestApi } from "@rapport/store/conformance";
 * import { describe, expect, it } from "vitest";
 * const api: ConformanceTestApi = { describe, it, expect };
 * ```
 */
export interface ConformanceTestApi {
  /** Declares a group of tests. */
  describe: (name: string, body: () => void) => unknown;
  /** Declares one async test. */
  it: (name: string, body: () => Promise<void>) => unknown;
  /** Starts an assertion on a value. */
  expect: (actual: unknown) => {
    /** Deep equality. */
    toEqual(expected: unknown): void;
    /** Identity (`Object.is`). */
    toBe(expected: unknown): void;
  };
  /** The suite's title (default `"CareStore conformance"`). */
  name?: string;
  /**
   * Whether the factory's stores have an `encryptionKey`: adds the crypto-shredding tests and
   * leaves the ledger concurrency test to the adapter's plain run.
   */
  encrypted?: boolean;
  /**
   * How many concurrent grant/withdraw pairs the ledger test sends (default 50, a fraction of
   * a second on any adapter). The proof at scale, 1,000 pairs, is
   * {@link runLedgerConcurrencyProof}, for a `*.slow.test.ts` file.
   */
  ledgerPairs?: number;
}

/**
 * Declares the tests every {@link CareStore} adapter must pass: round trips of every entity,
 * idempotent upserts, validation with a report of every refused record, ordering by time then
 * id, time ranges `[from, to)`, cursor pagination, erasure that leaves no personal value
 * behind, concurrent upserts that lose nothing, score histograms equal to the in-memory
 * computation; tenants that never see, count, erase or overwrite each other's records; an
 * append-only consent ledger that loses no withdrawal under concurrent grant/withdraw pairs
 * (50 here, 1,000 in {@link runLedgerConcurrencyProof}); newer versions that old ones never replace; imports stored all at once and
 * deliveries deduplicated. `factory` makes a fresh, empty store for each test; the suite
 * closes it.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from "@rapport/store";
 * import { runStoreConformance } from "@rapport/store/conformance";
 * import { describe, expect, it } from "vitest";
 * runStoreConformance(() => createMemoryStore(), { describe, it, expect, name: "memory" });
 * ```
 */
export function runStoreConformance(
  factory: () => CareStore | Promise<CareStore>,
  api: ConformanceTestApi,
): void {
  const { describe, it, expect } = api;
  const test = onFreshStores(factory, it);

  describe(api.name ?? "CareStore conformance", () => {
    tenancyTests(test, expect);
    ledgerTests(test, expect);
    // The concurrent pairs prove the database's uniqueness, which sealing does not change;
    // with `encrypted`, the plain run of the same adapter covers them.
    if (!api.encrypted)
      ledgerConcurrencyTest(
        test,
        expect,
        api.ledgerPairs ?? 50,
        "runStoreConformance: ledgerPairs",
      );
    eraseRecordsTests(test, expect);
    erasureConformance(test, expect, api.encrypted ?? false);
    scoreCountsTests(test, expect);

    test("stores and reads back a record of every entity unchanged", async (store) => {
      const records = personalRecords();
      for (const entity of STORE_ENTITIES) {
        const repository = repositoryOf(store, entity);
        const [record] = records[entity];
        expect(await repository.upsert(records[entity])).toEqual({
          stored: 1,
          rejected: [],
          conflicts: [],
          stale: [],
        });
        expect(await repository.get(record!.id)).toEqual(record);
        expect(await repository.get(recordId("no-such-id") as never)).toBe(undefined);
      }
    });

    test("upserts are idempotent on id and the last write wins", async (store) => {
      const first = nps("r1", "c1", "2024-03-01T10:00:00Z", 9);
      await store.surveyResponses.upsert(first);
      await store.surveyResponses.upsert(first);
      await store.surveyResponses.upsert([first, first]);
      expect((await store.surveyResponses.query()).items).toEqual([first]);
      const changed = nps("r1", "c1", "2024-03-02T10:00:00Z", 2);
      const report = await store.surveyResponses.upsert([first, changed]);
      expect(report).toEqual({ stored: 1, rejected: [], conflicts: [], stale: [] });
      expect((await store.surveyResponses.query()).items).toEqual([changed]);
    });

    test("keeps the good records of a batch and reports every refused one", async (store) => {
      const good = nps("r1", "c1", "2024-03-01T10:00:00Z", 9);
      const offScale = { ...nps("r2", "c1", "2024-03-01T10:00:00Z", 9), score: 11 };
      const noTime = { ...nps("r3", "c1", "2024-03-01T10:00:00Z", 9), respondedAt: "yesterday" };
      const report = await store.surveyResponses.upsert([
        offScale as never,
        good,
        noTime as never,
        null as never,
      ]);
      expect(report.stored).toBe(1);
      expect(report.rejected.map((r) => [r.index, r.id])).toEqual([
        [0, "r2"],
        [2, "r3"],
        [3, null],
      ]);
      expect(report.rejected[0]?.reason).toEqual(
        "score: expected an integer from 0 to 10 on the zero_to_ten scale, received 11",
      );
      expect((await store.surveyResponses.query()).items).toEqual([good]);
    });

    test("orders by time then id, filters by customer and by [from, to)", async (store) => {
      const records = [
        nps("b", "c1", "2024-03-02T00:00:00Z", 1),
        nps("a", "c2", "2024-03-02T00:00:00Z", 2),
        nps("c", "c1", "2024-03-01T00:00:00Z", 3),
        nps("d", "c1", "2024-03-03T00:00:00Z", 4),
      ];
      await store.surveyResponses.upsert(records);
      const ids = async (query: Parameters<TenantStore["surveyResponses"]["query"]>[0]) =>
        (await store.surveyResponses.query(query)).items.map((r) => r.id);
      expect(await ids({})).toEqual(["c", "a", "b", "d"]);
      expect(await ids({ customerId: customerId("c1") })).toEqual(["c", "b", "d"]);
      expect(
        await ids({
          from: new Date("2024-03-02T00:00:00Z"),
          to: new Date("2024-03-03T00:00:00Z"),
        }),
      ).toEqual(["a", "b"]);
      expect(
        await ids({ customerId: customerId("c1"), from: new Date("2024-03-02T00:00:00Z") }),
      ).toEqual(["b", "d"]);
      expect(await ids({ customerId: customerId("nobody") })).toEqual([]);
    });

    test("customers order by first-seen time; those without one only in unranged queries", async (store) => {
      await store.customers.upsert([
        parseCustomer({ id: "k2", firstSeenAt: "2024-02-01T00:00:00Z" }),
        parseCustomer({ id: "k1", customerSince: "2024-01-01T00:00:00Z" }),
        parseCustomer({ id: "k0" }),
      ]);
      const all = await store.customers.query();
      expect(all.items.map((c) => c.id)).toEqual(["k0", "k1", "k2"]);
      const ranged = await store.customers.query({ to: new Date("2024-12-31T00:00:00Z") });
      expect(ranged.items.map((c) => c.id)).toEqual(["k1", "k2"]);
      const byCustomer = await store.customers.query({ customerId: customerId("k2") });
      expect(byCustomer.items.map((c) => c.id)).toEqual(["k2"]);
    });

    test("pages with a cursor: no record twice, none missed, even with writes between pages", async (store) => {
      // 25 responses over 5 distinct times, so many share a time and order by id.
      const records = Array.from({ length: 25 }, (_, i) =>
        nps(
          `p${String((i * 7) % 25).padStart(2, "0")}`,
          "c1",
          `2024-03-0${1 + (i % 5)}T00:00:00Z`,
          i % 11,
        ),
      );
      await store.surveyResponses.upsert(records);
      const expected = [...records]
        .sort((a, b) => a.respondedAt.getTime() - b.respondedAt.getTime() || (a.id < b.id ? -1 : 1))
        .map((r) => r.id);
      const seen: string[] = [];
      let page = await store.surveyResponses.query({ limit: 7 });
      seen.push(...page.items.map((r) => r.id));
      // A write before the cursor must not shift later pages.
      await store.surveyResponses.upsert(nps("early", "c1", "2024-02-01T00:00:00Z", 5));
      const sizes = [page.items.length];
      while (page.nextCursor !== null) {
        page = await store.surveyResponses.query({ limit: 7, cursor: page.nextCursor });
        sizes.push(page.items.length);
        seen.push(...page.items.map((r) => r.id));
      }
      expect(sizes).toEqual([7, 7, 7, 4]);
      expect(seen).toEqual(expected);
      const exact = await store.surveyResponses.query({ limit: 26 });
      expect([exact.items.length, exact.nextCursor]).toEqual([26, null]);
      const streamed: number[] = [];
      for await (const chunk of store.surveyResponses.stream({ limit: 10 })) {
        streamed.push(chunk.length);
      }
      expect(streamed).toEqual([10, 10, 6]);
    });

    test("refuses bad query arguments with an error naming them", async (store) => {
      expect(await errorOf(() => store.cases.query({ limit: 0 }))).toEqual(
        "RangeError: query: limit: expected an integer from 1 to 10000, received 0",
      );
      expect(
        await errorOf(() =>
          store.cases.query({
            from: new Date("2024-02-01T00:00:00Z"),
            to: new Date("2024-01-01T00:00:00Z"),
          }),
        ),
      ).toEqual(
        "RangeError: query: from: expected an instant not after to (2024-01-01T00:00:00.000Z), received Date 2024-02-01T00:00:00.000Z",
      );
      expect(await errorOf(() => store.cases.query({ cursor: "nonsense" }))).toEqual(
        'RangeError: query: cursor: expected the nextCursor of a previous page, received "nonsense"',
      );
      expect(
        await errorOf(() => store.scoreCounts({ metric: "nps", timeZone: "Mars/Base" })),
      ).toEqual(
        'RangeError: scoreCounts: timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "Mars/Base"',
      );
    });

    test("concurrent upserts lose nothing", async (store) => {
      const shared = Array.from({ length: 10 }, (_, i) =>
        nps(`shared-${i}`, "c0", "2024-05-01T00:00:00Z", i),
      );
      const batches = Array.from({ length: 12 }, (_, b) => [
        ...Array.from({ length: 40 }, (_, i) =>
          nps(
            `b${b}-${i}`,
            `c${b}`,
            `2024-04-${String(1 + (i % 28)).padStart(2, "0")}T12:00:00Z`,
            (b + i) % 11,
          ),
        ),
        ...[...shared].reverse(),
      ]);
      const reports = await Promise.all(
        batches.flatMap((batch) => [
          store.surveyResponses.upsert(batch),
          ...batch.slice(0, 3).map((record) => store.surveyResponses.upsert(record)),
        ]),
      );
      expect(reports.every((r) => r.rejected.length === 0)).toBe(true);
      const stored: SurveyResponse[] = [];
      for await (const page of store.surveyResponses.stream({ limit: 100 })) stored.push(...page);
      expect(stored.length).toBe(12 * 40 + 10);
      const expected = new Map(batches.flat().map((r) => [r.id as string, r]));
      expect(
        stored.filter((r) => JSON.stringify(r) !== JSON.stringify(expected.get(r.id))).length,
      ).toBe(0);
    });
  });
}
