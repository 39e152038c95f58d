import { safeParseCustomer, safeParseJourneyEvent } from "@rapport/core";
import { describe, expect, it } from "vitest";
import golden from "./__fixtures__/import-reports.json" with { type: "json" };
import { importSegment } from "./import-segment";
import { MUTATED_AS_OF, MUTATED_NDJSON } from "./segment-mutations.fixture";

// `__fixtures__/import-reports.json` holds what the import made of the mutated fixture messages
// when every message went through the zod schemas: each customer and journey event, each
// rejection's field and reason. The importer must give the same, byte for byte.
describe("importSegment: the same records and reports as the schema-only import", () => {
  const cases = [
    { name: "with the default options", options: {} },
    {
      name: "importing visitors and page views",
      options: { anonymous: "customer", pageViews: true },
    },
  ] as const;
  for (const [n, { name, options }] of cases.entries()) {
    it(name, () => {
      const result = importSegment(MUTATED_NDJSON, { asOf: MUTATED_AS_OF, ...options });
      const expected = golden[n]!;
      expect(JSON.parse(JSON.stringify(result.report))).toEqual(expected.report);
      expect(JSON.stringify(result.report)).toBe(JSON.stringify(expected.report));
      expect(JSON.stringify(result.customers)).toBe(JSON.stringify(expected.customers));
      expect(JSON.stringify(result.journeyEvents)).toBe(JSON.stringify(expected.journeyEvents));
    });
  }
});

// Every customer and journey event built without the schema is one the schema takes, and gives
// back as it is.
describe("importSegment: what the model builders build, the schemas take unchanged", () => {
  it("on the mutated fixture messages", () => {
    const result = importSegment(MUTATED_NDJSON, {
      asOf: MUTATED_AS_OF,
      anonymous: "customer",
      pageViews: true,
    });
    expect(result.customers.length).toBeGreaterThan(10);
    expect(result.journeyEvents.length).toBeGreaterThan(100);
    for (const [records, parse] of [
      [result.customers, safeParseCustomer],
      [result.journeyEvents, safeParseJourneyEvent],
    ] as const) {
      for (const record of records) {
        const parsed = parse(record);
        expect(parsed.success).toBe(true);
        if (parsed.success) expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(record));
      }
    }
  });
});
