/**
 * Subjects of a Cox model, sorted for the risk-set walk: by time, latest first, so that each
 * distinct time's risk set is everyone added so far. Covariates are centred on their means
 * (the fit does not depend on it; the sums stay small). Internal.
 */
export interface CoxData {
  /** Subjects. */
  readonly n: number;
  /** Covariates. */
  readonly p: number;
  /** Each subject's time, latest first. */
  readonly time: readonly number[];
  /** Whether each subject's event was observed, in the same order. */
  readonly event: readonly boolean[];
  /** Centred covariate rows, in the same order. */
  readonly x: readonly (readonly number[])[];
  /** Index into the caller's subjects of each sorted row. */
  readonly order: readonly number[];
  /** The covariates' means (subtracted from `x`). */
  readonly means: readonly number[];
}

/** The partial likelihood and its derivatives at one β. Internal. */
export interface CoxLikelihood {
  /** The log partial likelihood. */
  readonly logLik: number;
  /** Its gradient (the score vector). */
  readonly score: number[];
  /** Minus its Hessian (the observed information). */
  readonly information: number[][];
  /** With a time weight g: Σ g(t)·(x − x̄(t)) over events (the score of x·g(t) at γ = 0). */
  readonly scoreG?: number[] | undefined;
  /** With a time weight g: Σ g(t)·V(t). */
  readonly informationG?: number[][] | undefined;
  /** With a time weight g: Σ g(t)²·V(t). */
  readonly informationGG?: number[][] | undefined;
}

/** Sorts and centres the subjects' rows. Internal. */
export function prepareCoxData(
  times: readonly number[],
  events: readonly boolean[],
  rows: readonly (readonly number[])[],
  columns: readonly number[],
): CoxData {
  const n = times.length;
  const p = columns.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => times[b]! - times[a]!);
  const means = columns.map((c) => {
    let s = 0;
    for (const row of rows) s += row[c]!;
    return n > 0 ? s / n : 0;
  });
  return {
    n,
    p,
    time: order.map((i) => times[i]!),
    event: order.map((i) => events[i]!),
    x: order.map((i) => columns.map((c, k) => rows[i]![c]! - means[k]!)),
    order,
    means,
  };
}

const zeros = (p: number) => new Array<number>(p).fill(0);
const square = (p: number) => Array.from({ length: p }, () => zeros(p));

/**
 * The Cox log partial likelihood at β with its score and information (Cox 1972), with Breslow's
 * or Efron's handling of tied event times (Efron 1977: the k-th of d tied deaths sees the risk
 * set less k/d of the tied deaths' weight). Linear predictors are shifted by their maximum
 * before exponentiating, which leaves every ratio unchanged and keeps e^η finite. With
 * `timeWeight`, also the pieces of the score test of x·g(t) at (β, 0) that R's `cox.zph` uses
 * (Grambsch & Therneau 1994). Internal.
 */
export function coxPartialLikelihood(
  data: CoxData,
  beta: readonly number[],
  ties: "efron" | "breslow",
  timeWeight?: (index: number) => number,
): CoxLikelihood {
  const { n, p, x, time, event } = data;
  const eta = x.map((row) => row.reduce((s, v, k) => s + v * beta[k]!, 0));
  let shift = Number.NEGATIVE_INFINITY;
  for (const e of eta) if (e > shift) shift = e;
  if (!Number.isFinite(shift)) shift = 0;
  const risk = eta.map((e) => Math.exp(e - shift));
  let logLik = 0;
  const score = zeros(p);
  const information = square(p);
  const withG = timeWeight !== undefined;
  const scoreG = withG ? zeros(p) : undefined;
  const informationG = withG ? square(p) : undefined;
  const informationGG = withG ? square(p) : undefined;
  let s0 = 0;
  const s1 = zeros(p);
  const s2 = square(p);
  let i = 0;
  while (i < n) {
    const t = time[i]!;
    let d0 = 0;
    const d1 = zeros(p);
    const d2 = square(p);
    let deaths = 0;
    let first = -1;
    for (; i < n && time[i] === t; i++) {
      const r = risk[i]!;
      const row = x[i]!;
      s0 += r;
      for (let a = 0; a < p; a++) {
        s1[a]! += r * row[a]!;
        for (let b = 0; b <= a; b++) s2[a]![b]! += r * row[a]! * row[b]!;
      }
      if (event[i]) {
        if (first < 0) first = i;
        deaths++;
        d0 += r;
        logLik += eta[i]! - shift;
        for (let a = 0; a < p; a++) {
          d1[a]! += r * row[a]!;
          score[a]! += row[a]!;
          if (withG) scoreG![a]! += timeWeight(i) * row[a]!;
          for (let b = 0; b <= a; b++) d2[a]![b]! += r * row[a]! * row[b]!;
        }
      }
    }
    if (deaths === 0) continue;
    const g = withG ? timeWeight(first) : 0;
    for (let k = 0; k < deaths; k++) {
      const f = ties === "efron" ? k / deaths : 0;
      const a0 = s0 - f * d0;
      logLik -= Math.log(a0);
      const mean = s1.map((v, a) => (v - f * d1[a]!) / a0);
      for (let a = 0; a < p; a++) {
        score[a]! -= mean[a]!;
        if (withG) scoreG![a]! -= g * mean[a]!;
        for (let b = 0; b <= a; b++) {
          const v = (s2[a]![b]! - f * d2[a]![b]!) / a0 - mean[a]! * mean[b]!;
          information[a]![b]! += v;
          if (withG) {
            informationG![a]![b]! += g * v;
            informationGG![a]![b]! += g * g * v;
          }
        }
      }
    }
  }
  for (const m of [information, informationG, informationGG]) {
    if (m === undefined) continue;
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) m[b]![a] = m[a]![b]!;
  }
  return withG
    ? { logLik, score, information, scoreG, informationG, informationGG }
    : { logLik, score, information };
}
