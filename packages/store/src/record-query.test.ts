import { customerId } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { checkRecordQuery, encodeCursor } from "./record-query";

describe("checkRecordQuery", () => {
  it("defaults to 100 records per page and decodes the cursor", () => {
    expect(checkRecordQuery()).toEqual({
      customerId: undefined,
      fromMs: undefined,
      toMs: undefined,
      limit: 100,
      after: undefined,
    });
    expect(
      checkRecordQuery({
        customerId: customerId("c1"),
        from: new Date(0),
        to: new Date(5),
        cursor: encodeCursor(3, "id|with|bars"),
      }),
    ).toEqual({
      customerId: "c1",
      fromMs: 0,
      toMs: 5,
      limit: 100,
      after: { atMs: 3, id: "id|with|bars" },
    });
    expect(checkRecordQuery({ cursor: encodeCursor(-8_640_000_000_000_000, "k") }).after).toEqual({
      atMs: -8_640_000_000_000_000,
      id: "k",
    });
  });

  it("names the bad argument, its value and what was expected", () => {
    expect(() => checkRecordQuery({ limit: 10_001 })).toThrow(
      "limit: expected an integer from 1 to 10000, received 10001",
    );
    expect(() => checkRecordQuery({ limit: 2.5 })).toThrow(RangeError);
    expect(() => checkRecordQuery({ from: new Date("nope") })).toThrow(
      "from: expected a valid Date, received Invalid Date",
    );
    expect(() => checkRecordQuery({ customerId: "" as never })).toThrow(
      'customerId: expected a customer id (a non-empty string), received ""',
    );
    for (const cursor of ["", "|x", "12|", "1.5|x", "abc|x"]) {
      expect(() => checkRecordQuery({ cursor })).toThrow(
        `cursor: expected the nextCursor of a previous page, received ${JSON.stringify(cursor)}`,
      );
    }
  });
});
