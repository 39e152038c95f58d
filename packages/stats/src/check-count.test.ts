import { describe, expect, it } from "vitest";
import { checkCount } from "./check-count";

describe("checkCount", () => {
  it("returns a whole number ≥ 0 and throws RangeError or TypeError otherwise", () => {
    expect(checkCount("f: n", 0)).toBe(0);
    expect(() => checkCount("f: n", -1)).toThrow(
      new RangeError("f: n: expected a whole number ≥ 0, received -1"),
    );
    expect(() => checkCount("f: n", 2.5)).toThrow(RangeError);
    expect(() => checkCount("f: n", "3")).toThrow(TypeError);
  });
});
