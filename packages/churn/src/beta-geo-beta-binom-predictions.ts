import { expectedMessage, logGamma, logSumExp } from "@rapport/stats";
import {
  type BetaGeoBetaBinomParams,
  checkBetaGeoBetaBinomParams,
  checkDiscreteHistory,
  type DiscreteHistory,
} from "./beta-geo-beta-binom-params";

/** ln B(a+i, b+j)/B(a, b). */
const lnBetaRatio = (a: number, b: number, i: number, j: number): number =>
  logGamma(a + i) +
  logGamma(b + j) -
  logGamma(a + b + i + j) -
  logGamma(a) -
  logGamma(b) +
  logGamma(a + b);

/** ln of the customer's likelihood L (Fader, Hardie & Shang 2010, eq. 5). */
function lnLikelihood(p: BetaGeoBetaBinomParams, x: number, tx: number, n: number): number {
  const { alpha, beta, gamma, delta } = p;
  let ll = lnBetaRatio(alpha, beta, x, n - x) + lnBetaRatio(gamma, delta, 0, n);
  for (let i = 0; i < n - tx; i++) {
    const term = lnBetaRatio(alpha, beta, x, tx - x + i) + lnBetaRatio(gamma, delta, 1, tx + i);
    ll = logSumExp(ll, term);
  }
  return ll;
}

function checkHorizon(value: number, fn: string, name: string, min: number): void {
  if (!(Number.isSafeInteger(value) && value >= min)) {
    throw new RangeError(expectedMessage(`${fn}: ${name}`, `a whole number ≥ ${min}`, value));
  }
}

/**
 * The probability that a customer with discrete history (x, tₓ, n) is still alive at the next
 * opportunity, n + 1, under the BG/BB model (Fader, Hardie & Shang 2010, eq. 11):
 * P = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L(α, β, γ, δ | x, tₓ, n). Unlike BG/NBD, a
 * customer with no repeat transaction is not certainly alive. Parameters or histories that are
 * not valid are a `RangeError` naming the field.
 *
 * @example
 * ```ts
 * import { betaGeoBetaBinomProbabilityAlive } from "@rapport/churn";
 * const donations = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * betaGeoBetaBinomProbabilityAlive(donations, { frequency: 0, recency: 0, periods: 6 }); // ≈ 0.11
 * betaGeoBetaBinomProbabilityAlive(donations, { frequency: 6, recency: 6, periods: 6 }); // ≈ 0.93
 * ```
 */
export function betaGeoBetaBinomProbabilityAlive(
  params: BetaGeoBetaBinomParams,
  customer: DiscreteHistory,
): number {
  const fn = "betaGeoBetaBinomProbabilityAlive";
  checkBetaGeoBetaBinomParams(params, fn);
  checkDiscreteHistory(customer, `${fn}: customer`);
  const { frequency: x, recency: tx, periods: n } = customer;
  const { alpha, beta, gamma, delta } = params;
  const alive = lnBetaRatio(alpha, beta, x, n - x) + lnBetaRatio(gamma, delta, 0, n + 1);
  return Math.exp(alive - lnLikelihood(params, x, tx, n));
}

/**
 * The expected number of transactions in the next `opportunities` opportunities by a customer
 * with discrete history (x, tₓ, n), under the BG/BB model: Σⱼ₌₁^{n*} B(α+x+1, β+n−x)/B(α,β) ·
 * B(γ, δ+n+j)/B(γ,δ) / L, the probability of being alive at opportunity n + j and transacting
 * there. This is Fader, Hardie & Shang (2010), eq. 13, summed term by term, which stays defined
 * at γ = 1 where the closed form is 0/0. `opportunities` not a whole number ≥ 0 is a
 * `RangeError`, as are invalid parameters and histories.
 *
 * @example
 * ```ts
 * import { betaGeoBetaBinomExpectedPurchases } from "@rapport/churn";
 * betaGeoBetaBinomExpectedPurchases(
 *   { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 },
 *   5,
 *   { frequency: 3, recency: 5, periods: 6 },
 * ); // ≈ 1.80 donations in the next 5 years
 * ```
 */
