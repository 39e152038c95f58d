import { expectedMessage } from "@rapport/stats";

/**
 * One subject of a Cox model: how long it was followed, whether the event (e.g. churn)
 * happened then (`false` = still active, censored), and its covariates by name.
 *
 * @example
 * ```ts
 * import type { CoxSubject } from "@rapport/churn";
 * const subject: CoxSubject = { time: 120, event: true, covariates: { reopenedCases: 2 } };
 * ```
 */
export interface CoxSubject {
  /** Follow-up time, ≥ 0 (days, months: any one unit). */
  readonly time: number;
  /** Whether the event was observed at `time`. */
  readonly event: boolean;
  /** Covariate values by name; every subject carries every covariate the model uses. */
  readonly covariates: Readonly<Record<string, number>>;
}

/** Checked columns of Cox subjects. Internal. */
export interface CoxColumns {
  readonly names: string[];
  readonly times: number[];
  readonly events: boolean[];
  readonly rows: number[][];
}

/**
 * Checks Cox subjects and splits them into columns; every error names the subject and field:
 * a wrong JavaScript type is a `TypeError`, a value out of its domain a `RangeError`. Internal.
 */
export function coxColumns(
  fn: string,
  subjects: readonly CoxSubject[],
  covariates: readonly string[] | undefined,
): CoxColumns {
  if (!Array.isArray(subjects)) {
    throw new TypeError(expectedMessage(`${fn}: subjects`, "an array of subjects", subjects));
  }
  if (covariates !== undefined && !Array.isArray(covariates)) {
    throw new TypeError(
      expectedMessage(`${fn}: options.covariates`, "an array of covariate names", covariates),
    );
  }
  const first = subjects[0] as CoxSubject | undefined;
  const names = [
    ...(covariates ??
      (first && typeof first.covariates === "object" ? Object.keys(first.covariates ?? {}) : [])),
  ];
  if (new Set(names).size !== names.length) {
    throw new RangeError(expectedMessage(`${fn}: options.covariates`, "distinct names", names));
  }
  const times: number[] = [];
  const events: boolean[] = [];
  const rows: number[][] = [];
  subjects.forEach((subject, i) => {
    const at = `${fn}: subjects[${i}]`; // cheap: no value is described until a check fails
    if (subject === null || typeof subject !== "object") {
      throw new TypeError(expectedMessage(at, "a subject { time, event, covariates }", subject));
    }
    const { time, event } = subject;
    if (typeof time !== "number") {
      throw new TypeError(expectedMessage(`${at}.time`, "a finite number ≥ 0", time));
    }
    if (!(Number.isFinite(time) && time >= 0)) {
      throw new RangeError(expectedMessage(`${at}.time`, "a finite number ≥ 0", time));
    }
    if (typeof event !== "boolean") {
      throw new TypeError(expectedMessage(`${at}.event`, "a boolean", event));
    }
    const values = subject.covariates;
    if (values === null || typeof values !== "object") {
      throw new TypeError(expectedMessage(`${at}.covariates`, "an object of numbers", values));
    }
    rows.push(
      names.map((name) => {
        const v = values[name];
        if (typeof v === "number" && Number.isFinite(v)) return v;
        // The message is built only on failure: histories can be long.
        const message = expectedMessage(`${at}.covariates.${name}`, "a finite number", v);
        throw typeof v === "number" ? new RangeError(message) : new TypeError(message);
      }),
    );
    times.push(time);
    events.push(event);
  });
  return { names, times, events, rows };
}
