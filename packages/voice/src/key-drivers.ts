import { expectedMessage, type Interval, percentile, seededRandom } from "@rapport/stats";
import { correlationMatrix, type DriverRow, driverColumns } from "./driver-data";
import { splitSlopes } from "./driver-split";
import { lmg } from "./lmg";
import { relativeWeights } from "./relative-weights";

/**
 * Options of {@link keyDrivers}.
 *
 * @example
 * ```ts
 * import type { KeyDriversOptions } from "@rapport/voice";
 * const options: KeyDriversOptions = {
 *   outcome: "score", drivers: ["speed", "knowledge", "tone"], bootstrap: 200, seed: 7,
 * };
 * ```
 */
export interface KeyDriversOptions {
  /** The outcome's key: `"score"` for a survey response's overall answer. */
  readonly outcome: string;
  /** The drivers' keys: item `questionId`s, or keys of plain records (at least one). */
  readonly drivers: readonly string[];
  /** Bootstrap resamples for the intervals (default 200; 0 for none). */
  readonly bootstrap?: number;
  /** Seed of the bootstrap and of the sampled LMG orders (default 1). */
  readonly seed?: number;
  /** Interval level (default 0.95). */
  readonly level?: number;
  /** LMG is exact over all subsets up to this many drivers (default 15), sampled above. */
  readonly maxExact?: number;
  /** Random orders averaged when LMG is sampled (default 2,000). */
  readonly permutations?: number;
}

/**
 * One driver's importance: its LMG share and Johnson's relative weight (both on the R²
 * scale and as a percentage of R²), with bootstrap intervals, and its effect below and above
 * the scale's midpoint.
 *
 * @example
 * ```ts
 * import type { DriverImportance } from "@rapport/voice";
 * const show = (d: DriverImportance) => `${d.driver}: ${d.lmg.percent.toFixed(0)} % of R²`;
 * ```
 */
export interface DriverImportance {
  /** The driver's key. */
  readonly driver: string;
  /** LMG: the driver's Shapley share of R², and that share as a percentage of R². */
  readonly lmg: {
    readonly value: number;
    readonly percent: number;
    readonly interval: Interval | null;
  };
  /** Johnson's relative weight, and its percentage of R². */
  readonly relativeWeight: {
    readonly value: number;
    readonly percent: number;
    readonly interval: Interval | null;
  };
  /** The scale midpoint the split is made at. */
  readonly midpoint: number;
  /** Outcome points per point below the midpoint (`null` with no answers there). */
  readonly slopeBelow: number | null;
  /** Outcome points per point above the midpoint (`null` with no answers there). */
  readonly slopeAbove: number | null;
  /**
   * `"dissatisfier"` when a low score costs more than twice what a high score earns,
   * `"delighter"` when the reverse, `"linear"` between, `null` without both slopes.
   */
  readonly kind: "dissatisfier" | "delighter" | "linear" | null;
}

/**
 * The result of {@link keyDrivers}.
 *
 * @example
 * ```ts
 * import type { KeyDrivers } from "@rapport/voice";
 * const top = (k: KeyDrivers) => k.drivers[0]?.driver;
 * ```
 */
export interface KeyDrivers {
  /** The drivers, most important (largest LMG share) first. */
  readonly drivers: readonly DriverImportance[];
  /** R² of the outcome on all drivers, with its bootstrap interval. */
  readonly rSquared: { readonly value: number; readonly interval: Interval | null };
  /** Complete rows used. */
  readonly n: number;
  /** Rows left out because the outcome or a driver was missing. */
  readonly incomplete: number;
  /** How LMG was computed: `"exact"` (all subsets) or `"sampled"` (random orders). */
  readonly method: "exact" | "sampled";
}

/**
 * Key-driver analysis: how much each driver (a survey item, or any numeric field) explains of
 * the outcome (the overall score), by two measures that share R² out among correlated
 * drivers: LMG, the Shapley value of R² (Lindeman, Merenda & Gold 1980; exact over all
 * subsets up to 15 drivers, sampled over seeded random orders above), and Johnson's relative
 * weights (Johnson 2000). Both come with seeded percentile-bootstrap intervals. Each driver is
 * also split at its scale's midpoint by a piecewise regression: a dissatisfier costs more
 * when low than it earns when high, a delighter the reverse.
 *
 * Rows with the outcome or a driver missing are left out and counted. Fewer complete rows
 * than drivers + 2, or a constant column, gives `null`.
 *
 * @example
 * ```ts
 * import { keyDrivers } from "@rapport/voice";
 * const rows = [
 *   { nps: 9, speed: 6, tone: 7 }, { nps: 4, speed: 2, tone: 5 }, { nps: 7, speed: 5, tone: 4 },
 *   { nps: 10, speed: 7, tone: 6 }, { nps: 3, speed: 1, tone: 3 }, { nps: 8, speed: 4, tone: 7 },
 * ];
 * const result = keyDrivers(rows, { outcome: "nps", drivers: ["speed", "tone"], bootstrap: 50 });
 * result?.drivers[0]?.driver; // "speed"
 * ```
 */
