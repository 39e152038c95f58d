import { describe, expect, it } from "vitest";
import { candidatePairs } from "./candidate-pairs";
import type { IdentityRecord } from "./identity-record";

const record = (surname: string, dob?: string): IdentityRecord => ({
  id: surname + (dob ?? ""),
  fields: { surname, dob },
});
const pairs = (r: ReturnType<typeof candidatePairs>) =>
  Array.from(r.left, (left, p) => `${left}-${r.right[p]}`);

describe("candidatePairs", () => {
  it("compares each pair once, under the first rule that blocks it together", () => {
    // surname blocks {0, 1, 2} and {3}; dob blocks {0, 1} and {2, 3}; " Ng " is "ng".
    const records = [
      record("Ng", "1970"),
      record(" ng ", "1970"),
      record("NG", "1980"),
      record("Hall", "1980"),
    ];
    const result = candidatePairs(records, [["surname"], ["dob"]], 1000);
    // surname: 0-1, 0-2, 1-2; dob: 0-1 already compared, 2-3 new.
    expect(pairs(result)).toEqual(["0-1", "0-2", "1-2", "2-3"]);
    expect(result.skipped).toEqual([]);
  });

  it("leaves out a block over the cap, and a later rule still compares its pairs", () => {
    const records = [record("Ng", "1970"), record("Ng", "1970"), record("Ng", "1980")];
    const result = candidatePairs(records, [["surname"], ["dob"], ["surname", "dob"]], 2);
    // The surname block (3 records) is over the cap of 2: dob compares 0-1, and surname + dob
    // would compare 0-1 again, so it adds nothing.
    expect(result.skipped).toEqual([{ rule: ["surname"], key: "ng", size: 3 }]);
    expect(pairs(result)).toEqual(["0-1"]);
  });

  it("skips records with an empty blocking field", () => {
    const records = [record("Ng"), record("Ng"), record("", "1970"), record("  ", "1970")];
    const result = candidatePairs(records, [["surname", "dob"], ["surname"]], 1000);
    expect(pairs(result)).toEqual(["0-1"]);
  });
});
