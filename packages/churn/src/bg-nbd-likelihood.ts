import { digamma, logGamma } from "@rapport/stats";
import type { GroupedCustomers } from "./bg-nbd-data";

// Up to this largest x, lnΓ(c + x) − lnΓ(c) and ψ(c + x) − ψ(c) are running sums of ln(c + k)
// and 1/(c + k) (exact recurrences, a few operations per step); above it, lnΓ and ψ per distinct x.
const RECURRENCE_LIMIT = 4096;

interface Shifted {
  /** lnΓ(c + x) − lnΓ(c) per distinct x. */
  readonly logGammaRatio: Float64Array;
  /** ψ(c + x) − ψ(c) per distinct x. */
  readonly digammaDifference: Float64Array;
}

function shifted(
  c: number,
  data: GroupedCustomers,
  into: Shifted,
  lg: Float64Array,
  dg: Float64Array,
): Shifted {
  const { distinctX, maxX } = data;
  const { logGammaRatio, digammaDifference } = into;
  if (maxX <= RECURRENCE_LIMIT) {
    for (let k = 0; k < maxX; k++) {
      lg[k + 1] = lg[k]! + Math.log(c + k);
      dg[k + 1] = dg[k]! + 1 / (c + k);
    }
    for (let i = 0; i < distinctX.length; i++) {
      logGammaRatio[i] = lg[distinctX[i]!]!;
      digammaDifference[i] = dg[distinctX[i]!]!;
    }
  } else {
    const lg0 = logGamma(c);
    const dg0 = digamma(c);
    for (let i = 0; i < distinctX.length; i++) {
      const x = distinctX[i]!;
      logGammaRatio[i] = x === 0 ? 0 : logGamma(c + x) - lg0;
      digammaDifference[i] = x === 0 ? 0 : digamma(c + x) - dg0;
    }
  }
  return into;
}

const shiftedBuffers = (n: number): Shifted => ({
  logGammaRatio: new Float64Array(n),
  digammaDifference: new Float64Array(n),
});

/** The log-likelihood with its gradient over log-parameters, for one set of grouped customers; internal. */
export type BgNbdLikelihood = (logParams: readonly number[], gradient: number[]) => number;

/**
 * Makes {@link BgNbdLikelihood} for grouped customers, its scratch buffers allocated once
 * (a fit evaluates it dozens of times); internal.
 */
export function bgNbdLikelihood(data: GroupedCustomers): BgNbdLikelihood {
  const nx = data.distinctX.length;
  const recurrence = data.maxX <= RECURRENCE_LIMIT ? data.maxX + 1 : 0;
  const lg = new Float64Array(recurrence);
  const dg = new Float64Array(recurrence);
  const buffers = {
    R: shiftedBuffers(nx),
    B: shiftedBuffers(nx),
    AB: shiftedBuffers(nx),
    drop: new Float64Array(nx),
    inverseBx: new Float64Array(nx),
    logT: new Float64Array(data.distinctT.length),
    inverseT: new Float64Array(data.distinctT.length),
    logRecency: new Float64Array(data.distinctRecency.length),
    inverseRecency: new Float64Array(data.distinctRecency.length),
    lg,
    dg,
  };
  return (logParams, gradient) => evaluate(logParams, data, gradient, buffers);
}

type Buffers = {
  readonly R: Shifted;
  readonly B: Shifted;
  readonly AB: Shifted;
  readonly drop: Float64Array;
  readonly inverseBx: Float64Array;
  readonly logT: Float64Array;
  readonly inverseT: Float64Array;
  readonly logRecency: Float64Array;
  readonly inverseRecency: Float64Array;
  readonly lg: Float64Array;
  readonly dg: Float64Array;
};

/**
 * The BG/NBD log-likelihood Σ ln L over grouped customers at log-parameters
 * (ln r, ln α, ln a, ln b), and its gradient with respect to them written into `gradient`.
 * Out-of-range parameters (exp() under- or overflowing) give −∞; internal.
 *
 * With ln L = H(x) + ln(e^A₃ + δₓ₍>₀₎e^A₄) (Fader, Hardie & Lee 2005, eq. 6, the terms as in
 * {@link bgNbdLogLikelihood}) and w = e^A₄/(e^A₃ + e^A₄):
 * ∂/∂r = ψ(r+x) − ψ(r) + ln α − (1−w) ln(α+T) − w ln(α+tₓ),
 * ∂/∂α = r/α − (r+x)((1−w)/(α+T) + w/(α+tₓ)), ∂/∂a = ψ(a+b) − ψ(a+b+x) + w/a,
 * ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w/(b+x−1); each times the parameter on log scale.
 */
