import { describe, expect, it } from "vitest";
import { prepareUpsert } from "./prepare-upsert";
import { NO_TIME } from "./record-time";

describe("prepareUpsert", () => {
  it("keeps the last record per id, sorted by id, with customer and time", () => {
    const { records, rejected } = prepareUpsert("customers", [
      { id: "b", segment: "first" },
      { id: "a", firstSeenAt: "2024-01-01T00:00:00Z" },
      { id: "b", segment: "second" },
    ]);
    expect(rejected).toEqual([]);
    expect(records.map((r) => [r.id, r.customerId, r.atMs, r.record.segment])).toEqual([
      ["a", "a", Date.parse("2024-01-01T00:00:00Z"), undefined],
      ["b", "b", NO_TIME, "second"],
    ]);
  });

  it("reports each refused record with its index, id and every issue", () => {
    const { records, rejected } = prepareUpsert("transactions", {
      id: "t1",
      customerId: "",
      amount: { amount: 1.5, currency: "EUR" },
      occurredAt: "2024-01-01T00:00:00Z",
    });
    expect(records).toEqual([]);
    expect(rejected).toEqual([
      {
        index: 0,
        id: "t1",
        reason:
          'customerId: expected a customer id (a non-empty string; make one with customerId("…")), received ""; amount.amount: expected an integer amount in minor units (e.g. 1999 for 19.99), received 1.5',
        issues: [
          expect.objectContaining({ path: ["customerId"], code: "too_small", received: '""' }),
          expect.objectContaining({ path: ["amount", "amount"], code: "invalid_type" }),
        ],
      },
    ]);
  });
});
