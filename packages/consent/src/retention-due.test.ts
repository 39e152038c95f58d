import { describe, expect, it } from "vitest";
import { C1, catalog } from "./__fixtures__/ledger.fixture";
import { sources } from "./__fixtures__/sources.fixture";
import { customerRecords } from "./customer-records";
import { retentionDue } from "./retention-due";

describe("retentionDue", () => {
  const asOf = new Date("2025-01-01T00:00:00Z");

  it("applies the entity period first, else the longest purpose period; the boundary is due", () => {
    const report = retentionDue(
      [
        // 2024-01-01 + 30 days = 2024-01-31: due.
        {
          entity: "journeyEvent",
          id: "je_1",
          at: new Date("2024-01-01T00:00:00Z"),
          purposes: ["invoices"],
        },
        // analytics 395 days, marketing 730: the longer wins. 2023-01-01 + 365 d = 2024-01-01, + 365 more
        // (2024 is a leap year) = 2024-12-31: due.
        {
          entity: "interaction",
          id: "int_1",
          at: new Date("2023-01-01T00:00:00Z"),
          purposes: ["analytics", "marketing_email"],
        },
        // 2024-06-01 + 395 d = 2025-07-01: within.
        {
          entity: "interaction",
          id: "int_2",
          at: new Date("2024-06-01T00:00:00Z"),
          purposes: ["analytics"],
        },
        {
          entity: "interaction",
          id: "int_3",
          at: new Date("2024-06-01T00:00:00Z"),
          purposes: ["analytics", "support"],
        },
        { entity: "note", id: "n_1", at: new Date("2020-01-01T00:00:00Z") },
        // Exactly at asOf: due (a record is due when asOf ≥ at + period).
        { entity: "journeyEvent", id: "je_2", at: new Date("2024-12-02T00:00:00Z") },
      ],
      { purposes: catalog, entities: { journeyEvent: 30 } },
      { asOf },
    );
    expect(report.due).toEqual([
      {
        entity: "journeyEvent",
        id: "je_1",
        at: new Date("2024-01-01T00:00:00Z"),
        dueAt: new Date("2024-01-31T00:00:00Z"),
        retentionDays: 30,
        rule: "entity",
      },
      {
        entity: "interaction",
        id: "int_1",
        at: new Date("2023-01-01T00:00:00Z"),
        dueAt: new Date("2024-12-31T00:00:00Z"),
        retentionDays: 730,
        rule: "purpose",
      },
      {
        entity: "journeyEvent",
        id: "je_2",
        at: new Date("2024-12-02T00:00:00Z"),
        dueAt: asOf,
        retentionDays: 30,
        rule: "entity",
      },
    ]);
    expect(report.withinRetention).toEqual([{ entity: "interaction", id: "int_2" }]);
    expect(report.unknown).toEqual([
      { entity: "interaction", id: "int_3", reason: "no retention for purpose(s) support" },
      { entity: "note", id: "n_1", reason: 'no retention for entity "note" and no purposes' },
    ]);
  });

  it("works over a customer's records as customerRecords lists them", () => {
    const records = customerRecords(C1, sources).flatMap((r) =>
      r.at ? [{ entity: r.entity, id: r.id, at: r.at }] : [],
    );
    const report = retentionDue(
      records,
      { entities: { transaction: 3650, consentEvent: 365 } },
      { asOf },
    );
    // 2023-01-01 + 365 d = 2024-01-01 (due); 2024-03-01 + 365 d = 2025-03-01 (not yet); 2013 + 3650 d < 2025.
    expect(report.due.map((d) => d.id)).toEqual(["ce_1", "ce_3", "tx_old"]);
    expect(report.due.length + report.withinRetention.length + report.unknown.length).toBe(
      records.length,
    );
  });

  it("reports a record without a valid start instead of keeping it forever", () => {
    const report = retentionDue(
      [
        { entity: "journeyEvent", id: "je_bad", at: new Date("not a date") },
        { entity: "journeyEvent", id: "je_ok", at: new Date("2024-01-01T00:00:00Z") },
      ],
      { entities: { journeyEvent: 30 } },
      { asOf: new Date("2024-03-01T00:00:00Z") },
    );
    // 2024-01-01 + 30 d = 2024-01-31, before 2024-03-01: due.
    expect(report.due.map((d) => d.id)).toEqual(["je_ok"]);
    expect(report.withinRetention).toEqual([]);
    expect(report.unknown).toEqual([
      {
        entity: "journeyEvent",
        id: "je_bad",
        reason: "at: expected a valid Date, received an invalid Date",
      },
    ]);
  });

  it("rejects an invalid asOf and a bad entity period with a clear error", () => {
    expect(() => retentionDue([], {}, { asOf: new Date("nope") })).toThrow(
      new RangeError("retentionDue: options.asOf: expected a valid Date, received an invalid Date"),
    );
    // The moment used to be the third argument itself: a bare Date names the field it lacks.
    expect(() => retentionDue([], {}, new Date(0) as never)).toThrow(
      new TypeError(
        "retentionDue: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
    expect(() => retentionDue([], { entities: { note: -1 } }, { asOf: new Date(0) })).toThrow(
      "retentionDue: policies.entities.note: expected a non-negative number of days, received -1",
    );
  });
});
