import { parseCustomer, parseTeam, safeParseTeam } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { createImportCollector } from "./import-collector";

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

    const { customers, cases, surveyResponses, careGestures, report } = collector.result();
    expect(customers).toHaveLength(2);
    expect(cases).toEqual([]);
    expect(surveyResponses).toEqual([]);
    expect(careGestures).toEqual([]);
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

  it("adds parse results: a valid one is accepted, an invalid one rejected with its first issue", () => {
    const collector = createImportCollector("x");
    expect(collector.add("teams", "group", "1", safeParseTeam({ id: "t1", name: "L1" }))).toBe(
      true,
    );
    expect(collector.add("teams", "group", "1", safeParseTeam({ id: "t1", name: "L1" }))).toBe(
      false,
    );
    expect(collector.add("teams", "group", "2", safeParseTeam({ id: "t2" }))).toBe(false);
    const { teams, report } = collector.result();
    expect(teams.map((t) => t.id)).toEqual(["t1"]);
    expect(report.records.map((r) => [r.sourceId, r.status, r.field])).toEqual([
      ["1", "accepted", undefined],
      ["1", "duplicate", undefined],
      ["2", "rejected", "name"],
    ]);
  });

  it("counts a merged record once and a repeat of it as a duplicate", () => {
    const collector = createImportCollector("x");
    expect(collector.merged("ticket_metric", "9")).toBe(true);
    expect(collector.merged("ticket_metric", "9")).toBe(false);
    collector.duplicate("comment", "4");
    expect(collector.result().report).toMatchObject({ accepted: 1, duplicates: 2 });
  });

  it("returns copies: a result does not change when the collector goes on", () => {
    const collector = createImportCollector("x");
    const first = collector.result();
    collector.accept("teams", "group", "1", parseTeam({ id: "t1", name: "L1" }));
    expect(first.teams).toEqual([]);
    expect(first.report.records).toEqual([]);
    expect(collector.result().teams).toHaveLength(1);
  });
});
