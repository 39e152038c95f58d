import { digamma, logGamma } from "@rapport/stats";

/**
 * The Gamma-Gamma log-likelihood Σ ln f(m̄ | x) of repeat buyers at log-parameters
 * (ln p, ln q, ln v), its gradient in them written into `gradient`; −∞ where exp() under- or
 * overflows; internal. Per customer (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 3):
 * ln f = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln m̄ + px ln x − (px+q) ln(v + x m̄), so
 * ∂/∂p = x(ψ(px+q) − ψ(px) + ln m̄ + ln x − ln(v + x m̄)), ∂/∂q = ψ(px+q) − ψ(q) + ln v − ln(v + x m̄),
 * ∂/∂v = q/v − (px+q)/(v + x m̄).
 */
export function gammaGammaLogLikelihoodWithGradient(
  logParams: readonly number[],
  xs: Float64Array,
  ms: Float64Array,
  gradient: number[],
): number {
  const p = Math.exp(logParams[0]!);
  const q = Math.exp(logParams[1]!);
  const v = Math.exp(logParams[2]!);
  gradient.fill(0);
  if (!(p > 0 && q > 0 && v > 0 && p + q + v < Number.POSITIVE_INFINITY)) {
    return Number.NEGATIVE_INFINITY;
  }
  const lnV = Math.log(v);
  const base = -logGamma(q) + q * lnV;
  const psiQ = digamma(q);
  let total = 0;
  let gp = 0;
  let gq = 0;
  let gv = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const m = ms[i]!;
    const px = p * x;
    if (!(px > 0 && px + q < Number.POSITIVE_INFINITY)) return Number.NEGATIVE_INFINITY;
    const lnM = Math.log(m);
    const lnX = Math.log(x);
    const lnVxm = Math.log(v + x * m);
    const psiPxQ = digamma(px + q);
    total += base + logGamma(px + q) - logGamma(px) + (px - 1) * lnM + px * lnX - (px + q) * lnVxm;
    gp += x * (psiPxQ - digamma(px) + lnM + lnX - lnVxm);
    gq += psiPxQ - psiQ + lnV - lnVxm;
    gv += q / v - (px + q) / (v + x * m);
  }
  gradient[0] = gp * p;
  gradient[1] = gq * q;
  gradient[2] = gv * v;
  return total;
}
