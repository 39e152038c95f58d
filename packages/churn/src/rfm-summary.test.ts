import { existsSync, readFileSync } from "node:fs";
import { customerId, recordId, type Transaction } from "@rapport/core";
import { describe, expect, it } from "vitest";
import {
  CDNOW_DIR,
  FIXTURE_LOG,
  FIXTURE_SUMMARY,
  parseCdnowLog,
  parseSummaryCsv,
  SKIP_NOTICE,
  type SummaryRow,
} from "./__fixtures__/cdnow.fixture";
import { type RfmRow, rfmSummary } from "./rfm-summary";

const cdnowAvailable = existsSync(new URL("cdnow_customers_summary.csv", CDNOW_DIR));
if (!cdnowAvailable) console.warn(`rfm-summary.test.ts: ${SKIP_NOTICE}`);
const loadSummary = (name: string) =>
  parseSummaryCsv(readFileSync(new URL(name, CDNOW_DIR), "utf8"));
const loadCdnowLog = () =>
  parseCdnowLog(readFileSync(new URL("CDNOW_sample.txt", CDNOW_DIR), "utf8"));

const END = new Date("1997-09-30T00:00:00Z");
const round2 = (v: number) => Math.round(v * 100) / 100;

// Compares a summary with a published table: frequency exactly, times and spend to the cent.
function mismatches(rows: RfmRow[], published: SummaryRow[]): string[] {
  const byId = new Map(rows.map((row) => [String(row.customerId), row]));
  const problems: string[] = [];
  for (const want of published) {
    const got = byId.get(want.id);
    if (
      !got ||
      got.frequency !== want.frequency ||
      round2(got.recency) !== want.recency ||
      round2(got.T) !== want.T ||
      Math.abs(Math.round(got.monetaryValue) / 100 - want.monetaryValue) > 1e-9
    ) {
      problems.push(`${want.id}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
    }
  }
  return problems;
}

const tx = (
  id: string,
  customer: string,
  at: string,
  cents: number,
  extra: Partial<Transaction> = {},
): Transaction => ({
  id: recordId(id),
  customerId: customerId(customer),
  kind: "purchase",
  amount: { amount: cents, currency: "EUR" },
  occurredAt: new Date(at),
  ...extra,
});

describe("rfmSummary", () => {
  it("reproduces the hand-worked fixture summary (day, multiplier 7, end 1997-09-30)", () => {
    const summary = rfmSummary(parseCdnowLog(FIXTURE_LOG), {
      asOf: END,
      unit: "day",
      multiplier: 7,
    });
    expect(summary.customers).toHaveLength(4);
    expect(mismatches(summary.customers, parseSummaryCsv(FIXTURE_SUMMARY))).toEqual([]);
    // The December purchase is after the end and is reported, not dropped silently.
    expect(summary.skipped).toEqual([
      { transactionId: "t4", reason: "after asOf (1997-09-30T00:00:00.000Z)" },
    ]);
  });

  it("groups by Monday–Sunday weeks with unit week", () => {
    // Mon 2024-01-01 and Sun 2024-01-07 share a week; Mon 2024-01-08 starts the next.
    const rows = rfmSummary(
      [
        tx("a", "c1", "2024-01-01T09:00:00Z", 1000),
        tx("b", "c1", "2024-01-07T09:00:00Z", 500),
        tx("c", "c1", "2024-01-08T09:00:00Z", 3000),
        tx("d", "c1", "2024-01-24T09:00:00Z", 1000),
      ],
      { asOf: new Date("2024-02-01T00:00:00Z"), unit: "week" },
    ).customers;
    // Weeks 0, 1, 3 (Jan 22–28); asOf is in week 4 (Jan 29–Feb 4).
    expect(rows[0]).toMatchObject({ frequency: 2, recency: 3, T: 4, monetaryValue: 2000 });
  });

  it("defines days in the given time zone", () => {
    // 23:30 UTC on Jan 1 is already Jan 2 in Berlin: two distinct days there, one in UTC.
    const data = [
      tx("a", "c1", "2024-01-01T10:00:00Z", 100),
      tx("b", "c1", "2024-01-01T23:30:00Z", 100),
    ];
    const asOf = new Date("2024-01-10T12:00:00Z");
    expect(rfmSummary(data, { asOf, unit: "day" }).customers[0]!.frequency).toBe(0);
    const berlin = rfmSummary(data, { asOf, unit: "day", timeZone: "Europe/Berlin" }).customers[0]!;
    expect(berlin).toMatchObject({ frequency: 1, recency: 1, T: 9 });
  });

  it("reports refunds, other currencies and invalid dates; keeps the rest", () => {
    const summary = rfmSummary(
      [
        tx("a", "c1", "2024-01-01T10:00:00Z", 100),
        tx("r", "c1", "2024-01-02T10:00:00Z", -100, { kind: "refund" }),
        tx("u", "c1", "2024-01-03T10:00:00Z", 100, { amount: { amount: 100, currency: "USD" } }),
        tx("x", "c1", "not a date", 100),
        tx("b", "c2", "2024-01-04T10:00:00Z", 250, { kind: "renewal" }),
      ],
      { asOf: new Date("2024-01-10T00:00:00Z"), unit: "day" },
    );
    expect(summary.customers.map((c) => [c.customerId, c.frequency, c.currency])).toEqual([
      ["c1", 0, "EUR"],
      ["c2", 0, "EUR"],
    ]);
    expect(summary.skipped.map((s) => s.transactionId)).toEqual(["r", "u", "x"]);
    expect(summary.skipped[1]!.reason).toBe("currency USD differs from the customer's EUR");
  });

  it("returns nothing for no transactions, and rejects bad options", () => {
    expect(rfmSummary([], { asOf: END, unit: "day" })).toEqual({ customers: [], skipped: [] });
    expect(() => rfmSummary([], { asOf: new Date("x"), unit: "day" })).toThrow(
      new RangeError("rfmSummary: options.asOf: expected a valid Date, received an invalid Date"),
    );
    expect(() => rfmSummary([], { asOf: END, unit: "month" as never })).toThrow(
      'rfmSummary: options.unit: expected one of "day" | "week", received "month"',
    );
    expect(() => rfmSummary([], { asOf: END, unit: "day", multiplier: 0 })).toThrow(
      "rfmSummary: options.multiplier: expected a finite number > 0, received 0",
    );
    expect(() => rfmSummary([], { asOf: END, unit: "day", timeZone: "Mars/Olympus" })).toThrow(
      /IANA time-zone name such as "Europe\/Berlin", received "Mars\/Olympus"/,
    );
  });

  it("does not mutate its input", () => {
    const data = [tx("a", "c1", "2024-01-01T10:00:00Z", 100)];
    const copy = structuredClone(data);
    rfmSummary(data, { asOf: END, unit: "day" });
    expect(data).toEqual(copy);
  });
});

describe.skipIf(!cdnowAvailable)("rfmSummary on CDNOW_sample.txt (../shared/data/cdnow)", () => {
  // Finding: the published summaries are lifetimes' definitions with freq "D" and
  // freq_multiplier 7 (exact fractional weeks), the observation end 1997-09-30 included,
  // rounded to 2 decimals; zbar is the mean of the repeat days' totals. Whole weeks (unit
  // "week") cannot give the fractional recencies, and an end of 1997-09-29 gives T = 38.71.
  it("reproduces cdnow_customers_summary_with_transactions.csv for all 2,357 customers", () => {
    const summary = rfmSummary(loadCdnowLog(), { asOf: END, unit: "day", multiplier: 7 });
    const published = loadSummary("cdnow_customers_summary_with_transactions.csv");
    expect(summary.customers).toHaveLength(2357);
    expect(mismatches(summary.customers, published)).toEqual([]);
    const frequencies = loadSummary("cdnow_customers_summary.csv");
    expect(frequencies.reduce((s, r) => s + r.frequency, 0)).toBe(2457);
    expect(summary.customers.reduce((s, r) => s + r.frequency, 0)).toBe(2457);
  });

  it("does not reproduce it with whole weeks or with the end one day earlier", () => {
    const published = loadSummary("cdnow_customers_summary_with_transactions.csv");
    const weeks = rfmSummary(loadCdnowLog(), { asOf: END, unit: "week" });
    expect(mismatches(weeks.customers, published).length).toBeGreaterThan(1000);
    const early = rfmSummary(loadCdnowLog(), {
      asOf: new Date("1997-09-29T00:00:00Z"),
      unit: "day",
      multiplier: 7,
    });
    expect(mismatches(early.customers, published).length).toBeGreaterThan(2000);
  });
});
