import {
  safeParseCase,
  safeParseDataSubjectRequest,
  safeParseInteraction,
  safeParseSurveyResponse,
} from "@rapport/core";
import { describe, expect, it } from "vitest";
import golden from "./__fixtures__/import-reports.json" with { type: "json" };
import { MUTATED, MUTATED_AS_OF } from "./csv-mutations.fixture";
import { importCsv } from "./import-csv";

// `__fixtures__/import-reports.json` holds what the import made of these files when every
// record went through the model's zod schema: each accepted record, each rejection's column and
// reason. The importer must give the same, byte for byte.
describe("importCsv: the same records and reports as the schema-only import", () => {
  for (const [n, { kind, text }] of MUTATED.entries()) {
    it(`on the mutated ${kind} fixture`, () => {
      const result = importCsv(text, { kind, asOf: MUTATED_AS_OF });
      const expected = golden[n]!;
      expect(expected.kind).toBe(kind);
      expect(JSON.parse(JSON.stringify(result.report))).toEqual(expected.report);
      expect(JSON.stringify(result.report)).toBe(JSON.stringify(expected.report));
      expect(JSON.stringify(result[kind])).toBe(JSON.stringify(expected.records));
    });
  }
});

// Every record built without the schema is one the schema takes, and gives back as it is.
describe("importCsv: what the model builders build, the schemas take unchanged", () => {
  const parsers = {
    surveyResponses: safeParseSurveyResponse,
    interactions: safeParseInteraction,
    cases: safeParseCase,
    dataSubjectRequests: safeParseDataSubjectRequest,
  } as const;
  for (const { kind, text } of MUTATED) {
    it(`on the mutated ${kind} fixture`, () => {
      const records: readonly unknown[] = importCsv(text, { kind, asOf: MUTATED_AS_OF })[kind];
      expect(records.length).toBeGreaterThan(100);
      for (const record of records) {
        const parsed = parsers[kind](record);
        expect(parsed.success).toBe(true);
        if (parsed.success) expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(record));
      }
    });
  }
});
