import { checkCount } from "./check-count";
import { checkLevel } from "./check-level";
import { expectedMessage } from "./expected-message";
import type { Interval } from "./interval";
import { wilsonInterval } from "./wilson-interval";

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions,
 * p₁ − p₂ with p₁ = successes1 / n1 and p₂ = successes2 / n2, on the −1..1 scale (method 10 of
 * Newcombe 1998): from the Wilson intervals (l₁, u₁) and (l₂, u₂) of each side,
 * lower = d − √((p₁ − l₁)² + (u₂ − p₂)²) and upper = d + √((u₁ − p₁)² + (p₂ − l₂)²). It keeps
 * its coverage for small samples and proportions near 0 or 1, where the Wald interval fails.
 * Returns `null` when either `n` is 0. Counts are checked as by {@link wilsonInterval}.
 *
 * Source: R. G. Newcombe (1998), "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17(8), method 10.
 *
 * @example
 * ```ts
 * import { newcombeInterval } from "@rapport/stats";
 * // Newcombe (1998), table II, example (a): 56/70 − 48/80 → (0.0524, 0.3339)
 * newcombeInterval(56, 70, 48, 80); // { lower: 0.0524…, upper: 0.3338…, level: 0.95, method: "newcombe-wilson" }
 * ```
 */
export function newcombeInterval(
  successes1: number,
  n1: number,
  successes2: number,
  n2: number,
  options: { readonly level?: number } = {},
): Interval | null {
  const fn = "newcombeInterval";
  const level = checkLevel(`${fn}: options.level`, options?.level ?? 0.95);
  for (const [name, value] of [
    ["successes1", successes1],
    ["n1", n1],
    ["successes2", successes2],
    ["n2", n2],
  ] as const) {
    checkCount(`${fn}: ${name}`, value);
  }
  if (successes1 > n1) {
    throw new RangeError(expectedMessage(`${fn}: successes1`, `at most n1 (${n1})`, successes1));
  }
  if (successes2 > n2) {
    throw new RangeError(expectedMessage(`${fn}: successes2`, `at most n2 (${n2})`, successes2));
  }
  if (n1 === 0 || n2 === 0) return null;
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const w1 = wilsonInterval(successes1, n1, { level })!;
  const w2 = wilsonInterval(successes2, n2, { level })!;
  const d = p1 - p2;
  return {
    lower: d - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
    upper: d + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
    level,
    method: "newcombe-wilson",
  };
}
