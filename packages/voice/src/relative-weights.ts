import { symmetricEigen } from "@rapport/stats";

/**
 * Johnson's relative weights (Johnson 2000, "A heuristic method for estimating the relative
 * weight of predictor variables in multiple regression", Multivariate Behavioral Research
 * 35(1)): with the drivers' correlation matrix Rxx = Q Λ Q′, Λ* = Q Λ^½ Q′ relates the drivers
 * to their closest orthogonal counterparts Z, β = Λ*⁻¹ rxy regresses the outcome on Z, and
 * driver j's raw weight is Σₖ Λ*ⱼₖ² βₖ². The weights sum to R²; internal.
 */
export function relativeWeights(corr: readonly (readonly number[])[]): number[] {
  const p = corr.length - 1;
  const rxx = corr.slice(0, p).map((row) => row.slice(0, p));
  const rxy = corr.slice(0, p).map((row) => row[p]!);
  const { values, vectors } = symmetricEigen(rxx);
  if (values.some((v) => !(v > 1e-12))) {
    throw new RangeError(
      "keyDrivers: the drivers are collinear: expected drivers that are not linear combinations of each other",
    );
  }
  // Λ*[j][k] = Σ_m Q[j][m] √λ_m Q[k][m];  Λ*⁻¹ = Σ_m Q[j][m] Q[k][m] / √λ_m
  const root = values.map(Math.sqrt);
  const lambdaStar = rxx.map((_, j) =>
    rxx.map((__, k) =>
      values.reduce((s, _v, m) => s + vectors[m]![j]! * root[m]! * vectors[m]![k]!, 0),
    ),
  );
  const beta = rxx.map((_, j) =>
    rxx.reduce(
      (s, __, k) =>
        s +
        values.reduce((t, _v, m) => t + (vectors[m]![j]! * vectors[m]![k]!) / root[m]!, 0) *
          rxy[k]!,
      0,
    ),
  );
  return rxx.map((_, j) => lambdaStar[j]!.reduce((s, l, k) => s + l * l * beta[k]! * beta[k]!, 0));
}
