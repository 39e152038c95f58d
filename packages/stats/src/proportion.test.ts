import { describe, expect, it } from "vitest";
import { proportion } from "./proportion";

describe("proportion", () => {
  it("is a share in percent with its Wilson interval in percent", () => {
    // 92 of 400: R's prop.test(92, 400, correct = FALSE)$conf.int (the Wilson interval)
    // = 0.191443830518965, 0.273692808421556
    const share = proportion(92, 400);
    expect(share.value).toBe(23);
    expect(share.successes).toBe(92);
    expect(share.n).toBe(400);
    expect(share.interval?.lower).toBeCloseTo(19.1443830518965, 10);
    expect(share.interval?.upper).toBeCloseTo(27.3692808421556, 10);
    expect(share.interval?.level).toBe(0.95);
    expect(share.interval?.method).toBe("wilson");
    expect(share.smallSample).toBe(false);
  });

  it("is null when n is 0, flags small samples and takes a level", () => {
    expect(proportion(0, 0)).toEqual({
      value: null,
      successes: 0,
      n: 0,
      interval: null,
      smallSample: true,
    });
    expect(proportion(5, 29).smallSample).toBe(true);
    expect(proportion(5, 30).smallSample).toBe(false);
    expect(proportion(5, 30, { minSample: 31 }).smallSample).toBe(true);
    // 0 of 10 at 90 %: upper = z²/(n + z²) with z = 1.6448536: 2.7055434 / 12.7055434;
    // R: prop.test(0, 10, correct = FALSE, conf.level = 0.9)$conf.int[2] = 0.212941970083407
    expect(proportion(0, 10, { level: 0.9 }).interval?.upper).toBeCloseTo(21.2941970083407, 10);
    expect(proportion(10, 10).interval?.upper).toBe(100);
  });

  it("rejects wrong types with a TypeError and values outside their domain with a RangeError", () => {
    expect(() => proportion(5, 3)).toThrow(
      new RangeError("proportion: successes: expected a whole number from 0 to n (3), received 5"),
    );
    expect(() => proportion(1.5, 3)).toThrow(
      new RangeError("proportion: successes: expected a whole number ≥ 0, received 1.5"),
    );
    expect(() => proportion(1, -3)).toThrow(RangeError);
    expect(() => proportion(1, 3, { level: 95 })).toThrow(
      new RangeError(
        "proportion: options.level: expected a confidence level in (0, 1), received 95",
      ),
    );
    expect(() => proportion(1, 3, { minSample: -1 })).toThrow(RangeError);
    expect(() => proportion("1" as unknown as number, 3)).toThrow(TypeError);
    expect(() => proportion(1, 3, { level: "0.9" as unknown as number })).toThrow(TypeError);
    expect(() => proportion(1, 3, null as unknown as object)).toThrow(TypeError);
  });
});
