import { describe, expect, it } from "vitest";
import { newcombeInterval } from "./newcombe-interval";

describe("newcombeInterval", () => {
  it("matches Newcombe (1998), table II, method 10", () => {
    // Example (a): 56/70 − 48/80 = 0.2 → (0.0524, 0.3339)
    const a = newcombeInterval(56, 70, 48, 80)!;
    expect(a.lower).toBeCloseTo(0.0524, 4);
    expect(a.upper).toBeCloseTo(0.3339, 4);
    expect(a.method).toBe("newcombe-wilson");
    expect(a.level).toBe(0.95);
    // Example (b): 9/10 − 3/10 = 0.6 → (0.1705, 0.8090)
    const b = newcombeInterval(9, 10, 3, 10)!;
    expect(b.lower).toBeCloseTo(0.1705, 4);
    expect(b.upper).toBeCloseTo(0.809, 4);
    // Example (d): 5/56 − 0/29 = 0.0893 → (−0.0381, 0.1926)
    const d = newcombeInterval(5, 56, 0, 29)!;
    expect(d.lower).toBeCloseTo(-0.0381, 4);
    expect(d.upper).toBeCloseTo(0.1926, 4);
  });

  it("is null without data on a side, and checks its arguments", () => {
    expect(newcombeInterval(0, 0, 1, 2)).toBeNull();
    expect(newcombeInterval(1, 2, 0, 0)).toBeNull();
    expect(() => newcombeInterval(3, 2, 0, 1)).toThrow(
      new RangeError("newcombeInterval: successes1: expected at most n1 (2), received 3"),
    );
    expect(() => newcombeInterval(1, 2, 2, 1)).toThrow(/successes2: expected at most n2 \(1\)/);
    expect(() => newcombeInterval(1, 2, 0.5, 1)).toThrow(RangeError);
    expect(() => newcombeInterval(1, 2, 0, 1, { level: 1 })).toThrow(RangeError);
  });
});
