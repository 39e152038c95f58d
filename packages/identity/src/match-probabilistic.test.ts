import { describe, expect, it } from "vitest";
import type { IdentityRecord } from "./identity-record";
import type { IdentityRules, MatchModel } from "./identity-rules";
import { resolveIdentities } from "./resolve-identities";

const model: MatchModel = {
  lambda: 0.01,
  fields: {
    surname: { m: [0.8, 0.1, 0.05, 0.05], u: [0.01, 0.01, 0.03, 0.95] },
    dob: { m: [0.9, 0.05, 0.03, 0.02], u: [0.001, 0.004, 0.02, 0.975] },
  },
};
const records: IdentityRecord[] = [
  { id: "1", fields: { surname: "Allen", dob: "1971-06-24" } },
  { id: "2", fields: { surname: "Alen", dob: "1971-06-24" } },
  { id: "3", fields: { surname: "Allen", dob: "1980-01-01" } },
  { id: "4", fields: { surname: "Kelly" } },
];
const rules: IdentityRules = {
  compare: { surname: "name", dob: "date" },
  blocking: [["dob"], ["surname"]],
  model,
};

describe("resolveIdentities, Fellegi-Sunter with a given model", () => {
  it("joins a pair from the match threshold and explains it with the weight of each field", () => {
    const result = resolveIdentities(records, rules);
    // 1-2: surname Jaro-Winkler 0.947 (level 1), dob equal (level 0).
    // weight = log2(0.01/0.99) + log2(0.1/0.01) + log2(0.9/0.001) = -6.62936 + 3.32193 + 9.81378 = 6.50635
    // probability = 1 / (1 + 2^-6.50635) = 0.98912 (python3: 1/(1+2**-w))
    const link = result.identities[0]?.links[0];
    expect(result.identities.map((i) => i.recordIds)).toEqual([["1", "2"], ["3"], ["4"]]);
    expect(link?.by).toBe("score");
    if (link?.by !== "score") return;
    expect(link.weight).toBeCloseTo(6.50635, 4);
    expect(link.probability).toBeCloseTo(0.98912, 5);
    expect(link.comparisons).toEqual([
      {
        field: "surname",
        left: "Allen",
        right: "Alen",
        level: "Jaro-Winkler ≥ 0.92",
        weight: expect.closeTo(3.3219, 4),
      },
      {
        field: "dob",
        left: "1971-06-24",
        right: "1971-06-24",
        level: "equal",
        weight: expect.closeTo(9.8138, 4),
      },
    ]);
  });

  it("returns pairs in the review band separately, and none below it", () => {
    // 1-3: surname equal, dob different: -6.6294 + log2(0.8/0.01) + log2(0.02/0.975)
    //      = -6.6294 + 6.3219 - 5.6073 = -5.9148, probability 0.0163: in a band from 0.01, not from 0.5.
    const result = resolveIdentities(records, { ...rules, reviewThreshold: 0.01 });
    expect(result.review.map((r) => r.records)).toEqual([["1", "3"]]);
    expect(result.review[0]?.probability).toBeCloseTo(1 / (1 + 2 ** 5.9148), 4);
    expect(resolveIdentities(records, { ...rules, reviewThreshold: 0.5 }).review).toEqual([]);
    // 2-3 share nothing a blocking rule looks at, so they are never compared.
    expect(result.review.some((r) => r.records.includes("2") && r.records.includes("3"))).toBe(
      false,
    );
  });

  it("holds the match threshold: above the pair's probability nothing joins, and it goes to review", () => {
    const result = resolveIdentities(records, { ...rules, matchThreshold: 0.99 });
    expect(result.identities).toHaveLength(4);
    expect(result.review.map((r) => r.records)).toEqual([["1", "2"]]);
  });

  it("leaves out blocks larger than maxBlockSize and reports them", () => {
    const many: IdentityRecord[] = Array.from({ length: 5 }, (_, i) => ({
      id: `r${i}`,
      fields: { surname: "Smith" },
    }));
    const result = resolveIdentities(many, { ...rules, maxBlockSize: 4 });
    expect(result.skippedBlocks).toEqual([{ rule: ["surname"], key: "smith", size: 5 }]);
    expect(result.identities).toHaveLength(5);
  });

  it("keeps merge protection on scored pairs too", () => {
    const result = resolveIdentities(
      [
        { id: "1", fields: { surname: "Allen", dob: "1971-06-24", externalId: "zendesk:1" } },
        { id: "2", fields: { surname: "Allen", dob: "1971-06-24", externalId: "zendesk:2" } },
      ],
      { ...rules, identifiers: { externalId: { kind: "external", priority: 1, unique: true } } },
    );
    expect(result.identities).toHaveLength(2);
    expect(result.conflicts[0]?.link.by).toBe("score");
  });

  it("estimates the model by EM when none is given", () => {
    const people = Array.from({ length: 40 }, (_, i) => i);
    const data: IdentityRecord[] = people.flatMap((i) => [
      { id: `${i}a`, fields: { surname: `Surname${i}`, dob: `19${50 + i}-01-0${1 + (i % 9)}` } },
      { id: `${i}b`, fields: { surname: `Surname${i}`, dob: `19${50 + i}-01-0${1 + (i % 9)}` } },
    ]);
    const result = resolveIdentities(data, { compare: { surname: "name", dob: "date" } });
    expect(result.identities).toHaveLength(40);
    expect(result.model!.fields.dob!.m[0]).toBeGreaterThan(0.9);
    expect(result.model!.fields.dob!.u[0]).toBeLessThan(0.05);
  });
});
