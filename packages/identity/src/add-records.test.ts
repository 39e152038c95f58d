import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addRecords } from "./add-records";
import type { IdentityRecord } from "./identity-record";
import type { IdentityResolution } from "./identity-resolution";
import type { IdentityRules } from "./identity-rules";
import { resolveIdentities } from "./resolve-identities";
import { unmergeRecord } from "./unmerge-record";

const RULES: IdentityRules = {
  identifiers: {
    externalId: { kind: "external", priority: 1, unique: true },
    email: { priority: 2, limit: 2 },
    phone: { priority: 3, kind: "exact" },
  },
};
const groups = (r: IdentityResolution) => r.identities.map((i) => i.recordIds);

// Small records over few values, so that joins, limits and conflicts all happen.
const recordArb = fc.record({
  externalId: fc.option(fc.constantFrom("zendesk:1", "zendesk:2", "intercom:1"), {
    nil: undefined,
  }),
  email: fc.option(fc.constantFrom("a@x.io", "b@x.io", "c@x.io"), { nil: undefined }),
  phone: fc.option(fc.constantFrom("1", "2"), { nil: undefined }),
});
const batchArb = fc
  .array(recordArb, { minLength: 1, maxLength: 8 })
  .map((rows): IdentityRecord[] => rows.map((fields, i) => ({ id: `r${i}`, fields })));

describe("addRecords", () => {
  it("in any order and any chunks, gives the identities of one batch run", () => {
    fc.assert(
      fc.property(
        batchArb.chain((records) =>
          fc.tuple(
            fc.constant(records),
            fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
            fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 8, maxLength: 8 }),
          ),
        ),
        ([records, shuffled, sizes]) => {
          const batch = resolveIdentities(records, RULES);
          let at = Math.min(sizes[0]!, shuffled.length);
          let state = resolveIdentities(shuffled.slice(0, at), RULES);
          for (const size of sizes.slice(1)) {
            if (at >= shuffled.length) break;
            state = addRecords(state, shuffled.slice(at, at + size), RULES);
            at += size;
          }
          expect(groups(state)).toEqual(groups(batch));
          expect(state.conflicts.length).toBe(batch.conflicts.length);
          // The log is append-only: each entry has the next sequence number.
          expect(state.log.map((e) => e.seq)).toEqual(state.log.map((_, i) => i + 1));
        },
      ),
      { numRuns: 100, seed: 24 },
    );
  });

  it("logs a merge for each join the new records make, and a split for one they undo", () => {
    const first = resolveIdentities(
      [
        { id: "b", fields: { externalId: "zendesk:1", email: "a@x.io" } },
        { id: "c", fields: { email: "a@x.io" } },
      ],
      RULES,
    );
    expect(first.log).toMatchObject([{ seq: 1, action: "merge", records: ["b", "c"] }]);
    // a comes first in record order: c joins a, then b (another Zendesk id) cannot join.
    const next = addRecords(
      first,
      [{ id: "a", fields: { externalId: "zendesk:2", email: "a@x.io" } }],
      RULES,
    );
    expect(groups(next)).toEqual([["a", "c"], ["b"]]);
    expect(next.log.map((e) => `${e.seq} ${e.action} ${e.records.join("+")}`)).toEqual([
      "1 merge b+c",
      "2 split b+c",
      "3 merge a+c",
    ]);
    expect(() => addRecords(first, [{ id: "c", fields: {} }], RULES)).toThrow(RangeError);
  });
});

describe("unmergeRecord", () => {
  it("restores the records exactly and keeps them apart through later additions", () => {
    const records: IdentityRecord[] = [
      { id: "a", fields: { email: "family@x.io" } },
      { id: "b", fields: { email: "family@x.io", phone: "7" } },
    ];
    const copy = structuredClone(records);
    const merged = resolveIdentities(records, RULES);
    expect(groups(merged)).toEqual([["a", "b"]]);
    const apart = unmergeRecord(merged, "b", RULES, { reason: "two people" });
    expect(groups(apart)).toEqual(groups(resolveIdentities([records[0]!], RULES)).concat([["b"]]));
    expect(apart.records).toEqual(copy);
    expect(apart.log.at(-1)).toEqual({
      seq: 2,
      action: "unmerge",
      records: ["b", "a"],
      reason: "two people",
    });
    expect(apart.conflicts[0]?.reason).toBe("kept apart by an unmerge of a and b");
    const later = addRecords(
      apart,
      [{ id: "c", fields: { email: "family@x.io", phone: "7" } }],
      RULES,
    );
    expect(groups(later)).toEqual([["a", "c"], ["b"]]);
    expect(() => unmergeRecord(merged, "zz", RULES)).toThrow(RangeError);
  });
});
