import { describe, expect, it } from "vitest";
import { importCsv } from "./import-csv";

const asOf = new Date("2024-07-01T00:00:00Z");

describe("importCsv: data-subject requests", () => {
  it("reads each request with its dates, outcome and jurisdiction", () => {
    const csv = [
      "id,customer_id,right,received_at,extended_at,extension_reason,completed_at,outcome,refusal_reason,jurisdiction,channel",
      "d1,c1,access,2024-05-02T09:00:00Z,,,2024-05-20T10:00:00Z,fulfilled,,UK,email",
      "d2,c2,erasure,2024-06-01T08:00:00+02:00,2024-06-20T08:00:00Z,three systems,,,,EU,web",
    ].join("\n");
    const { dataSubjectRequests, report } = importCsv(csv, { kind: "dataSubjectRequests", asOf });
    expect(report.accepted).toBe(2);
    expect(dataSubjectRequests).toEqual([
      {
        id: "csv:d1",
        customerId: "csv:c1",
        right: "access",
        receivedAt: new Date("2024-05-02T09:00:00Z"),
        completedAt: new Date("2024-05-20T10:00:00Z"),
        outcome: "fulfilled",
        jurisdiction: "UK",
        channel: "email",
        source: { system: "csv", id: "d1" },
      },
      {
        id: "csv:d2",
        customerId: "csv:c2",
        right: "erasure",
        receivedAt: new Date("2024-06-01T06:00:00Z"),
        extendedAt: new Date("2024-06-20T08:00:00Z"),
        extensionReason: "three systems",
        jurisdiction: "EU",
        channel: "web",
        source: { system: "csv", id: "d2" },
      },
    ]);
  });

  it("rejects a bad row naming its column, and keeps the good ones", () => {
    const csv = [
      "id,customer_id,right,received_at,completed_at,outcome,refusal_reason",
      "d1,c1,forget,2024-05-02T09:00:00Z,,,",
      "d2,c1,access,2024-05-02T09:00:00Z,2024-05-01T09:00:00Z,fulfilled,",
      "d3,c1,access,2024-05-02T09:00:00Z,2024-05-10T09:00:00Z,refused,",
      "d4,c1,access,2024-05-02T09:00:00Z,,,",
    ].join("\n");
    const { dataSubjectRequests, report } = importCsv(csv, { kind: "dataSubjectRequests", asOf });
    expect(dataSubjectRequests.map((r) => r.id)).toEqual(["csv:d4"]);
    expect(
      report.records
        .filter((r) => r.status === "rejected")
        .map((r) => [r.sourceId, r.field, r.reason]),
    ).toEqual([
      [
        "d1",
        "right",
        'row 2: expected one of "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection" | "opt_out_of_sale", received "forget"',
      ],
      [
        "d2",
        "completed_at",
        "row 3: expected completedAt not before receivedAt (2024-05-02T09:00:00.000Z), received Date 2024-05-01T09:00:00.000Z",
      ],
      [
        "d3",
        "refusal_reason",
        'row 4: expected refusalReason when the outcome is "refused" or "partially_fulfilled", received nothing (the field is missing)',
      ],
    ]);
  });
});