export function keyDrivers(
  responses: Iterable<DriverRow>,
  options: KeyDriversOptions,
): KeyDrivers | null {
  const fn = "keyDrivers";
  if (typeof options !== "object" || options === null) {
    throw new TypeError(expectedMessage(`${fn}: options`, "{ outcome, drivers }", options));
  }
  const { outcome, drivers } = options;
  if (typeof outcome !== "string") {
    throw new TypeError(expectedMessage(`${fn}: options.outcome`, "a key (string)", outcome));
  }
  if (
    !Array.isArray(drivers) ||
    drivers.length === 0 ||
    drivers.some((d) => typeof d !== "string")
  ) {
    throw new TypeError(
      expectedMessage(`${fn}: options.drivers`, "a non-empty array of keys", drivers),
    );
  }
  if (new Set([...drivers, outcome]).size !== drivers.length + 1) {
    throw new RangeError(
      expectedMessage(`${fn}: options.drivers`, "distinct keys, none of them the outcome", drivers),
    );
  }
  const bootstrap = count(fn, "bootstrap", options.bootstrap ?? 200);
  const permutations = count(fn, "permutations", options.permutations ?? 2000);
  const maxExact = count(fn, "maxExact", options.maxExact ?? 15);
  if (maxExact > 20) {
    throw new RangeError(expectedMessage(`${fn}: options.maxExact`, "at most 20", maxExact));
  }
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) {
    throw new RangeError(
      expectedMessage(`${fn}: options.level`, "a number between 0 and 1", level),
    );
  }
  const seed = options.seed ?? 1;
  const data = driverColumns(fn, responses, outcome, drivers);
  const n = data.columns[0]!.length;
  if (n < drivers.length + 2) return null;
  const corr = correlationMatrix(data.columns);
  if (corr === null) return null;
  const settings = { maxExact, permutations, seed };
  const fitted = lmg(corr, settings);
  const weights = relativeWeights(corr);
  const slopes = splitSlopes(data.columns, data.midpoints);

  const draws = {
    lmg: drivers.map(() => [] as number[]),
    rw: drivers.map(() => [] as number[]),
    r2: [] as number[],
  };
  const next = seededRandom(seed);
  for (let b = 0; b < bootstrap; b++) {
    const picks = Array.from({ length: n }, () => Math.floor(next() * n));
    const resampled = correlationMatrix(data.columns.map((c) => picks.map((i) => c[i]!)));
    if (resampled === null) continue;
    try {
      const shares = lmg(resampled, settings);
      const rw = relativeWeights(resampled);
      draws.r2.push(shares.rSquared);
      for (let j = 0; j < drivers.length; j++) {
        draws.lmg[j]!.push(shares.shares[j]!);
        draws.rw[j]!.push(rw[j]!);
      }
    } catch {
      // A resample can be collinear where the data is not; it is left out of the intervals.
    }
  }
  const interval = (values: number[]): Interval | null => {
    if (values.length < 2) return null;
    const sorted = [...values].sort((a, b) => a - b);
    const tail = (1 - level) / 2;
    return {
      lower: percentile(sorted, tail)!,
      upper: percentile(sorted, 1 - tail)!,
      level,
      method: "percentile-bootstrap",
    };
  };
  const percentOf = (v: number) => (fitted.rSquared > 0 ? (v / fitted.rSquared) * 100 : 0);
  const result = drivers.map((driver, j): DriverImportance => {
    const { below, above } = slopes[j]!;
    return {
      driver,
      lmg: {
        value: fitted.shares[j]!,
        percent: percentOf(fitted.shares[j]!),
        interval: interval(draws.lmg[j]!),
      },
      relativeWeight: {
        value: weights[j]!,
        percent: percentOf(weights[j]!),
        interval: interval(draws.rw[j]!),
      },
      midpoint: data.midpoints[j]!,
      slopeBelow: below,
      slopeAbove: above,
      kind: splitKind(below, above),
    };
  });
  result.sort((a, b) => b.lmg.value - a.lmg.value);
  return {
    drivers: result,
    rSquared: { value: fitted.rSquared, interval: interval(draws.r2) },
    n,
    incomplete: data.incomplete,
    method: fitted.method,
  };
}

function splitKind(below: number | null, above: number | null): DriverImportance["kind"] {
  if (below === null || above === null) return null;
  const low = Math.max(below, 0);
  const high = Math.max(above, 0);
  if (low > 2 * high) return "dissatisfier";
  if (high > 2 * low) return "delighter";
  return "linear";
}

function count(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RangeError(expectedMessage(`${fn}: options.${name}`, "a whole number ≥ 0", value));
  }
  return value;
}