export function betaGeoBetaBinomExpectedPurchases(
  params: BetaGeoBetaBinomParams,
  opportunities: number,
  customer: DiscreteHistory,
): number {
  const fn = "betaGeoBetaBinomExpectedPurchases";
  checkBetaGeoBetaBinomParams(params, fn);
  checkHorizon(opportunities, fn, "opportunities", 0);
  checkDiscreteHistory(customer, `${fn}: customer`);
  const { frequency: x, recency: tx, periods: n } = customer;
  const { alpha, beta, gamma, delta } = params;
  const head = lnBetaRatio(alpha, beta, x + 1, n - x) - lnLikelihood(params, x, tx, n);
  // S(n + j) = B(γ, δ+n+j)/B(γ, δ), stepped by its ratio (δ+n+j−1)/(γ+δ+n+j−1).
  let lnS = lnBetaRatio(gamma, delta, 0, n);
  let total = 0;
  for (let j = 1; j <= opportunities; j++) {
    lnS += Math.log((delta + n + j - 1) / (gamma + delta + n + j - 1));
    total += Math.exp(head + lnS);
  }
  return total;
}

/**
 * The expected number of transactions by a new customer in their first `opportunities`
 * opportunities under the BG/BB model (Fader, Hardie & Shang 2010, eq. 8), as the sum
 * Σⱼ₌₁^{n} α/(α+β) · B(γ, δ+j)/B(γ,δ) (alive at opportunity j and transacting). `opportunities`
 * not a whole number ≥ 0 is a `RangeError`.
 *
 * @example
 * ```ts
 * import { betaGeoBetaBinomExpectedPurchasesNewCustomer } from "@rapport/churn";
 * betaGeoBetaBinomExpectedPurchasesNewCustomer(
 *   { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 },
 *   6,
 * ); // ≈ 2.22 repeat donations in 6 years
 * ```
 */
export function betaGeoBetaBinomExpectedPurchasesNewCustomer(
  params: BetaGeoBetaBinomParams,
  opportunities: number,
): number {
  const fn = "betaGeoBetaBinomExpectedPurchasesNewCustomer";
  checkBetaGeoBetaBinomParams(params, fn);
  checkHorizon(opportunities, fn, "opportunities", 0);
  const { alpha, beta, gamma, delta } = params;
  let survival = 1;
  let total = 0;
  for (let j = 1; j <= opportunities; j++) {
    survival *= (delta + j - 1) / (gamma + delta + j - 1);
    total += survival;
  }
  return (alpha / (alpha + beta)) * total;
}

/**
 * The distribution of the number of repeat transactions of a new customer in n opportunities
 * under the BG/BB model, P(X(n) = x) for x = 0…n (Fader, Hardie & Shang 2010, eq. 7):
 * C(n,x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σᵢ₌ₓ^{n−1} C(i,x) B(α+x, β+i−x)/B(α,β) ·
 * B(γ+1, δ+i)/B(γ,δ). Multiplied by the number of customers it is the model's in-sample
 * histogram, to set beside the observed one. `opportunities` not a whole number ≥ 0 is a
 * `RangeError`.
 *
 * @example
 * ```ts
 * import { betaGeoBetaBinomPurchaseDistribution } from "@rapport/churn";
 * const p = betaGeoBetaBinomPurchaseDistribution(
 *   { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 },
 *   6,
 * );
 * 11_104 * p[0]!; // ≈ 3,454.9 donors expected never to give again
 * ```
 */
export function betaGeoBetaBinomPurchaseDistribution(
  params: BetaGeoBetaBinomParams,
  opportunities: number,
): number[] {
  const fn = "betaGeoBetaBinomPurchaseDistribution";
  checkBetaGeoBetaBinomParams(params, fn);
  checkHorizon(opportunities, fn, "opportunities", 0);
  const { alpha, beta, gamma, delta } = params;
  const n = opportunities;
  const lnChoose = (m: number, k: number): number =>
    logGamma(m + 1) - logGamma(k + 1) - logGamma(m - k + 1);
  const out: number[] = [];
  for (let x = 0; x <= n; x++) {
    let p = Math.exp(
      lnChoose(n, x) + lnBetaRatio(alpha, beta, x, n - x) + lnBetaRatio(gamma, delta, 0, n),
    );
    for (let i = x; i < n; i++) {
      p += Math.exp(
        lnChoose(i, x) + lnBetaRatio(alpha, beta, x, i - x) + lnBetaRatio(gamma, delta, 1, i),
      );
    }
    out.push(p);
  }
  return out;
}
