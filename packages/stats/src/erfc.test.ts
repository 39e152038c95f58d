import { describe, expect, it } from "vitest";
import { erfc } from "./erfc";

describe("erfc", () => {
  it.each([
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047265],
    [-1, 1.842700792949715],
    [-3, 1.9999779095030015],
  ])("erfc(%d) = %d (math.erfc)", (x, expected) => {
    expect(erfc(x)).toBeCloseTo(expected, 15);
  });

  it.each([
    [5, 1.5374597944280351e-12],
    [10, 2.088487583762545e-45],
    [26, 5.663192408856143e-296],
  ])("keeps relative precision in the far tail: erfc(%d)", (x, expected) => {
    expect(Math.abs(erfc(x) / expected - 1)).toBeLessThan(1e-13);
  });

  it("rejects NaN", () => {
    expect(() => erfc(Number.NaN)).toThrow(
      new RangeError("erfc: x: expected a number, received NaN"),
    );
    expect(() => erfc("1" as unknown as number)).toThrow(TypeError);
  });
});
