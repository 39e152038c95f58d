import { decodeCase, decodeCustomer, decodeSurveyResponse } from "@rapport/core";
import { emptyImportLists } from "@rapport/source-kit";
import { describe, expect, it } from "vitest";
import { groupByCustomer } from "./group-by-customer";

describe("groupByCustomer", () => {
  it("gives each customer every kind of record of theirs, survey answers included", () => {
    const lists = emptyImportLists();
    lists.customers.push(decodeCustomer({ id: "c1" }), decodeCustomer({ id: "c2" }));
    lists.cases.push(
      decodeCase({
        id: "k1",
        customerId: "c1",
        channel: "email",
        status: "open",
        createdAt: "2026-01-01T00:00:00Z",
      }),
    );
    lists.surveyResponses.push(
      decodeSurveyResponse({
        id: "r1",
        customerId: "c1",
        kind: "nps",
        score: 3,
        respondedAt: "2026-01-02T00:00:00Z",
      }),
      decodeSurveyResponse({
        id: "r2",
        customerId: "c2",
        kind: "nps",
        score: 10,
        respondedAt: "2026-01-02T00:00:00Z",
      }),
    );
    const groups = groupByCustomer(lists);
    expect([...groups.keys()]).toEqual(["c1", "c2"]);
    const c1 = groups.get("c1")!;
    expect([...(c1.customers ?? [])].map((c) => c.id)).toEqual(["c1"]);
    expect([...(c1.cases ?? [])].map((c) => c.id)).toEqual(["k1"]);
    // The key churnSignals reads: a customer's answers must arrive under it.
    expect([...(c1.surveyResponses ?? [])].map((r) => r.id)).toEqual(["r1"]);
    expect([...(groups.get("c2")!.surveyResponses ?? [])].map((r) => r.id)).toEqual(["r2"]);
    expect(groups.get("c2")!.cases).toEqual([]);
  });
});