export function bgNbdLogLikelihoodWithGradient(
  logParams: readonly number[],
  data: GroupedCustomers,
  gradient: number[],
): number {
  return bgNbdLikelihood(data)(logParams, gradient);
}

function evaluate(
  logParams: readonly number[],
  data: GroupedCustomers,
  gradient: number[],
  buffers: Buffers,
): number {
  const r = Math.exp(logParams[0]!);
  const alpha = Math.exp(logParams[1]!);
  const a = Math.exp(logParams[2]!);
  const b = Math.exp(logParams[3]!);
  gradient.fill(0);
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0 && r + alpha + a + b < Number.POSITIVE_INFINITY)) {
    return Number.NEGATIVE_INFINITY;
  }
  const { distinctX, xWeight, distinctT, distinctRecency } = data;
  const nx = distinctX.length;
  const { lg, dg, drop, inverseBx, logT, inverseT, logRecency, inverseRecency } = buffers;
  const R = shifted(r, data, buffers.R, lg, dg);
  const B = shifted(b, data, buffers.B, lg, dg);
  const AB = shifted(a + b, data, buffers.AB, lg, dg);
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  // Terms of x alone, once per distinct x, weighted by how many customers have that x.
  let ll = 0;
  let gR = 0;
  let gAlpha = 0;
  let gA = 0;
  let gB = 0;
  for (let i = 0; i < nx; i++) {
    const x = distinctX[i]!;
    const w = xWeight[i]!;
    ll += w * (R.logGammaRatio[i]! + r * lnAlpha + B.logGammaRatio[i]! - AB.logGammaRatio[i]!);
    gR += w * (R.digammaDifference[i]! + lnAlpha);
    gAlpha += w * (r / alpha);
    gA -= w * AB.digammaDifference[i]!;
    gB += w * (B.digammaDifference[i]! - AB.digammaDifference[i]!);
    inverseBx[i] = x > 0 ? 1 / (b + x - 1) : 0;
    drop[i] = x > 0 ? lnA + Math.log(inverseBx[i]!) : Number.NEGATIVE_INFINITY;
  }
  for (let k = 0; k < distinctT.length; k++) {
    logT[k] = Math.log(alpha + distinctT[k]!);
    inverseT[k] = 1 / (alpha + distinctT[k]!);
  }
  for (let k = 0; k < distinctRecency.length; k++) {
    logRecency[k] = Math.log(alpha + distinctRecency[k]!);
    inverseRecency[k] = 1 / (alpha + distinctRecency[k]!);
  }
  const { xIndex, tIndex, recencyIndex, weight } = data;
  let sumW4 = 0;
  let sumW4b = 0;
  // Σ ln(1 + e) over rows of weight 1 as ln Π(1 + e), one log per 256 rows (each factor is in
  // (1, 2], so the product stays below 2²⁵⁶): the log per row was most of the pass's time.
  let product = 1;
  let factors = 0;
  for (let j = 0; j < weight.length; j++) {
    const i = xIndex[j]!;
    const t = tIndex[j]!;
    const wt = weight[j]!;
    const rx = r + distinctX[i]!;
    const a3 = -rx * logT[t]!;
    const d = drop[i]!;
    if (d === Number.NEGATIVE_INFINITY) {
      ll += wt * a3;
      gR -= wt * logT[t]!;
      gAlpha -= wt * rx * inverseT[t]!;
      continue;
    }
    const s = recencyIndex[j]!;
    const a4 = d - rx * logRecency[s]!;
    let w4: number;
    let e: number;
    if (a3 >= a4) {
      e = Math.exp(a4 - a3);
      ll += wt * a3;
      w4 = e / (1 + e);
    } else {
      e = Math.exp(a3 - a4);
      ll += wt * a4;
      w4 = 1 / (1 + e);
    }
    if (wt === 1) {
      product *= 1 + e;
      if (++factors === 256) {
        ll += Math.log(product);
        product = 1;
        factors = 0;
      }
    } else {
      ll += wt * Math.log1p(e);
    }
    const w3 = 1 - w4;
    gR -= wt * (w3 * logT[t]! + w4 * logRecency[s]!);
    gAlpha -= wt * rx * (w3 * inverseT[t]! + w4 * inverseRecency[s]!);
    sumW4 += wt * w4;
    sumW4b += wt * w4 * inverseBx[i]!;
  }
  ll += Math.log(product);
  gA += sumW4 / a;
  gB -= sumW4b;
  gradient[0] = gR * r;
  gradient[1] = gAlpha * alpha;
  gradient[2] = gA * a;
  gradient[3] = gB * b;
  return ll;
}
