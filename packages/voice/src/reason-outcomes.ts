import {
  expectedMessage,
  type Interval,
  newcombeInterval,
  type Proportion,
  proportion,
} from "@rapport/stats";

/**
 * A case with its contact reason and what followed: whether the customer came back about it
 * (a repeat contact) and whether they rated it badly; `null` or absent where unknown.
 *
 * @example
 * ```ts
 * import type { ReasonCase } from "@rapport/voice";
 * const c: ReasonCase = { reason: "refund", repeatContact: true, lowSatisfaction: null };
 * ```
 */
export interface ReasonCase {
  /** The case's contact reason. */
  readonly reason: string;
  /** Whether the customer contacted again about it (e.g. within 7 days, or a reopening). */
  readonly repeatContact?: boolean | null;
  /** Whether the case was rated badly (bad CSAT, Not good, NPS detractor). */
  readonly lowSatisfaction?: boolean | null;
}

/**
 * One outcome of one reason: its rate, and how far it stands from the other reasons' rate.
 *
 * @example
 * ```ts
 * import type { ReasonOutcome } from "@rapport/voice";
 * const worse = (o: ReasonOutcome) => (o.difference?.lower ?? 0) > 0;
 * ```
 */
export interface ReasonOutcome {
  /** Cases of this reason with the outcome, of those where it is known. */
  readonly rate: Proportion;
  /** Rate of this reason − rate of all other reasons, in percentage points, with Newcombe's interval; `null` when either side has no cases. */
  readonly difference: (Interval & { readonly value: number }) | null;
}

/**
 * What each contact reason leads to.
 *
 * @example
 * ```ts
 * import type { ReasonOutcomes } from "@rapport/voice";
 * const names = (rows: ReasonOutcomes[]) => rows.map((r) => r.reason);
 * ```
 */
export interface ReasonOutcomes {
  /** The reason. */
  readonly reason: string;
  /** Cases of this reason. */
  readonly n: number;
  /** Repeat contacts. */
  readonly repeatContact: ReasonOutcome;
  /** Low satisfaction. */
  readonly lowSatisfaction: ReasonOutcome;
}

/**
 * The reasons that drive repeat contacts and low satisfaction: for each reason, the share of
 * its cases with a repeat contact and with a bad rating (each a `Proportion`, Wilson), and
 * the difference from all other reasons with Newcombe's hybrid score interval. A reason
 * whose difference interval lies above 0 drives the outcome. Sorted by the excess repeat
 * contacts it causes (difference × n), largest first.
 *
 * @example
 * ```ts
 * import { reasonOutcomes } from "@rapport/voice";
 * const rows = reasonOutcomes([
 *   { reason: "refund", repeatContact: true, lowSatisfaction: true },
 *   { reason: "refund", repeatContact: true, lowSatisfaction: false },
 *   { reason: "login", repeatContact: false, lowSatisfaction: false },
 *   { reason: "login", repeatContact: false, lowSatisfaction: null },
 * ]);
 * rows[0]?.reason; // "refund"
 * rows[0]?.repeatContact.rate.value; // 100
 * ```
 */
export function reasonOutcomes(
  cases: Iterable<ReasonCase>,
  options: { readonly level?: number } = {},
): ReasonOutcomes[] {
  const level = options.level ?? 0.95;
  const tally = new Map<string, { n: number; repeat: [number, number]; low: [number, number] }>();
  const all = { repeat: [0, 0] as [number, number], low: [0, 0] as [number, number] };
  let i = 0;
  for (const c of cases) {
    if (typeof c?.reason !== "string") {
      throw new TypeError(
        expectedMessage(`reasonOutcomes: cases[${i}].reason`, "a string", c?.reason),
      );
    }
    let t = tally.get(c.reason);
    if (t === undefined) {
      t = { n: 0, repeat: [0, 0], low: [0, 0] };
      tally.set(c.reason, t);
    }
    t.n++;
    for (const [key, value] of [
      ["repeat", c.repeatContact],
      ["low", c.lowSatisfaction],
    ] as const) {
      if (value === true || value === false) {
        t[key][1]++;
        all[key][1]++;
        if (value) {
          t[key][0]++;
          all[key][0]++;
        }
      }
    }
    i++;
  }
  const outcome = (own: [number, number], total: [number, number]): ReasonOutcome => {
    const rate = proportion(own[0], own[1], { level });
    const restSuccesses = total[0] - own[0];
    const restN = total[1] - own[1];
    const ci =
      own[1] > 0 && restN > 0
        ? newcombeInterval(own[0], own[1], restSuccesses, restN, { level })
        : null;
    const difference =
      ci === null
        ? null
        : {
            value: (own[0] / own[1] - restSuccesses / restN) * 100,
            lower: ci.lower * 100,
            upper: ci.upper * 100,
            level: ci.level,
            method: ci.method,
          };
    return { rate, difference };
  };
  const rows = [...tally].map(([reason, t]) => ({
    reason,
    n: t.n,
    repeatContact: outcome(t.repeat, all.repeat),
    lowSatisfaction: outcome(t.low, all.low),
  }));
  const excess = (row: ReasonOutcomes) =>
    ((row.repeatContact.difference?.value ?? 0) * row.repeatContact.rate.n) / 100;
  return rows.sort((a, b) => excess(b) - excess(a) || (a.reason < b.reason ? -1 : 1));
}
