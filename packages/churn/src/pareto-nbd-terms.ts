import type { ParetoNbdParams } from "./pareto-nbd-params";

/**
 * ₂F₁(1, b; c; z) = Σₖ (b)ₖ/(c)ₖ zᵏ for c > b > 0, 0 ≤ z < 1, with its partial derivatives in
 * b, c and z, summed term by term (the ratio of terms, (b+k)z/(c+k), is below z, so the series
 * converges geometrically). Writes [F, ∂F/∂b, ∂F/∂c, ∂F/∂z] into `out`; NaN if 200,000 terms do
 * not suffice. Internal.
 */
function series(b: number, c: number, z: number, out: Float64Array): void {
  let term = 1;
  let sum = 1;
  let sb = 0;
  let sc = 0;
  let fb = 0;
  let fc = 0;
  let fz = 0;
  for (let k = 0; k < 200_000; k++) {
    sb += 1 / (b + k);
    sc += 1 / (c + k);
    const beforeZ = (term * (b + k)) / (c + k);
    term = beforeZ * z;
    fz += (k + 1) * beforeZ;
    sum += term;
    fb += term * sb;
    fc -= term * sc;
    if ((k + 1) * beforeZ <= 1e-17 * fz || beforeZ === 0) {
      out[0] = sum;
      out[1] = fb;
      out[2] = fc;
      out[3] = fz;
      return;
    }
  }
  out.fill(Number.NaN);
}

/**
 * ln p(t) and its gradient in (r, α, s, β), where p(tₓ) − p(T) = A₀ of Fader, Hardie & Lee's
 * note on the Pareto/NBD likelihood ("A Note on Deriving the Pareto/NBD Model and Related
 * Expressions", 2005, eq. 22): for α ≥ β, p(t) = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t)) /
 * (α+t)^(r+s+x), and for α < β, p(t) = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+t)) / (β+t)^(r+s+x).
 * Both are taken after Euler's transformation, ₂F₁(a, b; c; z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z):
 * α ≥ β: p(t) = (α+t)^−(r+x) (β+t)^−s ₂F₁(1, r+x; r+s+x+1; z);
 * α < β: p(t) = (α+t)^−(r+x−1) (β+t)^−(s+1) ₂F₁(1, s+1; r+s+x+1; z),
 * series with a first parameter of 1, whose terms shrink by at least z each, however large x.
 * Writes [ln p, ∂/∂r, ∂/∂α, ∂/∂s, ∂/∂β] into `out` from index `at`. Internal.
 */
const scratch = new Float64Array(4);

export function logP(
  { r, alpha, s, beta }: ParetoNbdParams,
  x: number,
  t: number,
  out: Float64Array,
  at: number,
): void {
  const c = r + s + x + 1;
  const lnA = Math.log(alpha + t);
  const lnB = Math.log(beta + t);
  if (alpha >= beta) {
    const z = (alpha - beta) / (alpha + t);
    series(r + x, c, z, scratch);
    const F = scratch[0]!;
    const Fc = scratch[2]! / F;
    const Fz = scratch[3]! / F;
    out[at] = -(r + x) * lnA - s * lnB + Math.log(F);
    out[at + 1] = -lnA + scratch[1]! / F + Fc;
    out[at + 2] = -(r + x) / (alpha + t) + (Fz * (beta + t)) / ((alpha + t) * (alpha + t));
    out[at + 3] = -lnB + Fc;
    out[at + 4] = -s / (beta + t) - Fz / (alpha + t);
  } else {
    const z = (beta - alpha) / (beta + t);
    series(s + 1, c, z, scratch);
    const F = scratch[0]!;
    const Fc = scratch[2]! / F;
    const Fz = scratch[3]! / F;
    out[at] = -(r + x - 1) * lnA - (s + 1) * lnB + Math.log(F);
    out[at + 1] = -lnA + Fc;
    out[at + 2] = -(r + x - 1) / (alpha + t) - Fz / (beta + t);
    out[at + 3] = -lnB + scratch[1]! / F + Fc;
    out[at + 4] = -(s + 1) / (beta + t) + (Fz * (alpha + t)) / ((beta + t) * (beta + t));
  }
}

/**
 * The bracket of the Pareto/NBD likelihood, ln[(α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀], from
 * ln p(tₓ) and ln p(T) with their gradients (as {@link logP} writes them) at `table[o1…]` and
 * `table[o2…]`. With `gradient`, adds the bracket's gradient in (r, α, s, β), times `weight`,
 * into it. Internal.
 */
export function combineBracket(
  p: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  table: Float64Array,
  o1: number,
  o2: number,
  gradient: Float64Array | null,
  weight: number,
): number {
  const { r, alpha, s, beta } = p;
  const rsx = r + s + x;
  const lnAT = Math.log(alpha + T);
  const lnBT = Math.log(beta + T);
  const u = -(r + x) * lnAT - s * lnBT;
  const k = s / rsx;
  const l1 = table[o1]!;
  const top = Math.max(u, l1);
  const eu = Math.exp(u - top);
  const e1 = Math.exp(l1 - top);
  // tₓ = T gives p1 = p2 and A₀ = 0 exactly.
  const e2 = tx === T ? e1 : Math.exp(table[o2]! - top);
  const gap = e1 - e2;
  const sum = eu + k * gap;
  if (gradient) {
    const scale = weight / sum;
    const rsx2 = rsx * rsx;
    // ∂u and ∂k (∂k/∂r = −s/rsx², ∂k/∂s = (r+x)/rsx²) with the two p terms' gradients.
    gradient[0]! +=
      scale * (-eu * lnAT - (s / rsx2) * gap + k * (e1 * table[o1 + 1]! - e2 * table[o2 + 1]!));
    gradient[1]! +=
      scale * ((-eu * (r + x)) / (alpha + T) + k * (e1 * table[o1 + 2]! - e2 * table[o2 + 2]!));
    gradient[2]! +=
      scale *
      (-eu * lnBT + ((r + x) / rsx2) * gap + k * (e1 * table[o1 + 3]! - e2 * table[o2 + 3]!));
    gradient[3]! +=
      scale * ((-eu * s) / (beta + T) + k * (e1 * table[o1 + 4]! - e2 * table[o2 + 4]!));
  }
  return top + Math.log(sum);
}

/**
 * One customer's bracket (see {@link combineBracket}) and ln of its first term alone,
 * −(r+x) ln(α+T) − s ln(β+T), so that P(alive) is exp(first − bracket). Internal.
 */
export function logBracket(
  p: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
): { bracket: number; first: number } {
  const work = new Float64Array(10);
  logP(p, x, tx, work, 0);
  logP(p, x, T, work, 5);
  const bracket = combineBracket(p, x, tx, T, work, 0, 5, null, 1);
  return { bracket, first: -(p.r + x) * Math.log(p.alpha + T) - p.s * Math.log(p.beta + T) };
}
