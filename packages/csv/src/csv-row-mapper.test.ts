import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-parser";
import { createCsvRowMapper } from "./csv-row-mapper";

// After every date of the fixtures (the 2030 rows test the asOf check on their own).
const asOf = new Date("2026-01-01T00:00:00Z");

const mapAll = (text: string, header: "auto" | boolean = "auto") => {
  const mapper = createCsvRowMapper({ asOf, kind: "cases", header }, "importCsv");
  return parseCsv(text).map((record) => mapper.next(record));
};

describe("createCsvRowMapper", () => {
  it("returns null for a good header and maps the rows after it", () => {
    const [header, row] = mapAll(
      "customer_id,channel,status,created_at\nc1,chat,new,2024-03-01T10:00:00Z",
    );
    expect(header).toBeNull();
    expect(row).toMatchObject({ status: "accepted", sourceId: "row 2", fromIdColumn: false });
  });

  it("forces a header that names no known column: every row then lacks the required columns", () => {
    const [header, row] = mapAll("a,b,c,d\n1,2,3,4", true);
    expect(header).toMatchObject({ entity: "header", field: "customer_id" });
    expect(row).toMatchObject({ status: "rejected", field: "customer_id" });
  });

  it("names a syntax error's column as the header spells it", () => {
    const [, row] = mapAll(
      'Customer ID,channel,status,created_at\nc1,"chat"x,new,2024-03-01T10:00:00Z',
    );
    expect(row).toMatchObject({ status: "rejected", field: "channel" });
    const [, unnamed] = mapAll(
      'customer_id,channel,status,created_at\nc1,chat,new,2024-03-01T10:00:00Z,"x"y',
    );
    expect(unnamed).toMatchObject({ status: "rejected", field: "field 5" });
  });
});
