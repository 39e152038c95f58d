import { customerId } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { C1 } from "./__fixtures__/ledger.fixture";
import { sources } from "./__fixtures__/sources.fixture";
import { customerRecords, RECORD_KINDS } from "./customer-records";

describe("customerRecords", () => {
  it("lists the customer's records kind by kind, in the order of the entity table, each with the date its retention counts from", () => {
    const records = customerRecords(C1, sources);
    expect(records.map((r) => [r.entity, r.id, r.at?.toISOString() ?? null])).toEqual([
      ["customer", "cus_1", "2023-01-01T00:00:00.000Z"],
      ["case", "case_1", "2024-02-01T00:00:00.000Z"],
      ["interaction", "int_1", "2024-02-01T00:00:00.000Z"],
      ["surveyResponse", "sr_1", "2024-02-05T00:00:00.000Z"],
      ["journeyEvent", "je_1", "2023-01-01T00:00:00.000Z"],
      ["consentEvent", "ce_1", "2023-01-01T00:00:00.000Z"],
      ["consentEvent", "ce_2", "2024-03-01T00:00:00.000Z"],
      ["consentEvent", "ce_3", "2023-01-01T00:00:00.000Z"],
      ["consentEvent", "ce_4", "2024-03-01T00:00:00.000Z"],
      ["consentEvent", "ce_5", "2030-01-01T00:00:00.000Z"],
      ["transaction", "tx_old", "2013-01-01T00:00:00.000Z"],
      ["transaction", "tx_1", "2024-01-10T00:00:00.000Z"],
      ["careGesture", "gst_1", "2024-02-02T00:00:00.000Z"],
      ["dataSubjectRequest", "dsr_access_1", "2024-04-02T00:00:00.000Z"],
    ]);
    expect(records[0]?.record).toBe([...(sources.customers ?? [])][0]);
  });

  it("gives null where a customer record has no date, and nothing for empty sources", () => {
    const bob = customerRecords(customerId("cus_2"), { customers: sources.customers ?? [] });
    expect(bob).toEqual([
      {
        entity: "customer",
        id: "cus_2",
        at: null,
        record: expect.objectContaining({ name: "Bob" }),
      },
    ]);
    expect(customerRecords(C1, {})).toEqual([]);
  });

  it("names the kinds by core's entity table", () => {
    expect(RECORD_KINDS).toEqual([
      "customer",
      "case",
      "interaction",
      "surveyResponse",
      "journeyEvent",
      "consentEvent",
      "transaction",
      "careGesture",
      "dataSubjectRequest",
    ]);
  });
});
