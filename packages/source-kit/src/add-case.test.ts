import { safeParseCase } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { addCase, type CaseFields } from "./add-case";
import { createImportCollector } from "./import-collector";

const createdAt = new Date("2024-05-01T09:00:00Z");
const base: CaseFields = {
  id: "desk:1",
  customerId: "desk:7",
  channel: "email",
  status: "solved",
  createdAt,
  source: { system: "desk", id: "1" },
};

/** What addCase accepts, and what safeParseCase makes of the same fields (the second method). */
function both(fields: CaseFields) {
  const out = createImportCollector("desk");
  addCase(out, "ticket", "1", fields, safeParseCase);
  const spread = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  );
  return { result: out.result(), parsed: safeParseCase(spread) };
}

describe("addCase", () => {
  it("builds the case the schema builds, field for field and in its order, with its defaults", () => {
    const fields: CaseFields = {
      ...base,
      subject: "Refund",
      assigneeId: "desk:a1",
      teamId: "",
      updatedAt: new Date("2024-05-03T09:00:00Z"),
      firstReplyAt: new Date("2024-05-01T10:00:00Z"),
      solvedAt: new Date("2024-05-02T09:00:00Z"),
      closedAt: null,
      tags: ["refund"],
      statusHistory: [
        { status: "open", at: createdAt },
        { status: "solved", at: new Date("2024-05-02T09:00:00Z") },
      ],
    };
    const { result, parsed } = both(fields);
    expect(parsed.success).toBe(true);
    expect(result.report.accepted).toBe(1);
    const [built] = result.cases;
    // The same JSON, keys in the same order: priority "normal" and reopenCount 0 are defaults.
    expect(JSON.stringify(built)).toBe(JSON.stringify(parsed.success && parsed.data));
    expect(Object.keys(built ?? {})).toEqual([
      "id",
      "customerId",
      "subject",
      "channel",
      "status",
      "priority",
      "assigneeId",
      "createdAt",
      "updatedAt",
      "firstReplyAt",
      "solvedAt",
      "reopenCount",
      "tags",
      "statusHistory",
      "source",
    ]);
  });

  it("leaves a time before createdAt to the schema, which names the field", () => {
    const { result } = both({ ...base, solvedAt: new Date("2024-04-30T09:00:00Z") });
    expect(result.report.records).toEqual([
      {
        entity: "ticket",
        sourceId: "1",
        status: "rejected",
        field: "solvedAt",
        reason:
          "expected solvedAt not before createdAt (2024-05-01T09:00:00.000Z), received Date 2024-04-30T09:00:00.000Z",
      },
    ]);
  });

  it("leaves a history out of order, a code of no table and an invalid date to the schema", () => {
    const late = new Date("2024-05-03T00:00:00Z");
    const history = both({
      ...base,
      statusHistory: [
        { status: "solved", at: late },
        { status: "open", at: createdAt },
      ],
    });
    expect(history.result.report.records[0]?.field).toBe("statusHistory[1].at");
    const status = both({ ...base, status: "archived" as CaseFields["status"] });
    expect(status.result.report.records[0]).toMatchObject({ status: "rejected", field: "status" });
    const date = both({ ...base, updatedAt: new Date(Number.NaN) });
    expect(date.result.report.records[0]).toMatchObject({ status: "rejected", field: "updatedAt" });
    expect(both({ ...base, reopenCount: -1 }).result.report.rejected).toBe(1);
  });

  it("counts a second case of one source id as a duplicate", () => {
    const out = createImportCollector("desk");
    expect(addCase(out, "ticket", "1", base, safeParseCase)).toBe(true);
    expect(addCase(out, "ticket", "1", base, safeParseCase)).toBe(false);
    expect(out.result().report.duplicates).toBe(1);
  });
});
