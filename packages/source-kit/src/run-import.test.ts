import { describe, expect, it } from "vitest";
import { runImport } from "./run-import";

describe("runImport", () => {
  it("refuses a missing or invalid asOf, naming the caller", () => {
    expect(() => runImport("x", () => {}, { caller: "importX", asOf: undefined })).toThrow(
      new TypeError(
        "importX: options.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
    expect(() =>
      runImport("x", () => {}, { caller: "importX", asOf: new Date(Number.NaN) }),
    ).toThrow(RangeError);
  });

  it("gives the mapping the collector and asOf, and returns what it collected", () => {
    const asOf = new Date(Date.UTC(2024, 5, 1));
    let seen: Date | undefined;
    const result = runImport(
      "x",
      (collector, at) => {
        seen = at;
        collector.ignore("page", "1", "empty");
      },
      { caller: "importX", asOf },
    );
    expect(seen).toBe(asOf);
    expect(result.report).toMatchObject({ source: "x", ignored: 1 });
  });

  it("reports a failure of the mapping as a rejected payload, keeping what was collected", () => {
    const result = runImport(
      "x",
      (collector) => {
        collector.ignore("page", "1", "empty");
        throw new Error("boom");
      },
      { caller: "importX", asOf: new Date(0) },
    );
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

describe("runImport's guard", () => {
  it("rejects the one record whose mapping throws or gives no outcome, and goes on", () => {
    const result = runImport(
      "x",
      (collector, _asOf, guard) => {
        guard("row", "1", () => collector.ignore("row", "1", "blank"));
        guard("row", "2", () => {
          throw new RangeError("bad row");
        });
        guard("row", "3", () => {});
        guard("row", "4", () => collector.ignore("row", "4", "blank"));
      },
      { caller: "importX", asOf: new Date(Date.UTC(2024, 5, 1)) },
    );
    expect(result.report.records.map((r) => [r.sourceId, r.status, r.reason])).toEqual([
      ["1", "ignored", "blank"],
      ["2", "rejected", "unexpected error while mapping the record: RangeError: bad row"],
      ["3", "rejected", "the adapter gave this record no outcome"],
      ["4", "ignored", "blank"],
    ]);
  });
});
