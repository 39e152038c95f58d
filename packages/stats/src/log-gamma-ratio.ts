import { LANCZOS, LANCZOS_G, logGamma } from "./log-gamma";

/**
 * ln Γ(a + b) − ln Γ(a) for a ≥ 0.5, b > 0, without the cancellation of two large
 * logarithms when a is large (from the Lanczos form of {@link logGamma}, with the difference
 * of the (z + ½) ln t terms rewritten through log1p). Internal.
 */
export function logGammaRatio(a: number, b: number): number {
  if (a < 0.5 || a + b < 0.5) return logGamma(a + b) - logGamma(a);
  const z1 = a + b - 1;
  const z2 = a - 1;
  let sum1 = LANCZOS[0]!;
  let sum2 = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) {
    sum1 += LANCZOS[i]! / (z1 + i);
    sum2 += LANCZOS[i]! / (z2 + i);
  }
  const t1 = z1 + LANCZOS_G + 0.5;
  const t2 = z2 + LANCZOS_G + 0.5;
  // (z1 + ½) ln t1 − (z2 + ½) ln t2 − t1 + t2, with t1 − t2 = z1 − z2 = b.
  return (z2 + 0.5) * Math.log1p(b / t2) + b * Math.log(t1) - b + Math.log(sum1 / sum2);
}
