import { expectedMessage, oneOf } from "@rapport/stats";
import type { ChurnTerm } from "./churn-model";
import { type ChurnSignalName, type ChurnSignals, isChurnSignalName } from "./churn-signals";
import type { CoxSubject } from "./cox-subjects";
import { defaultChurnModel } from "./default-churn-model";
import { termInput } from "./term-input";

/**
 * A customer's churn signals at the start of follow-up, and how long they then stayed.
 *
 * @example
 * ```ts
 * import type { SignalsWithTenure } from "@rapport/churn";
 * const row = (signals: SignalsWithTenure["signals"], days: number, left: boolean): SignalsWithTenure => ({
 *   signals, time: days, event: left,
 * });
 * ```
 */
export interface SignalsWithTenure {
  /** The signals as of the start of follow-up (e.g. from `churnSignals`). */
  readonly signals: Pick<ChurnSignals, "values">;
  /** Follow-up time from then, ≥ 0, in one unit (e.g. days). */
  readonly time: number;
  /** Whether the customer churned at `time` (`false`: still a customer, censored). */
  readonly event: boolean;
}

/**
 * Options for {@link coxCovariatesFromSignals}.
 *
 * @example
 * ```ts
 * import type { CoxCovariatesFromSignalsOptions } from "@rapport/churn";
 * const options: CoxCovariatesFromSignalsOptions = {
 *   signals: ["reopenedCases", "transfers"],
 *   missing: "zero",
 * };
 * ```
 */
export interface CoxCovariatesFromSignalsOptions {
  /**
   * Raw signals to use as covariates, each as it is (a hazard ratio per unit of the signal).
   * Without it, the terms of `model` are used.
   */
  readonly signals?: readonly ChurnSignalName[];
  /**
   * A scorecard whose terms become the covariates, prepared as the scorecard prepares them
   * (clamped at ±cap, transformed, minus the centre), so each hazard ratio is per point of the
   * term's input; default the default churn model.
   */
  readonly model?: { readonly terms: readonly ChurnTerm[] };
  /**
   * A customer without data for a signal: `"skip"` (default) leaves the customer out (listed
   * in `skipped`); `"zero"` gives the term's input 0, as the scorecard does (the centre).
   */
  readonly missing?: "skip" | "zero";
}

/**
 * Cox subjects built from churn signals, and the customers left out.
 *
 * @example
 * ```ts
 * import type { CoxSignalCovariates } from "@rapport/churn";
 * const kept = (c: CoxSignalCovariates) => `${c.subjects.length} kept, ${c.skipped.length} skipped`;
 * ```
 */
export interface CoxSignalCovariates {
  /** The subjects, ready for `fitCoxPh`, with one covariate per signal. */
  readonly subjects: CoxSubject[];
  /** The covariates, in order (pass as `fitCoxPh`'s `options.covariates`). */
  readonly covariates: ChurnSignalName[];
  /** Indices of the rows left out for a missing signal (with `missing: "skip"`). */
  readonly skipped: number[];
}

/**
 * Turns customers' churn signals and tenures into Cox subjects, so that "which care signals
 * shorten tenure" gets hazard ratios with intervals from {@link fitCoxPh}: the signals at the
 * start of follow-up are the covariates, the time to churn (or to now, censored) is the
 * outcome. By default the covariates are the default scorecard's terms as the scorecard
 * prepares them (so a hazard ratio is per point of a term's input, and a term's centre is the
 * reference); with `signals`, the raw signal values. Rows whose tenure is not a finite number
 * ≥ 0 are a `RangeError` naming the row.
 *
 * @example
 * ```ts
 * import { coxCovariatesFromSignals, fitCoxPh } from "@rapport/churn";
 * const values = (reopenedCases: number, transfers: number) =>
 *   ({ values: { reopenedCases, transfers } }) as never;
 * const { subjects, covariates } = coxCovariatesFromSignals(
 *   [
 *     { signals: values(3, 1), time: 20, event: true },
 *     { signals: values(0, 0), time: 200, event: false },
 *     { signals: values(1, 2), time: 90, event: true },
 *     { signals: values(2, 0), time: 60, event: true },
 *     { signals: values(0, 1), time: 150, event: true },
 *   ],
 *   { signals: ["reopenedCases", "transfers"] },
 * );
 * const fit = fitCoxPh(subjects, { covariates });
 * fit.coefficients[0]!.hazardRatio; // per reopened case
 * ```
 */
export function coxCovariatesFromSignals(
  rows: readonly SignalsWithTenure[],
  options: CoxCovariatesFromSignalsOptions = {},
): CoxSignalCovariates {
  const fn = "coxCovariatesFromSignals";
  if (!Array.isArray(rows)) {
    throw new TypeError(
      expectedMessage(`${fn}: rows`, "an array of { signals, time, event }", rows),
    );
  }
  const missing = options.missing ?? "skip";
  if (missing !== "skip" && missing !== "zero") {
    throw new RangeError(
      expectedMessage(`${fn}: options.missing`, oneOf(["skip", "zero"]), missing),
    );
  }
  let terms: readonly ChurnTerm[];
  if (options.signals !== undefined) {
    if (!Array.isArray(options.signals)) {
      throw new TypeError(
        expectedMessage(`${fn}: options.signals`, "an array of signal names", options.signals),
      );
    }
    options.signals.forEach((s, i) => {
      if (typeof s !== "string" || !isChurnSignalName(s)) {
        throw new RangeError(
          expectedMessage(`${fn}: options.signals[${i}]`, "a known churn signal", s),
        );
      }
    });
    terms = options.signals.map((signal) => ({
      signal,
      weight: 1,
      transform: "identity",
      center: 0,
    }));
  } else {
    terms = (options.model ?? defaultChurnModel).terms;
  }
  const covariates = terms.map((t) => t.signal);
  const subjects: CoxSubject[] = [];
  const skipped: number[] = [];
  rows.forEach((row, i) => {
    const at = `${fn}: rows[${i}]`;
    if (
      row === null ||
      typeof row !== "object" ||
      typeof row.signals !== "object" ||
      row.signals === null
    ) {
      throw new TypeError(expectedMessage(at, "{ signals, time, event }", row));
    }
    if (typeof row.time !== "number" || !(Number.isFinite(row.time) && row.time >= 0)) {
      const message = expectedMessage(`${at}.time`, "a finite number ≥ 0", row.time);
      throw typeof row.time === "number" ? new RangeError(message) : new TypeError(message);
    }
    if (typeof row.event !== "boolean") {
      throw new TypeError(expectedMessage(`${at}.event`, "a boolean", row.event));
    }
    const values: Partial<Record<ChurnSignalName, number | null>> = row.signals.values ?? {};
    if (
      missing === "skip" &&
      terms.some((t) => values[t.signal] === null || values[t.signal] === undefined)
    ) {
      skipped.push(i);
      return;
    }
    const entries = terms.map((t) => {
      try {
        return [t.signal, termInput(t, values[t.signal] ?? null)] as const;
      } catch (error) {
        throw new RangeError(`${at}.${(error as Error).message}`);
      }
    });
    subjects.push({ time: row.time, event: row.event, covariates: Object.fromEntries(entries) });
  });
  return { subjects, covariates, skipped };
}
