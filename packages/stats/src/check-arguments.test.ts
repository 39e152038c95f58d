import { describe, expect, it } from "vitest";
import { checkCount, checkLevel } from "./check-arguments";

describe("checkLevel / checkCount", () => {
  it("return valid values and throw RangeError or TypeError otherwise", () => {
    expect(checkLevel("f: options.level", 0.9)).toBe(0.9);
    expect(() => checkLevel("f: options.level", 1)).toThrow(
      new RangeError(
        "f: options.level: expected a confidence level strictly between 0 and 1, received 1",
      ),
    );
    expect(() => checkLevel("f: options.level", "0.9")).toThrow(TypeError);
    expect(checkCount("f: n", 0)).toBe(0);
    expect(() => checkCount("f: n", -1)).toThrow(
      new RangeError("f: n: expected a whole number ≥ 0, received -1"),
    );
    expect(() => checkCount("f: n", 2.5)).toThrow(RangeError);
    expect(() => checkCount("f: n", "3")).toThrow(TypeError);
  });
});
