import { describe, expect, it } from "vitest";
import { expectedPurchases, expectedPurchasesNewCustomer } from "./expected-purchases";
import { probabilityAlive } from "./probability-alive";

const cdnow = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

// ln ₂F₁ by the plain series summed in scaled form: a second, independent method (no Euler
// transformation) that works for large parameters because each term is kept as a ratio to
// the largest so far.
function log2F1Direct(a: number, b: number, c: number, z: number): number {
  let logTerm = 0;
  let logScale = 0;
  let sum = 1;
  for (let k = 0; k < 100_000; k++) {
    logTerm += Math.log(((a + k) * (b + k)) / ((c + k) * (k + 1))) + Math.log(z);
    if (logTerm > logScale) {
      sum *= Math.exp(logScale - logTerm);
      logScale = logTerm;
    }
    const rel = Math.exp(logTerm - logScale);
    sum += rel;
    if (rel < 1e-17 * sum && k > a * z) break;
  }
  return logScale + Math.log(sum);
}

function directConditional(
  p: typeof cdnow,
  t: number,
  c: { frequency: number; recency: number; T: number },
): number {
  const { r, alpha, a, b } = p;
  const x = c.frequency;
  const z = t / (alpha + c.T + t);
  const product = Math.exp(
    (r + x) * Math.log((alpha + c.T) / (alpha + c.T + t)) +
      log2F1Direct(r + x, b + x, a + b + x - 1, z),
  );
  return ((a + b + x - 1) / (a - 1)) * (1 - product) * probabilityAlive(p, c);
}

describe("expectedPurchases", () => {
  it("gives 1.226 for x = 2, tₓ = 30.43, T = 38.86 over 39 weeks (Fader, Hardie & Lee 2005)", () => {
    expect(expectedPurchases(cdnow, 39, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(
      1.226,
      3,
    );
  });

  it("agrees with the untransformed series, including frequencies of 200 and more", () => {
    const cases = [
      { frequency: 0, recency: 0, T: 38.86 },
      { frequency: 2, recency: 30.43, T: 38.86 },
      { frequency: 7, recency: 35, T: 38 },
      { frequency: 250, recency: 38, T: 38.86 },
      { frequency: 400, recency: 30, T: 40 },
    ];
    for (const c of cases) {
      for (const t of [1, 39, 156]) {
        const mine = expectedPurchases(cdnow, t, c);
        const direct = directConditional(cdnow, t, c);
        expect(Number.isFinite(mine)).toBe(true);
        expect(Math.abs(mine - direct)).toBeLessThan(1e-8 * Math.max(1, direct));
      }
    }
  });

  it("is 0 for t = 0, grows with t, and rejects a bad horizon", () => {
    const c = { frequency: 3, recency: 20, T: 30 };
    expect(expectedPurchases(cdnow, 0, c)).toBe(0);
    expect(expectedPurchases(cdnow, 10, c)).toBeLessThan(expectedPurchases(cdnow, 20, c));
    expect(() => expectedPurchases(cdnow, -1, c)).toThrow(
      "expectedPurchases: t: expected a finite number ≥ 0, received -1",
    );
  });

  it("rejects a = 1 (0/0 in eq. 10), bad parameters and impossible histories", () => {
    const c = { frequency: 3, recency: 20, T: 30 };
    expect(() => expectedPurchases({ ...cdnow, a: 1 }, 10, c)).toThrow(
      "expectedPurchases: params.a: expected a number other than 1 (the BG/NBD formula is undefined there), received 1",
    );
    expect(() => expectedPurchasesNewCustomer({ ...cdnow, a: 1 }, 10)).toThrow(
      /params.a: expected a number other than 1/,
    );
    expect(() => expectedPurchases({ ...cdnow, r: -1 }, 10, c)).toThrow(
      /params.r: expected a finite number > 0, received -1/,
    );
    expect(() => expectedPurchases(cdnow, 10, { ...c, T: 10 })).toThrow(
      "expectedPurchases: customer.T: expected a finite number ≥ recency (20), received 10",
    );
  });
});

describe("expectedPurchasesNewCustomer", () => {
  it("gives E[X(39)] of a new CDNOW customer", () => {
    // The same figure is checked against 200,000 simulated customers in
    // expected-purchases.slow.test.ts (npm run test:slow).
    expect(expectedPurchasesNewCustomer(cdnow, 39)).toBeCloseTo(1.19505, 4);
  });

  it("agrees with the untransformed series and is 0 at t = 0", () => {
    const { r, alpha, a, b } = cdnow;
    const t = 78;
    const z = t / (alpha + t);
    const direct =
      ((a + b - 1) / (a - 1)) *
      (1 - Math.exp(r * Math.log(alpha / (alpha + t)) + log2F1Direct(r, b, a + b - 1, z)));
    expect(expectedPurchasesNewCustomer(cdnow, t)).toBeCloseTo(direct, 10);
    expect(expectedPurchasesNewCustomer(cdnow, 0)).toBe(0);
    expect(() => expectedPurchasesNewCustomer(cdnow, Number.NaN)).toThrow(/received NaN/);
  });
});
