import { RapportValidationError } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { definePurposes, type PurposeDefinition } from "./purposes";

const ok: PurposeDefinition = {
  id: "newsletter",
  description: "Monthly news",
  lawfulBasis: "consent",
  requirement: "opt_in",
};

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RapportValidationError);
    return (error as RapportValidationError).issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  }
  throw new Error("expected a RapportValidationError");
}

describe("definePurposes", () => {
  it("returns the purposes in order, indexed by id, with defaults filled in", () => {
    const catalog = definePurposes([
      ok,
      {
        id: "resale",
        description: "Selling data",
        lawfulBasis: "legitimate_interests",
        requirement: "opt_out",
        sellsOrShares: true,
      },
    ]);
    expect(catalog.purposes.map((p) => p.id)).toEqual(["newsletter", "resale"]);
    expect(catalog.byId.get("newsletter")?.sellsOrShares).toBe(false);
    expect(catalog.byId.get("resale")?.sellsOrShares).toBe(true);
    expect(catalog.notices).toEqual([]);
  });

  it("sorts notices oldest first and does not mutate the input", () => {
    const notices = [
      { version: "b", publishedAt: new Date("2025-01-01T00:00:00Z") },
      {
        version: "a",
        publishedAt: new Date("2024-01-01T00:00:00Z"),
        materialChanges: ["newsletter"],
      },
    ];
    const catalog = definePurposes([ok], { notices });
    expect(catalog.notices.map((n) => n.version)).toEqual(["a", "b"]);
    expect(notices.map((n) => n.version)).toEqual(["b", "a"]);
  });

  it("lists every problem, naming the field, the value and what was expected", () => {
    const issues = issuesOf(() =>
      definePurposes(
        [
          ok,
          { ...ok }, // duplicate id
          { id: "", description: " ", lawfulBasis: "whim" as never, requirement: "opt_in" },
          {
            id: "li",
            description: "x",
            lawfulBasis: "legitimate_interests",
            requirement: "opt_in",
          },
          { id: "c", description: "x", lawfulBasis: "consent", requirement: "opt_out" },
          {
            id: "r",
            description: "x",
            lawfulBasis: "contract",
            requirement: "maybe" as never,
            retentionDays: 1.5,
          },
          {
            id: "s",
            description: "x",
            lawfulBasis: "contract",
            requirement: "none",
            sellsOrShares: "yes" as never,
            fields: "name" as never,
          },
        ],
        {
          notices: [
            { version: "", publishedAt: new Date("bad") },
            {
              version: "v1",
              publishedAt: new Date("2024-01-01T00:00:00Z"),
              materialChanges: ["nope"],
            },
            { version: "v1", publishedAt: new Date("2024-02-01T00:00:00Z") },
          ],
        },
      ),
    );
    expect(issues).toEqual([
      '1.id: expected a unique purpose id, received "newsletter"',
      '2.id: expected a non-empty string, received ""',
      '2.description: expected a description shown to customers, received " "',
      '2.lawfulBasis: expected one of "consent" | "contract" | "legal_obligation" | "vital_interests" | "public_task" | "legitimate_interests", received "whim"',
      '3.requirement: expected "opt_out" or "none" for the legitimate_interests basis ("opt_in" needs the consent basis), received "opt_in"',
      '4.requirement: expected "opt_in" for the consent basis (consent is given by a clear affirmative act), received "opt_out"',
      '5.requirement: expected one of "opt_in" | "opt_out" | "none", received "maybe"',
      "5.retentionDays: expected a positive whole number of days, received 1.5",
      '6.sellsOrShares: expected a boolean, received "yes"',
      '6.fields: expected an array of customer field names, received "name"',
      'notices.0.version: expected a non-empty string, received ""',
      "notices.0.publishedAt: expected a valid Date, received an invalid Date",
      'notices.1.materialChanges.0: expected a defined purpose id, received "nope"',
      'notices.2.version: expected a unique notice version, received "v1"',
    ]);
  });

  it("names an entry that is not an object", () => {
    expect(issuesOf(() => definePurposes([ok, null as never]))).toEqual([
      "1: expected a purpose definition object, received null",
    ]);
  });

  it("rejects something that is not an array", () => {
    expect(issuesOf(() => definePurposes({} as never))).toEqual([
      ": expected an array of purposes, received an object",
    ]);
  });
});
