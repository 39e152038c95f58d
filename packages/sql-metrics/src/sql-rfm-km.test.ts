import { existsSync, readFileSync } from "node:fs";
import { kaplanMeier, rfmSummary } from "@rapport/churn";
import { customerId, parseCase, recordId, type Transaction } from "@rapport/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ENGINES,
  loadCases,
  loadTransactions,
  type TestEngine,
} from "./__fixtures__/engines.fixture";
import { sqlKaplanMeier } from "./sql-kaplan-meier";
import { sqlRfmSummary } from "./sql-rfm-summary";

const CDNOW = new URL("../../../../shared/data/cdnow/CDNOW_sample.txt", import.meta.url);
const cdnowPresent = existsSync(CDNOW);
if (!cdnowPresent)
  console.warn(
    "CDNOW RFM comparison skipped: ../shared/data not found (clone the shared data beside the repo)",
  );

function cdnow(): Transaction[] {
  return readFileSync(CDNOW, "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line, index) => {
      const [, id, date, , dollars] = line.trim().split(/\s+/);
      return {
        id: recordId(`t${String(index + 1).padStart(5, "0")}`),
        customerId: customerId(String(Number(id))),
        kind: "purchase" as const,
        amount: { amount: Math.round(Number(dollars) * 100), currency: "USD" },
        occurredAt: new Date(
          `${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6)}T00:00:00Z`,
        ),
      };
    });
}

const tx = (
  id: string,
  customer: string,
  at: string,
  cents: number,
  currency = "EUR",
  kind: Transaction["kind"] = "purchase",
): Transaction => ({
  id: recordId(id),
  customerId: customerId(customer),
  kind,
  amount: { amount: cents, currency },
  occurredAt: new Date(at),
});

// Berlin, Monday weeks, asOf Sunday 31 March 2024 14:00 CEST (12:00Z), week of 25 March.
const BERLIN = [
  tx("b1", "u1", "2024-03-24T22:30:00Z", 500), // Sun 24 Mar 23:30 CET: week of 18 Mar
  tx("b2", "u1", "2024-03-24T23:30:00Z", 1000), // Mon 25 Mar 00:30 CET: week of 25 Mar
  tx("b3", "u1", "2024-03-26T09:00:00Z", 200, "EUR", "refund"),
  tx("b4", "u1", "2024-03-27T09:00:00Z", 300, "USD"),
  tx("b5", "u1", "2024-03-31T22:30:00Z", 700), // Mon 1 Apr 00:30 CEST: after asOf's week
  tx("b6", "u2", "2024-03-30T10:00:00Z", 900),
];

describe.each(ENGINES)("RFM and Kaplan-Meier on %s", (_name, open) => {
  let engine: TestEngine;
  const all = [...BERLIN, ...(cdnowPresent ? cdnow() : [])];
  beforeAll(async () => {
    engine = await open();
    await loadTransactions(engine, all);
  }, 60_000);
  afterAll(() => engine.close());

  it("hand-checked Berlin weeks: one repeat week, three transactions left out", async () => {
    const options = {
      asOf: new Date("2024-03-31T12:00:00Z"),
      unit: "week" as const,
      timeZone: "Europe/Berlin",
    };
    const summary = await sqlRfmSummary(engine.source, options);
    const u1 = summary.customers.find((c) => c.customerId === "u1");
    // Weeks of 18 and 25 March: frequency 1, recency 1, T 1, monetary = the 25 March week's 1000.
    expect(u1).toEqual({
      customerId: "u1",
      frequency: 1,
      recency: 1,
      T: 1,
      monetaryValue: 1000,
      currency: "EUR",
    });
    expect(summary.customers.find((c) => c.customerId === "u2")).toEqual(
      rfmSummary(BERLIN, options).customers.find((c) => c.customerId === "u2"),
    );
    // b3 refund, b5 after asOf, b4 in USD; the CDNOW rows are in 1997-98, not after 2024.
    expect(summary.skipped).toEqual({ refunds: 1, afterAsOf: 1, otherCurrency: 1 });
    expect(
      rfmSummary(BERLIN, options)
        .skipped.map((s) => s.transactionId)
        .sort(),
    ).toEqual(["b3", "b4", "b5"]);
  });

  it.skipIf(!cdnowPresent)(
    "equals rfmSummary on the CDNOW sample (days, multiplier 7, asOf 1997-09-30)",
    async () => {
      const options = {
        asOf: new Date("1997-09-30T00:00:00Z"),
        unit: "day" as const,
        multiplier: 7,
      };
      const byId = (rows: { customerId: string }[]) =>
        [...rows].sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
      const inSql = await sqlRfmSummary(engine.source, options);
      const inMemory = rfmSummary(all, options);
      expect(inSql.customers.length).toBe(2357 + 0);
      expect(byId(inSql.customers)).toEqual(
        byId(inMemory.customers.filter((c) => !c.customerId.startsWith("u"))),
      );
    },
  );

  it("the Kaplan-Meier curve of time to resolution equals kaplanMeier over one entry per case", async () => {
    const asOf = new Date("2024-03-20T00:00:00Z");
    const cases = Array.from({ length: 300 }, (_, i) => {
      const created = Date.UTC(2024, 0, 1) + ((i * 7919) % 70) * 86_400_000;
      const days = 1 + ((i * 104729) % 29);
      const solved =
        i % 4 !== 0 ? new Date(created + days * 86_400_000 + (i % 3) * 3_600_000) : undefined;
      return parseCase({
        id: `k${i}`,
        customerId: "c",
        channel: "email",
        status: solved ? "solved" : "open",
        createdAt: new Date(created).toISOString(),
        solvedAt: solved?.toISOString(),
      });
    });
    await loadCases(engine, cases);
    const kept = cases.filter((c) => c.createdAt <= asOf);
    const durations = kept.map(
      (c) =>
        ((c.solvedAt && c.solvedAt <= asOf ? c.solvedAt.getTime() : asOf.getTime()) -
          c.createdAt.getTime()) /
        86_400_000,
    );
    const observed = kept.map((c) => c.solvedAt !== undefined && c.solvedAt <= asOf);
    const km = await sqlKaplanMeier(engine.source, { asOf });
    expect(km.curve).toEqual(kaplanMeier(durations, observed));
    expect(km.inputs[0]!.atRisk).toBe(kept.length);
    const steps = kaplanMeier(durations, observed).steps;
    for (const step of steps) {
      const input = km.inputs.find((row) => row.time === step.time)!;
      expect([input.atRisk, input.events, input.censored]).toEqual([
        step.atRisk,
        step.events,
        step.censored,
      ]);
    }
  });
});
