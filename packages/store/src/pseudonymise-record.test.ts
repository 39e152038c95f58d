import { customerId } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { PERSONAL_VALUES, personalRecords } from "./conformance-records";
import { pseudonymiseRecord } from "./pseudonymise-record";
import { STORE_ENTITIES } from "./store-entity";
import { validateStoreRecord } from "./store-record-codec";

describe("pseudonymiseRecord", () => {
  it("leaves no personal value, stays valid, and does not touch its input", () => {
    const records = personalRecords();
    for (const entity of STORE_ENTITIES) {
      const [record] = records[entity];
      const before = JSON.stringify(record);
      const result = pseudonymiseRecord(entity, record as never, customerId("anon"));
      expect(JSON.stringify(record)).toBe(before);
      const text = JSON.stringify(result);
      const allowed = entity === "customers" ? ["cust-ada-1"] : [];
      expect([
        entity,
        PERSONAL_VALUES.filter((v) => !allowed.includes(v) && text.includes(v)),
      ]).toEqual([entity, []]);
      expect([entity, validateStoreRecord(entity, result).success]).toEqual([entity, true]);
    }
  });

  it("keeps what aggregates need", () => {
    const [response] = personalRecords().surveyResponses;
    expect(pseudonymiseRecord("surveyResponses", response!, customerId("anon"))).toEqual({
      kind: "nps",
      scale: "zero_to_ten",
      score: 3,
      id: "resp-1",
      customerId: "anon",
      respondedAt: new Date("2024-01-05T10:00:00Z"),
    });
    const [interaction] = personalRecords().interactions;
    const agentMessage = { ...interaction!, author: { kind: "agent" as const, id: "agent-9" } };
    expect(pseudonymiseRecord("interactions", agentMessage, customerId("anon")).author).toEqual({
      kind: "agent",
      id: "agent-9",
    });
    const [request] = personalRecords().dataSubjectRequests;
    expect(pseudonymiseRecord("dataSubjectRequests", request!, customerId("anon"))).toEqual({
      id: "dsr-ada-1",
      customerId: "anon",
      right: "access",
      receivedAt: new Date("2024-01-06T09:00:00Z"),
      extendedAt: new Date("2024-01-20T09:00:00Z"),
      extensionReason: "(pseudonymised)",
      completedAt: new Date("2024-02-10T09:00:00Z"),
      outcome: "fulfilled",
      jurisdiction: "UK",
      channel: "email",
    });
  });
});
