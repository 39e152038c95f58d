import { describe, expect, it } from "vitest";
import { editDistance, nearestName } from "./nearest-name";

describe("editDistance", () => {
  it.each([
    // The textbook pair: kitten → sitten → sittin → sitting, 3 edits.
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["abc", "", 3],
    ["email", "emails", 1],
    ["flaw", "lawn", 2],
    ["same", "same", 0],
  ] as const)("%s → %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("nearestName", () => {
  const fields = ["id", "externalIds", "name", "emails", "phones", "createdAt", "customerSince"];
  it("finds a misspelling, a missing letter and another case or separator", () => {
    expect(nearestName("email", fields)).toBe("emails");
    expect(nearestName("phone", fields)).toBe("phones");
    expect(nearestName("external_ids", fields)).toBe("externalIds");
    expect(nearestName("CustomerSince", fields)).toBe("customerSince");
  });
  it("suggests nothing for a name far from every field", () => {
    expect(nearestName("favouriteColour", fields)).toBeUndefined();
    expect(nearestName("zz", ["id"])).toBe("id"); // 2 edits, within the floor of 2
    expect(nearestName("abc", [])).toBeUndefined();
  });
  it("prefers the nearer of two candidates and the first of a tie", () => {
    expect(nearestName("nam", ["names", "name"])).toBe("name");
    expect(nearestName("ab", ["ac", "ad"])).toBe("ac");
  });
});
