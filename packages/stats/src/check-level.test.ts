import { describe, expect, it } from "vitest";
import { checkLevel } from "./check-level";

describe("checkLevel", () => {
  it("return valid values and throw RangeError or TypeError otherwise", () => {
    expect(checkLevel("f: options.level", 0.9)).toBe(0.9);
    expect(() => checkLevel("f: options.level", 1)).toThrow(
      new RangeError("f: options.level: expected a confidence level in (0, 1), received 1"),
    );
    expect(() => checkLevel("f: options.level", "0.9")).toThrow(TypeError);
  });
});
