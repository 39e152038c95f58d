import { describe, expect, it } from "vitest";
import * as z from "zod";
import { createImportCollector } from "./import-collector";
import { afterAsOfReason, parseSourceRecords, sourceIdOf } from "./source-records";

describe("source records", () => {
  it("read a raw id from numbers and non-empty strings only", () => {
    expect(sourceIdOf({ id: 7 })).toBe("7");
    expect(sourceIdOf({ id: "a1" })).toBe("a1");
    expect(sourceIdOf({ id: "" })).toBeNull();
    expect(sourceIdOf({ id: { nested: 1 } })).toBeNull();
    expect(sourceIdOf(Object.create({ id: 3 }))).toBeNull(); // inherited, not its own
    expect(sourceIdOf(null)).toBeNull();
  });

  it("keep valid records and reject each invalid one with its id, field and reason", () => {
    const collector = createImportCollector("test");
    const schema = z.object({ id: z.number(), status: z.string() });
    const kept = parseSourceRecords(
      "ticket",
      [{ id: 1, status: "open" }, { id: 2, status: 5 }, "x"],
      schema,
      collector,
    );
    expect(kept).toEqual([{ id: 1, status: "open" }]);
    const { records } = collector.result().report;
    expect(records.map((r) => [r.sourceId, r.field, r.status])).toEqual([
      ["2", "status", "rejected"],
      [null, "(root)", "rejected"],
    ]);
    expect(parseSourceRecords("ticket", undefined, schema, collector)).toEqual([]);
  });

  it("say why a record after asOf is refused", () => {
    expect(afterAsOfReason(new Date(Date.UTC(2030, 0, 1)), new Date(Date.UTC(2026, 0, 1)))).toBe(
      "expected a time not after asOf (2026-01-01T00:00:00.000Z), received 2030-01-01T00:00:00.000Z",
    );
  });
});
