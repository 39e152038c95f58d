import { describe, expect, it } from "vitest";
import { parseCustomer } from "./customer";
import { createImportCollector, runImport } from "./import-report";

describe("createImportCollector", () => {
  it("accounts for every record: accepted, duplicate, rejected, ignored", () => {
    const collector = createImportCollector("zendesk");
    const ada = parseCustomer({ id: "zendesk:1" });
    expect(collector.accept("customers", "user", "1", ada)).toBe(true);
    expect(collector.accept("customers", "user", "1", ada)).toBe(false);
    // The same source id of another entity is not a duplicate.
    expect(collector.accept("customers", "organization", "1", ada)).toBe(true);
    collector.reject("user", "2", "email", 'expected an e-mail address, received "x"');
    collector.ignore("satisfaction_rating", "3", "offered but not answered");
    expect(collector.has("user", "1")).toBe(true);
    expect(collector.has("user", "2")).toBe(false);

    const { customers, cases, report } = collector.result();
    expect(customers).toHaveLength(2);
    expect(cases).toEqual([]);
    expect(report).toMatchObject({
      source: "zendesk",
      accepted: 2,
      duplicates: 1,
      rejected: 1,
      ignored: 1,
    });
    expect(report.records.map((r) => r.status)).toEqual([
      "accepted",
      "duplicate",
      "accepted",
      "rejected",
      "ignored",
    ]);
    expect(report.records[3]).toEqual({
      entity: "user",
      sourceId: "2",
      status: "rejected",
      field: "email",
      reason: 'expected an e-mail address, received "x"',
    });
  });
});

describe("runImport", () => {
  it("refuses an invalid asOf, naming the caller", () => {
    expect(() => runImport("x", "importX", new Date(Number.NaN), () => {})).toThrow(
      "importX: expected options.asOf to be a valid Date",
    );
    expect(() => runImport("x", "importX", "2024-01-01", () => {})).toThrow(TypeError);
  });

  it("reports a failure of the mapping as a rejected payload, keeping what was collected", () => {
    const result = runImport("x", "importX", new Date(0), (collector) => {
      collector.ignore("page", "1", "empty");
      throw new Error("boom");
    });
    expect(result.report.records).toEqual([
      { entity: "page", sourceId: "1", status: "ignored", reason: "empty" },
      {
        entity: "payload",
        sourceId: null,
        status: "rejected",
        field: "(root)",
        reason: "unexpected error: Error: boom",
      },
    ]);
  });
});
