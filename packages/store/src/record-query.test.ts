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
    const throws = (query: unknown, error: Error) =>
      expect(() => checkRecordQuery(query as never)).toThrow(error);
    throws(
      { limit: 10_001 },
      new RangeError("query: limit: expected an integer from 1 to 10000, received 10001"),
    );
    throws(
      { limit: 2.5 },
      new RangeError("query: limit: expected an integer from 1 to 10000, received 2.5"),
    );
    throws(
      { limit: "10" },
      new TypeError('query: limit: expected an integer from 1 to 10000, received "10"'),
    );
    throws(
      { from: new Date("nope") },
      new RangeError("query: from: expected a valid Date, received an invalid Date"),
    );
    throws(
      { to: "2024-01-01" },
      new TypeError('query: to: expected a Date, received "2024-01-01"'),
    );
    throws(
      { customerId: "" },
      new RangeError(
        'query: customerId: expected a customer id (a non-empty string; make one with customerId("…")), received ""',
      ),
    );
    throws(
      { customerId: 7 },
      new TypeError(
        'query: customerId: expected a customer id (a non-empty string; make one with customerId("…")), received 7',
      ),
    );
    for (const cursor of ["", "|x", "12|", "1.5|x", "abc|x"]) {
      throws(
        { cursor },
        new RangeError(
          `query: cursor: expected the nextCursor of a previous page, received ${JSON.stringify(cursor)}`,
        ),
      );
    }
    throws(
      { cursor: 12 },
      new TypeError("query: cursor: expected the nextCursor of a previous page, received 12"),
    );
  });
});
