import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addRecords } from "./add-records";
import type { IdentityRecord } from "./identity-record";
import type { IdentityResolution } from "./identity-resolution";
import type { IdentityRules, MatchModel } from "./identity-rules";
import { resolveIdentities } from "./resolve-identities";
import { unmergeRecord } from "./unmerge-record";

// Weights in which one agreeing field is not enough and two are: with lambda 0.05 the prior is
// log2(0.05 / 0.95) = -4.2479; an equal surname adds log2(0.8 / 0.05) = 4, an equal date of
// birth log2(0.8 / 0.02) = 5.3219, an equal first name log2(0.7 / 0.1) = 2.8074.
const MODEL: MatchModel = {
  lambda: 0.05,
  fields: {
    first_name: { m: [0.7, 0.1, 0.1, 0.1], u: [0.1, 0.1, 0.2, 0.6] },
    surname: { m: [0.8, 0.1, 0.05, 0.05], u: [0.05, 0.05, 0.1, 0.8] },
    dob: { m: [0.8, 0.1, 0.05, 0.05], u: [0.02, 0.03, 0.05, 0.9] },
  },
};
const RULES: IdentityRules = {
  identifiers: { externalId: { kind: "external", priority: 1, unique: true } },
  compare: { first_name: "name", surname: "name", dob: "date" },
  blocking: [["surname"], ["dob"]],
  matchThreshold: 0.9,
  reviewThreshold: 0.3,
};
const groups = (r: IdentityResolution) => r.identities.map((i) => i.recordIds);
const reviewed = (r: IdentityResolution) => r.review.map((p) => p.records);

// Few values, typos among them, and unique external ids, so that scored joins, the review band
// and refused joins all happen.
const recordArb = fc.record({
  externalId: fc.option(fc.constantFrom("zendesk:1", "zendesk:2"), { nil: undefined }),
  first_name: fc.option(fc.constantFrom("ada", "adda", "alan"), { nil: undefined }),
  surname: fc.option(fc.constantFrom("lovelace", "lovelance", "turing"), { nil: undefined }),
  dob: fc.option(fc.constantFrom("1815-12-10", "1815-12-01", "1912-06-23"), { nil: undefined }),
});
const batchArb = fc
  .array(recordArb, { minLength: 1, maxLength: 9 })
  .map((rows): IdentityRecord[] => rows.map((fields, i) => ({ id: `r${i}`, fields })));
const orderArb = batchArb.chain((records) =>
  fc.tuple(
    fc.constant(records),
    fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
    fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 9, maxLength: 9 }),
  ),
);

/** The records fed in `sizes` chunks: the first resolved by `start`, the others added. */
function incremental(
  shuffled: readonly IdentityRecord[],
  sizes: readonly number[],
  start: (records: readonly IdentityRecord[]) => IdentityResolution,
): IdentityResolution {
  let at = Math.min(sizes[0]!, shuffled.length);
  let state = start(shuffled.slice(0, at));
  for (const size of sizes.slice(1)) {
    if (at >= shuffled.length) break;
    state = addRecords(state, shuffled.slice(at, at + size), RULES);
    at += size;
  }
  return state;
}

describe("addRecords with probabilistic matching", () => {
  it("carries the model: in any order and any chunks, the identities of one batch run with it", () => {
    fc.assert(
      fc.property(orderArb, ([records, shuffled, sizes]) => {
        const batch = resolveIdentities(records, { ...RULES, model: MODEL });
        // Only the first run is given the model; every addRecords call takes it from the state.
        const state = incremental(shuffled, sizes, (r) =>
          resolveIdentities(r, { ...RULES, model: MODEL }),
        );
        expect(state.model).toEqual(MODEL);
        expect(groups(state)).toEqual(groups(batch));
        expect(reviewed(state)).toEqual(reviewed(batch));
        expect(state.conflicts.map((c) => c.link.records)).toEqual(
          batch.conflicts.map((c) => c.link.records),
        );
        expect(state.log.map((e) => e.seq)).toEqual(state.log.map((_, i) => i + 1));
      }),
      { numRuns: 60, seed: 24 },
    );
  });

  it("carries EM weights fitted on the first batch, through JSON, and logs the fit once", () => {
    fc.assert(
      fc.property(orderArb, ([records, shuffled, sizes]) => {
        const first = resolveIdentities(shuffled.slice(0, sizes[0]), RULES);
        expect(first.log[0]).toEqual({ seq: 1, action: "fit", records: [], model: first.model });
        // A resolution stored as JSON and read back carries on the same.
        const stored = JSON.parse(JSON.stringify(first)) as IdentityResolution;
        const state = incremental(shuffled, sizes, () => first);
        const batch = resolveIdentities(records, { ...RULES, model: first.model! });
        expect(state.model).toEqual(first.model);
        expect(groups(state)).toEqual(groups(batch));
        const rest = shuffled.slice(sizes[0]);
        if (rest.length > 0) expect(groups(addRecords(stored, rest, RULES))).toEqual(groups(batch));
        expect(state.log.filter((e) => e.action === "fit")).toHaveLength(1);
      }),
      { numRuns: 20, seed: 24 },
    );
  });

  it("scores added records with the carried weights, worked out by hand", () => {
    const first = resolveIdentities(
      [{ id: "a", fields: { first_name: "Ada", surname: "Lovelace", dob: "1815-12-10" } }],
      { ...RULES, model: MODEL },
    );
    const next = addRecords(
      first,
      [
        // surname and dob equal, first name missing: -4.2479 + 4 + 5.3219 = 5.0740,
        // probability 1 / (1 + 2^-5.0740) = 0.97117 (python3: 1/(1+2**-w)): joins.
        { id: "b", fields: { surname: "lovelace", dob: "1815-12-10" } },
        // surname equal, dob two characters apart (level 2): -4.2479 + 4 + log2(0.05 / 0.05)
        // = -0.2479, probability 0.45714: the review band.
        { id: "c", fields: { surname: "Lovelace", dob: "1815-12-01" } },
      ],
      RULES,
    );
    expect(groups(next)).toEqual([["a", "b"], ["c"]]);
    const link = next.identities[0]!.links[0]!;
    expect(link.by === "score" && link.probability).toBeCloseTo(0.97117, 5);
    expect(next.review.map((r) => [r.records, r.probability])).toEqual([
      [["a", "c"], expect.closeTo(0.45714, 5)],
      [["b", "c"], expect.closeTo(0.45714, 5)],
    ]);
    // Unmerging keeps the carried weights too.
    const apart = unmergeRecord(next, "b", RULES);
    expect(apart.model).toEqual(MODEL);
    expect(groups(apart)).toEqual([["a"], ["b"], ["c"]]);
  });
});
