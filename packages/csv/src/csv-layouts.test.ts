import { describe, expect, it } from "vitest";
import { CSV_KINDS, CSV_LAYOUTS, normalizeCsvName } from "./csv-layouts";

const required = (kind: (typeof CSV_KINDS)[number]) =>
  CSV_LAYOUTS[kind].columns.filter((column) => column.required).map((column) => column.name);

describe("CSV_LAYOUTS", () => {
  it("requires what the model cannot do without", () => {
    expect(required("surveyResponses")).toEqual(["customer_id", "kind", "score", "responded_at"]);
    expect(required("interactions")).toEqual([
      "customer_id",
      "channel",
      "author_kind",
      "occurred_at",
    ]);
    expect(required("cases")).toEqual(["customer_id", "channel", "status", "created_at"]);
  });

  it("has one layout per kind, starting with id and customer_id, names unique", () => {
    for (const kind of CSV_KINDS) {
      const names = CSV_LAYOUTS[kind].columns.map((column) => column.name);
      expect(names.slice(0, 2)).toEqual(["id", "customer_id"]);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(normalizeCsvName(name)).toBe(name);
    }
  });
});

describe("normalizeCsvName", () => {
  it("matches spellings of the same name", () => {
    expect(
      ["Customer ID", "customer-id", " CUSTOMER__ID ", "customer_id"].map(normalizeCsvName),
    ).toEqual(Array(4).fill("customer_id"));
    expect(normalizeCsvName("On Hold")).toBe("on_hold");
  });
});
