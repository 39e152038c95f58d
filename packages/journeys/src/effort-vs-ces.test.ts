import { caseId, customerId, decodeSurveyResponse } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { ces } from "./__fixtures__/journeys.fixture";
import type { CaseEffort } from "./effort-index";
import { effortVsCes } from "./effort-vs-ces";

const effort = (id: string, value: number) =>
  ({ kind: "case", caseId: caseId(id), customerId: customerId("c1"), value }) as CaseEffort;
const efforts = [effort("a", 10), effort("b", 20), effort("c", 30), effort("d", 40)];

describe("effortVsCes", () => {
  it("correlates the index with CES answers (scipy.stats on the raw scores)", () => {
    // pearsonr([10, 20, 30, 40], [7, 5, 6, 1]) = -0.8344971792454872; spearmanr = -0.8.
    // (Scaling the scores to 0..1 is linear, so it leaves both unchanged.)
    const result = effortVsCes(efforts, [ces("a", 7), ces("b", 5), ces("c", 6), ces("d", 1)]);
    expect(result.n).toBe(4);
    expect(result.pearson.value).toBeCloseTo(-0.8344971792454872, 12);
    expect(result.spearman.value).toBeCloseTo(-0.8, 12);
    // Fisher z with n = 4: atanh(−0.834497) = −1.202769, se = 1/√(4 − 3) = 1,
    // tanh(−1.202769 ∓ 1.959964) = (−0.996426, 0.639422).
    expect(result.pearson.interval!.lower).toBeCloseTo(-0.9964261319726367, 10);
    expect(result.pearson.interval!.upper).toBeCloseTo(0.6394219353332767, 10);
  });

  it("puts 5- and 7-point answers on one scale", () => {
    // 3 of 5 is the middle of its scale, as 4 of 7 is: both scale to 0.5.
    const seven = effortVsCes(efforts, [ces("a", 7), ces("b", 4), ces("c", 6), ces("d", 1)]);
    const mixed = effortVsCes(efforts, [
      ces("a", 7),
      ces("b", 3, undefined, "five_point"),
      ces("c", 6),
      ces("d", 1),
    ]);
    expect(mixed.pearson.value).toBeCloseTo(seven.pearson.value!, 12);
  });

  it("uses the latest answer per case and accounts for every response", () => {
    const early = ces("a", 1, "2024-03-01T00:00:00Z");
    const late = ces("a", 7, "2024-03-02T00:00:00Z");
    const earlier = ces("a", 2, "2024-02-01T00:00:00Z");
    const orphan = ces(undefined, 4);
    const elsewhere = ces("zzz", 4);
    const nps = decodeSurveyResponse({
      kind: "nps",
      score: 9,
      id: "nps_1",
      customerId: "c1",
      caseId: "a",
      respondedAt: "2024-03-01T00:00:00Z",
    });
    const result = effortVsCes(efforts, [
      early,
      late,
      earlier,
      orphan,
      elsewhere,
      nps,
      ces("b", 1),
    ]);
    expect(result.n).toBe(2);
    expect(result.superseded).toEqual([early.id, earlier.id]);
    expect(result.unmatched).toEqual([orphan.id, elsewhere.id]);
    expect(result.otherKinds).toBe(1);
    // a: effort 10, CES 7 (latest); b: effort 20, CES 1 -> a perfect negative line.
    expect(result.pearson.value).toBe(-1);
  });

  it("is null with no pairs", () => {
    const result = effortVsCes([], []);
    expect(result.n).toBe(0);
    expect(result.pearson).toEqual({ value: null, n: 0, interval: null });
    expect(result.spearman.value).toBeNull();
  });
});
