import { parseCase, parseCustomer } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { NO_TIME, recordTime } from "./record-time";
import { isStoreEntity, STORE_ENTITIES } from "./store-entity";
import { decodeStoreRecord, encodeStoreRecord } from "./store-record-codec";

describe("store entities", () => {
  it("names nine repositories", () => {
    expect(STORE_ENTITIES.length).toBe(9);
    expect(STORE_ENTITIES.every(isStoreEntity)).toBe(true);
    expect([isStoreEntity("tickets"), isStoreEntity(3)]).toEqual([false, false]);
  });

  it("orders customers by first-seen, else customer-since, else first of all", () => {
    expect(
      recordTime(
        "customers",
        parseCustomer({
          id: "c",
          customerSince: "2024-01-01T00:00:00Z",
          firstSeenAt: "2023-01-01T00:00:00Z",
        }),
      ),
    ).toBe(Date.parse("2023-01-01T00:00:00Z"));
    expect(
      recordTime("customers", parseCustomer({ id: "c", customerSince: "2024-01-01T00:00:00Z" })),
    ).toBe(Date.parse("2024-01-01T00:00:00Z"));
    expect(recordTime("customers", parseCustomer({ id: "c" }))).toBe(NO_TIME);
    expect(new Date(NO_TIME).getTime()).toBe(NO_TIME);
    expect(Number.isNaN(new Date(NO_TIME - 1).getTime())).toBe(true);
  });

  it("round-trips a record through its stored JSON", () => {
    const kase = parseCase({
      id: "k1",
      customerId: "c1",
      channel: "email",
      status: "open",
      createdAt: "2024-01-01T10:00:00+02:00",
      statusHistory: [{ status: "open", at: "2024-01-01T10:00:00+02:00" }],
    });
    const json = encodeStoreRecord("cases", kase);
    expect(json).toContain('"createdAt":"2024-01-01T08:00:00.000Z"');
    expect(decodeStoreRecord("cases", json)).toEqual(kase);
  });
});
